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
        "title",
        "amount",
        "unit",
        "cost_per_unit",
        "first_cost",
        "discount_percent",
        "cost_to_pay",
        "paid_sum",
        "payment_status",
    }
)


T = TypeVar("T", bound="TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits")


@_attrs_define
class TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits:
    """Information on the product that was sold.

    Example:
        {'id': 123, 'title': 'My product', 'amount': -1, 'unit': 'PCS.', 'cost_per_unit': 1000, 'first_cost': -1000,
            'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status': 'paid_full'}

    """

    id: int | Unset = UNSET
    """ ID of the product. """
    title: str | Unset = UNSET
    """ Product's name. """
    amount: float | Unset = UNSET
    """ Count of products sold. """
    unit: str | Unset = UNSET
    """ Measurement unit of the sold product. """
    cost_per_unit: float | Unset = UNSET
    """ Price per unit before discount. """
    first_cost: Any | Unset = UNSET
    """ Full product price before discount. (Decimal) """
    discount_percent: float | Unset = UNSET
    """ Discount as a percentage. """
    cost_to_pay: float | Unset = UNSET
    """ Product price after the discount. """
    paid_sum: float | Unset = UNSET
    """ Product price after the discount. """
    payment_status: str | Unset = UNSET
    """ Payment status of the visit: `not_paid` - nothing has been paid; `paid_not_full` - partly paid; `paid_full`
    - fully paid with no overpayment; `paid_over` - overpaid (known values: not_paid, paid_not_full, paid_full,
    paid_over) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        amount = self.amount

        unit = self.unit

        cost_per_unit = self.cost_per_unit

        first_cost = self.first_cost

        discount_percent = self.discount_percent

        cost_to_pay = self.cost_to_pay

        paid_sum = self.paid_sum

        payment_status = self.payment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit is not UNSET:
            field_dict["unit"] = unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if paid_sum is not UNSET:
            field_dict["paid_sum"] = paid_sum
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status

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

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        unit = _get("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = _v.str_(unit, "unit")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and cost_per_unit is not UNSET:
            cost_per_unit = _v.float_(cost_per_unit, "cost_per_unit")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is int:
            first_cost = _Decimal(first_cost)
        elif type(first_cost) is not _Decimal and first_cost is not UNSET:
            first_cost = _v.money(first_cost, "first_cost")

        discount_percent = _get("discount_percent", UNSET)
        if type(discount_percent) is not float and discount_percent is not UNSET:
            discount_percent = _v.float_(discount_percent, "discount_percent")

        cost_to_pay = _get("cost_to_pay", UNSET)
        if type(cost_to_pay) is not float and cost_to_pay is not UNSET:
            cost_to_pay = _v.float_(cost_to_pay, "cost_to_pay")

        paid_sum = _get("paid_sum", UNSET)
        if type(paid_sum) is not float and paid_sum is not UNSET:
            paid_sum = _v.float_(paid_sum, "paid_sum")

        payment_status = _get("payment_status", UNSET)
        if type(payment_status) is not str and payment_status is not UNSET:
            payment_status = _v.str_(payment_status, "payment_status")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.amount = amount
        _obj.unit = unit
        _obj.cost_per_unit = cost_per_unit
        _obj.first_cost = first_cost
        _obj.discount_percent = discount_percent
        _obj.cost_to_pay = cost_to_pay
        _obj.paid_sum = paid_sum
        _obj.payment_status = payment_status

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
