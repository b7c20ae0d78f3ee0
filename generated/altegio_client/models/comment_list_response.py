from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment_list_response_data_type_0 import CommentListResponseDataType0
    from ..models.comment_list_response_data_type_1_item import CommentListResponseDataType1Item
    from ..models.comment_list_response_meta_type_0 import CommentListResponseMetaType0


T = TypeVar("T", bound="CommentListResponse")


@_attrs_define
class CommentListResponse:
    """Fetch comments

    Example:
        {'success': True, 'data': [{'id': 18437, 'salon_id': 12345, 'type': 1, 'master_id': 8864, 'text': 'Fine!',
            'date': '2026-09-21T23:00:00.000-05:00', 'rating': 4, 'user_id': 157169, 'user_name': 'Victor Sitnikov',
            'user_avatar': '/images/no-master.png', 'record_id': 100001}], 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: CommentListResponseDataType0 | list[CommentListResponseDataType1Item] | Unset = UNSET
    meta: CommentListResponseMetaType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comment_list_response_data_type_0 import CommentListResponseDataType0  # noqa: PLC0415
        from ..models.comment_list_response_meta_type_0 import CommentListResponseMetaType0  # noqa: PLC0415

        success = self.success

        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CommentListResponseDataType0):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CommentListResponseMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_list_response_data_type_0 import CommentListResponseDataType0  # noqa: PLC0415
        from ..models.comment_list_response_data_type_1_item import CommentListResponseDataType1Item  # noqa: PLC0415
        from ..models.comment_list_response_meta_type_0 import CommentListResponseMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        def _parse_data(data: object) -> CommentListResponseDataType0 | list[CommentListResponseDataType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CommentListResponseDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = CommentListResponseDataType1Item.from_dict(data_type_1_item_data)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        def _parse_meta(data: object) -> CommentListResponseMetaType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = CommentListResponseMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            meta_type_1 = cast(list[Any], data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        comment_list_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        comment_list_response.additional_properties = d
        return comment_list_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
