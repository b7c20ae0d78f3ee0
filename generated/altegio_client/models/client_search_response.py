from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_search_item import ClientSearchItem
    from ..models.client_search_response_meta import ClientSearchResponseMeta


T = TypeVar("T", bound="ClientSearchResponse")


@_attrs_define
class ClientSearchResponse:
    """Fetch clients

    Example:
        {'success': True, 'data': [{'name': 'James Smith', 'id': 2}, {'name': 'Taylor Reed', 'id': 3}, {'name': 'James
            Smith', 'id': 1}], 'meta': {'total_count': 908}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[ClientSearchItem] | Unset = UNSET
    """ List of memberships """
    meta: ClientSearchResponseMeta | Unset = UNSET
    """ Metadata: count of clients found """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
        from ..models.client_search_item import ClientSearchItem  # noqa: PLC0415
        from ..models.client_search_response_meta import ClientSearchResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[ClientSearchItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ClientSearchItem.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: ClientSearchResponseMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ClientSearchResponseMeta.from_dict(_meta)

        client_search_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        client_search_response.additional_properties = d
        return client_search_response

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
