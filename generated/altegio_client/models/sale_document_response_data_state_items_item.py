from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
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
        "id",
        "type",
        "title",
        "amount",
        "default_cost_per_unit",
        "default_cost_total",
        "client_discount_percent",
        "cost_to_pay_total",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataStateItemsItem")


@_attrs_define
class SaleDocumentResponseDataStateItemsItem:
    """Item being sold"""

    id: int | Unset = UNSET
    """ ID of the sale item """
    type_: str | Unset = UNSET
    """ Kind of item (service or product) """
    title: str | Unset = UNSET
    """ Title """
    amount: float | Unset = UNSET
    """ How many """
    default_cost_per_unit: Any | Unset = UNSET
    """ Price per unit (Decimal) """
    default_cost_total: Any | Unset = UNSET
    """ Full price before changes (Decimal) """
    client_discount_percent: float | Unset = UNSET
    """ Discount, in percent """
    cost_to_pay_total: Any | Unset = UNSET
    """ Price to pay (Decimal) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title = self.title

        amount = self.amount

        default_cost_per_unit = self.default_cost_per_unit

        default_cost_total = self.default_cost_total

        client_discount_percent = self.client_discount_percent

        cost_to_pay_total = self.cost_to_pay_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if default_cost_per_unit is not UNSET:
            field_dict["default_cost_per_unit"] = default_cost_per_unit
        if default_cost_total is not UNSET:
            field_dict["default_cost_total"] = default_cost_total
        if client_discount_percent is not UNSET:
            field_dict["client_discount_percent"] = client_discount_percent
        if cost_to_pay_total is not UNSET:
            field_dict["cost_to_pay_total"] = cost_to_pay_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        default_cost_per_unit = _get("default_cost_per_unit", UNSET)
        if type(default_cost_per_unit) is int:
            default_cost_per_unit = _Decimal(default_cost_per_unit)
        elif type(default_cost_per_unit) is not _Decimal and default_cost_per_unit is not UNSET:
            default_cost_per_unit = _v.money(default_cost_per_unit, "default_cost_per_unit")

        default_cost_total = _get("default_cost_total", UNSET)
        if type(default_cost_total) is int:
            default_cost_total = _Decimal(default_cost_total)
        elif type(default_cost_total) is not _Decimal and default_cost_total is not UNSET:
            default_cost_total = _v.money(default_cost_total, "default_cost_total")

        client_discount_percent = _get("client_discount_percent", UNSET)
        if type(client_discount_percent) is not float and client_discount_percent is not UNSET:
            client_discount_percent = _v.float_(client_discount_percent, "client_discount_percent")

        cost_to_pay_total = _get("cost_to_pay_total", UNSET)
        if type(cost_to_pay_total) is int:
            cost_to_pay_total = _Decimal(cost_to_pay_total)
        elif type(cost_to_pay_total) is not _Decimal and cost_to_pay_total is not UNSET:
            cost_to_pay_total = _v.money(cost_to_pay_total, "cost_to_pay_total")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.type_ = type_
        _obj.title = title
        _obj.amount = amount
        _obj.default_cost_per_unit = default_cost_per_unit
        _obj.default_cost_total = default_cost_total
        _obj.client_discount_percent = client_discount_percent
        _obj.cost_to_pay_total = cost_to_pay_total

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
