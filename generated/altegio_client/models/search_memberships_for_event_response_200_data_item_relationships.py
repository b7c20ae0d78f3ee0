from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.search_memberships_for_event_response_200_data_item_relationships_loyalty_abonement_type import (
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "loyalty_abonement_type",
    }
)


T = TypeVar("T", bound="SearchMembershipsForEventResponse200DataItemRelationships")


@_attrs_define
class SearchMembershipsForEventResponse200DataItemRelationships:
    loyalty_abonement_type: SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
        ) = _LAZY or _lazy()
        loyalty_abonement_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonement_type, Unset):
            loyalty_abonement_type = self.loyalty_abonement_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_abonement_type is not UNSET:
            field_dict["loyalty_abonement_type"] = loyalty_abonement_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _loyalty_abonement_type = _get("loyalty_abonement_type", UNSET)
        if _loyalty_abonement_type is UNSET:
            loyalty_abonement_type = UNSET
        else:
            try:
                loyalty_abonement_type = (
                    SearchMembershipsForEventResponse200DataItemRelationshipsLoyaltyAbonementType.from_dict(
                        _loyalty_abonement_type
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "loyalty_abonement_type") from None

        _obj = cls.__new__(cls)
        _obj.loyalty_abonement_type = loyalty_abonement_type

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
