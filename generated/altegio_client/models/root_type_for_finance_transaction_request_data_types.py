from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "expense_id",
        "amount",
        "account_id",
        "client_id",
        "supplier_id",
        "master_id",
        "comment",
        "date",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        expense_id = _get("expense_id", UNSET)
        if type(expense_id) is not float and expense_id is not UNSET:
            expense_id = _v.float_(expense_id, "expense_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not float and account_id is not UNSET:
            account_id = _v.float_(account_id, "account_id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not float and client_id is not UNSET:
            client_id = _v.float_(client_id, "client_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not float and supplier_id is not UNSET:
            supplier_id = _v.float_(supplier_id, "supplier_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not float and master_id is not UNSET:
            master_id = _v.float_(master_id, "master_id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date")

        _obj = cls.__new__(cls)
        _obj.expense_id = expense_id
        _obj.amount = amount
        _obj.account_id = account_id
        _obj.client_id = client_id
        _obj.supplier_id = supplier_id
        _obj.master_id = master_id
        _obj.comment = comment
        _obj.date = date

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
