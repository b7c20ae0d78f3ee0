from __future__ import annotations

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
        (_v,) = _LAZY or _lazy()
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

        _obj = cls.__new__(cls)
        _obj.income = income
        _obj.expense = expense
        _obj.balance = balance

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
