from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200DataItemDepositTransaction")


@_attrs_define
class GetChainClientAccountHistoryResponse200DataItemDepositTransaction:
    """Details of a client account transaction"""

    id: int | Unset = UNSET
    """ ID of the transaction """
    salon_id: int | Unset = UNSET
    """ ID of the location where the transaction took place """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain """
    user_id: int | Unset = UNSET
    """ ID of the user linked to the client account """
    amount: float | Unset = UNSET
    """ Amount of the transaction: positive for a top-up, negative for a withdrawal """
    balance_after: float | Unset = UNSET
    """ Balance of the personal account after the transaction """
    reserved_balance_after: float | Unset = UNSET
    """ Reserved balance of the personal account after the transaction """
    date_create: datetime.datetime | None | Unset = UNSET
    """ Date and time the transaction was created """
    comment: str | Unset = UNSET
    """ Comment on the transaction """
    deleted: bool | Unset = UNSET
    """ Whether the transaction was deleted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        salon_group_id = self.salon_group_id

        user_id = self.user_id

        amount = self.amount

        balance_after = self.balance_after

        reserved_balance_after = self.reserved_balance_after

        date_create: None | str | Unset
        if isinstance(self.date_create, Unset):
            date_create = UNSET
        elif isinstance(self.date_create, datetime.datetime):
            date_create = self.date_create.isoformat()
        else:
            date_create = self.date_create

        comment = self.comment

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        def _parse_date_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_create_type_0 = datetime.datetime.fromisoformat(data)

            return date_create_type_0

        date_create = _parse_date_create(d.pop("date_create", UNSET))

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        get_chain_client_account_history_response_200_data_item_deposit_transaction = cls(
            id=id,
            salon_id=salon_id,
            salon_group_id=salon_group_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            reserved_balance_after=reserved_balance_after,
            date_create=date_create,
            comment=comment,
            deleted=deleted,
        )

        get_chain_client_account_history_response_200_data_item_deposit_transaction.additional_properties = d
        return get_chain_client_account_history_response_200_data_item_deposit_transaction

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
