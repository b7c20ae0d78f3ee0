from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "id",
        "type",
    }
)


T = TypeVar("T", bound="SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData")


@_attrs_define
class SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData:
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _v.str_(id, "id")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data = cls(
            id=id,
            type_=type_,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data

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
