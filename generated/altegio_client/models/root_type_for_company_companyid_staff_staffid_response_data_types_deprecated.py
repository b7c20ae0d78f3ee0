from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_meta_type_0 import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_meta_type_0 import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecated")


@_attrs_define
class RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecated:
    """Deprecated. Lists team members or returns one team member

    Example:
        {'success': True, 'data': [{'id': 17969, 'name': 'Basil', 'specialization': 'the hairdresser', 'position':
            {'id': 1, 'title': 'Administrator'}, 'show_rating': 0, 'rating': 0, 'votes_count': 0, 'user_id': 12345,
            'avatar': 'https://app.alteg.io/uploads/masters/sm/20151018220924_4963.jpg', 'avatar_big':
            'https://app.alteg.io/uploads/masters/norm/20151018220924_4963.jpg', 'comments_count': 0, 'weight': '10',
            'information': '<span><span><span>&nbsp;</span></span></span>', 'hidden': '0', 'fired': '0', 'status': '0',
            'image_group': {'id': 72250, 'entity': 'master', 'entity_id': 26427, 'images': {'sm': {'id': 186817, 'path':
            'https://app.alteg.io/uploads/masters/sm/9/90/9041171cfdabe4c_20170327202542.jpeg', 'width': '100', 'height':
            '100', 'type': 'jpeg', 'image_group_id': 72250, 'version': 'sm'}, 'norm': {'id': 186818, 'path':
            'https://app.alteg.io/uploads/masters/norm/a/aa/aa37b29b7eb322d_20170327202542.jpeg', 'width': '180', 'height':
            '220', 'type': 'jpeg', 'image_group_id': 72250, 'version': 'norm'}, 'origin': {'id': 186819, 'path':
            'https://app.alteg.io/uploads/masters/origin/6/65/654dbeb4ea0bbc3_20170327202542.jpeg', 'width': '800',
            'height': '600', 'type': 'jpeg', 'image_group_id': 72250, 'version': 'origin'}}}}, {'id': 34006, 'api_id': '42',
            'name': 'Denis', 'specialization': 'the hairdresser', 'position': {}, 'show_rating': 0, 'rating': 0,
            'votes_count': 0, 'user_id': 12345, 'avatar': 'https://app.alteg.io/uploads/masters/sm/20151116091208_4369.jpg',
            'avatar_big': 'https://app.alteg.io/uploads/masters/norm/20151116091208_4369.jpg', 'comments_count': 0,
            'weight': '9', 'information': '<span><span>&nbsp;</span></span>', 'hidden': '0', 'fired': '0', 'status': '0',
            'image_group': {}}, {'id': 13616, 'name': 'Alexander', 'specialization': 'the hairdresser', 'position': {},
            'show_rating': 0, 'rating': 4.76921, 'votes_count': 0, 'user_id': 12345, 'avatar':
            'https://app.alteg.io/uploads/masters/sm/20251112123913_5162.jpg', 'avatar_big':
            'https://app.alteg.io/uploads/masters/norm/20251112123913_5162.jpg', 'comments_count': 26, 'weight': '8',
            'information': '<span><span><span>&nbsp;</span></span></span>', 'hidden': '0', 'fired': '0', 'status': '0',
            'image_group': {}}], 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem] | Unset = UNSET
    """ List of memberships """
    meta: list[Any] | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0):
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
        (
            _v,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            try:
                for _item in _data:
                    data.append(
                        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        try:

            def _parse_meta(
                data: object,
            ) -> list[Any] | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0.from_dict(
                        data
                    )

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "meta",
                "list[Any] | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedMetaType0",
                _get("meta"),
            ) from None

        _obj = cls.__new__(cls)
        _obj.success = success
        _obj.data = data
        _obj.meta = meta

        _obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {_k: _x for _k, _x in src_dict.items() if _k not in _KEYS}
        )
        return _obj

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
