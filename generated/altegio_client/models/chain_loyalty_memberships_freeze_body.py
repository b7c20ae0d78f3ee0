from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeBody")


@_attrs_define
class ChainLoyaltyMembershipsFreezeBody:
    freeze_till: datetime.datetime
    """ Frozen until this moment (ISO 8601) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        freeze_till = self.freeze_till.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "freeze_till": freeze_till,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        freeze_till = datetime.datetime.fromisoformat(d.pop("freeze_till"))

        chain_loyalty_memberships_freeze_body = cls(
            freeze_till=freeze_till,
        )

        chain_loyalty_memberships_freeze_body.additional_properties = d
        return chain_loyalty_memberships_freeze_body

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
