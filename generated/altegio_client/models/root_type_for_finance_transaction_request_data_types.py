from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForFinanceTransactionRequestDataTypes")


@_attrs_define
class RootTypeForFinanceTransactionRequestDataTypes:
    """Create a financial transaction

    Example:
        {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788, 'supplier_id': 0, 'master_id': 0,
            'comment': 'Test transaction comment', 'date': '2026-08-29T10:00:00-05:00'}

    """

    expense_id: float | Unset = UNSET
    """ Item of the payment """
    amount: float | Unset = UNSET
    """ Amount of the transaction """
    account_id: float | Unset = UNSET
    """ ID of the cash account """
    client_id: float | Unset = UNSET
    """ ID of the client """
    supplier_id: float | Unset = UNSET
    """ ID of the supplier """
    master_id: float | Unset = UNSET
    """ ID of the team member """
    comment: str | Unset = UNSET
    """ Comment """
    date: datetime.datetime | Unset = UNSET
    """ Date the transaction was created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expense_id = self.expense_id

        amount = self.amount

        account_id = self.account_id

        client_id = self.client_id

        supplier_id = self.supplier_id

        master_id = self.master_id

        comment = self.comment

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expense_id = d.pop("expense_id", UNSET)

        amount = d.pop("amount", UNSET)

        account_id = d.pop("account_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        comment = d.pop("comment", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        root_type_for_finance_transaction_request_data_types = cls(
            expense_id=expense_id,
            amount=amount,
            account_id=account_id,
            client_id=client_id,
            supplier_id=supplier_id,
            master_id=master_id,
            comment=comment,
            date=date,
        )

        root_type_for_finance_transaction_request_data_types.additional_properties = d
        return root_type_for_finance_transaction_request_data_types

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
