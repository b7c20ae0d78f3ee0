from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type_data import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "data",
    }
)


T = TypeVar("T", bound="SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType")


@_attrs_define
class SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType:
    data: SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
        ) = _LAZY or _lazy()
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            try:
                data = SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementTypeData.from_dict(
                    _data
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        _obj = cls.__new__(cls)
        _obj.data = data

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
