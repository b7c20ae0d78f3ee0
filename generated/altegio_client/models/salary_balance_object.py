from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "income",
        "expense",
        "balance",
    }
)


T = TypeVar("T", bound="SalaryBalanceObject")


@_attrs_define
class SalaryBalanceObject:
    income: str | Unset = UNSET
    """ Income amount. """
    expense: str | Unset = UNSET
    """ Expense. """
    balance: str | Unset = UNSET
    """ Balance amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income = self.income

        expense = self.expense

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income is not UNSET:
            field_dict["income"] = income
        if expense is not UNSET:
            field_dict["expense"] = expense
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        income = _get("income", UNSET)
        if type(income) is not str and income is not UNSET:
            income = _v.str_(income, "income")

        expense = _get("expense", UNSET)
        if type(expense) is not str and expense is not UNSET:
            expense = _v.str_(expense, "expense")

        balance = _get("balance", UNSET)
        if type(balance) is not str and balance is not UNSET:
            balance = _v.str_(balance, "balance")

        salary_balance_object = cls(
            income=income,
            expense=expense,
            balance=balance,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            salary_balance_object.additional_properties = {_k: _x for _k, _x in src_dict.items() if _k in _extra}
        return salary_balance_object

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
