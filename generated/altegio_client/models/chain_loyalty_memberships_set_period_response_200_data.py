from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodResponse200Data")


@_attrs_define
class ChainLoyaltyMembershipsSetPeriodResponse200Data:
    id: int | Unset = UNSET
    period: int | Unset = UNSET
    """ New length of the period """
    period_unit_id: int | Unset = UNSET
    """ Unit of the period """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ New expiry moment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        period = self.period

        period_unit_id = self.period_unit_id

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            expiration_date_type_0 = datetime.datetime.fromisoformat(data)

            return expiration_date_type_0

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        chain_loyalty_memberships_set_period_response_200_data = cls(
            id=id,
            period=period,
            period_unit_id=period_unit_id,
            expiration_date=expiration_date,
        )

        chain_loyalty_memberships_set_period_response_200_data.additional_properties = d
        return chain_loyalty_memberships_set_period_response_200_data

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
