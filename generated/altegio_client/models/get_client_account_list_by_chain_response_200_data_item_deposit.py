from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClientAccountListByChainResponse200DataItemDeposit")


@_attrs_define
class GetClientAccountListByChainResponse200DataItemDeposit:
    id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    deposit_type_id: int | Unset = UNSET
    initial_balance: float | Unset = UNSET
    balance: Any | Unset = UNSET
    """ Amount (Decimal) """
    reserved_balance: Any | Unset = UNSET
    """ Amount (Decimal) """
    blocked: bool | Unset = UNSET
    date_create: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_group_id = self.salon_group_id

        deposit_type_id = self.deposit_type_id

        initial_balance = self.initial_balance

        balance = self.balance

        reserved_balance = self.reserved_balance

        blocked = self.blocked

        date_create = self.date_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id
        if initial_balance is not UNSET:
            field_dict["initial_balance"] = initial_balance
        if balance is not UNSET:
            field_dict["balance"] = balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = reserved_balance
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if date_create is not UNSET:
            field_dict["date_create"] = date_create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        deposit_type_id = d.pop("deposit_type_id", UNSET)

        initial_balance = d.pop("initial_balance", UNSET)

        balance = d.pop("balance", UNSET)

        reserved_balance = d.pop("reserved_balance", UNSET)

        blocked = d.pop("blocked", UNSET)

        date_create = d.pop("date_create", UNSET)

        get_client_account_list_by_chain_response_200_data_item_deposit = cls(
            id=id,
            salon_group_id=salon_group_id,
            deposit_type_id=deposit_type_id,
            initial_balance=initial_balance,
            balance=balance,
            reserved_balance=reserved_balance,
            blocked=blocked,
            date_create=date_create,
        )

        get_client_account_list_by_chain_response_200_data_item_deposit.additional_properties = d
        return get_client_account_list_by_chain_response_200_data_item_deposit

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
