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
        "accounts_amount",
        "loyalty_amount",
        "payment_type",
    }
)


T = TypeVar(
    "T",
    bound="RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItemTransactionsItem",
)


@_attrs_define
class RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemServiceItemTransactionsItem:
    accounts_amount: float | Unset = UNSET
    """ Sum paid into the location account """
    loyalty_amount: float | Unset = UNSET
    """ Sum paid through loyalty """
    payment_type: str | Unset = UNSET
    """ Kind of payment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts_amount = self.accounts_amount

        loyalty_amount = self.loyalty_amount

        payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts_amount is not UNSET:
            field_dict["accounts_amount"] = accounts_amount
        if loyalty_amount is not UNSET:
            field_dict["loyalty_amount"] = loyalty_amount
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        accounts_amount = _get("accounts_amount", UNSET)
        if type(accounts_amount) is not float and accounts_amount is not UNSET:
            accounts_amount = _v.float_(accounts_amount, "accounts_amount")

        loyalty_amount = _get("loyalty_amount", UNSET)
        if type(loyalty_amount) is not float and loyalty_amount is not UNSET:
            loyalty_amount = _v.float_(loyalty_amount, "loyalty_amount")

        payment_type = _get("payment_type", UNSET)
        if type(payment_type) is not str and payment_type is not UNSET:
            payment_type = _v.str_(payment_type, "payment_type")

        _obj = cls.__new__(cls)
        _obj.accounts_amount = accounts_amount
        _obj.loyalty_amount = loyalty_amount
        _obj.payment_type = payment_type

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
