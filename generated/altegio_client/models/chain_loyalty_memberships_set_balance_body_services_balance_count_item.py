from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem")


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem:
    service_id: int
    """ ID of the service or category """
    balance: int
    """ New number of visits for this service or category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("service_id")

        balance = d.pop("balance")

        chain_loyalty_memberships_set_balance_body_services_balance_count_item = cls(
            service_id=service_id,
            balance=balance,
        )

        chain_loyalty_memberships_set_balance_body_services_balance_count_item.additional_properties = d
        return chain_loyalty_memberships_set_balance_body_services_balance_count_item

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
