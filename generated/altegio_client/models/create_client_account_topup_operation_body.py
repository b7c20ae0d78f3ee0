from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClientAccountTopupOperationBody")


@_attrs_define
class CreateClientAccountTopupOperationBody:
    client_id: float
    """ ID of the client who owns the client account """
    deposit_id: float
    """ ID of the client's account """
    amount: float
    """ Top-up amount """
    account_id: float
    """ ID of the checkout used for payment """
    master_id: float | Unset = UNSET
    """ ID of the team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        deposit_id = self.deposit_id

        amount = self.amount

        account_id = self.account_id

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "deposit_id": deposit_id,
                "amount": amount,
                "account_id": account_id,
            }
        )
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        deposit_id = d.pop("deposit_id")

        amount = d.pop("amount")

        account_id = d.pop("account_id")

        master_id = d.pop("master_id", UNSET)

        create_client_account_topup_operation_body = cls(
            client_id=client_id,
            deposit_id=deposit_id,
            amount=amount,
            account_id=account_id,
            master_id=master_id,
        )

        create_client_account_topup_operation_body.additional_properties = d
        return create_client_account_topup_operation_body

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
