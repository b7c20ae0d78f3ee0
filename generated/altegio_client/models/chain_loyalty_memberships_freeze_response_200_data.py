from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeResponse200Data")


@_attrs_define
class ChainLoyaltyMembershipsFreezeResponse200Data:
    id: int | Unset = UNSET
    number: str | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    freeze_period: int | Unset = UNSET
    """ Days frozen in total """
    freeze_till: datetime.datetime | None | Unset = UNSET
    """ Frozen until this moment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        is_frozen = self.is_frozen

        freeze_period = self.freeze_period

        freeze_till: None | str | Unset
        if isinstance(self.freeze_till, Unset):
            freeze_till = UNSET
        elif isinstance(self.freeze_till, datetime.datetime):
            freeze_till = self.freeze_till.isoformat()
        else:
            freeze_till = self.freeze_till

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if freeze_till is not UNSET:
            field_dict["freeze_till"] = freeze_till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        is_frozen = d.pop("is_frozen", UNSET)

        freeze_period = d.pop("freeze_period", UNSET)

        def _parse_freeze_till(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            freeze_till_type_0 = datetime.datetime.fromisoformat(data)

            return freeze_till_type_0

        freeze_till = _parse_freeze_till(d.pop("freeze_till", UNSET))

        chain_loyalty_memberships_freeze_response_200_data = cls(
            id=id,
            number=number,
            is_frozen=is_frozen,
            freeze_period=freeze_period,
            freeze_till=freeze_till,
        )

        chain_loyalty_memberships_freeze_response_200_data.additional_properties = d
        return chain_loyalty_memberships_freeze_response_200_data

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
