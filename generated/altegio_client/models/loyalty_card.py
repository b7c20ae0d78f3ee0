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
        "balance",
        "points",
        "paid_amount",
        "sold_amount",
        "visits_count",
        "number",
        "type_id",
        "salon_group_id",
        "max_discount_percent",
        "max_discount_amount",
    }
)


T = TypeVar("T", bound="LoyaltyCard")


@_attrs_define
class LoyaltyCard:
    """A loyalty card"""

    id: int | Unset = UNSET
    """ ID of the loyalty card """
    balance: Any | Unset = UNSET
    """ Balance of the card (Decimal) """
    points: float | Unset = UNSET
    """ Points on the card """
    paid_amount: Any | Unset = UNSET
    """ Sum paid (Decimal) """
    sold_amount: Any | Unset = UNSET
    """ Sum sold (Decimal) """
    visits_count: int | Unset = UNSET
    """ Number of visits """
    number: str | Unset = UNSET
    """ Number of the loyalty card """
    type_id: int | Unset = UNSET
    """ ID of the card type """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain """
    max_discount_percent: float | Unset = UNSET
    """ Highest discount, in percent """
    max_discount_amount: Any | Unset = UNSET
    """ Highest discount, as an amount (Decimal) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        balance = self.balance

        points = self.points

        paid_amount = self.paid_amount

        sold_amount = self.sold_amount

        visits_count = self.visits_count

        number = self.number

        type_id = self.type_id

        salon_group_id = self.salon_group_id

        max_discount_percent = self.max_discount_percent

        max_discount_amount = self.max_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if points is not UNSET:
            field_dict["points"] = points
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count
        if number is not UNSET:
            field_dict["number"] = number
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if max_discount_percent is not UNSET:
            field_dict["max_discount_percent"] = max_discount_percent
        if max_discount_amount is not UNSET:
            field_dict["max_discount_amount"] = max_discount_amount

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

        balance = _get("balance", UNSET)
        if type(balance) is int:
            balance = _Decimal(balance)
        elif type(balance) is not _Decimal and balance is not UNSET:
            balance = _v.money(balance, "balance")

        points = _get("points", UNSET)
        if type(points) is not float and points is not UNSET:
            points = _v.float_(points, "points")

        paid_amount = _get("paid_amount", UNSET)
        if type(paid_amount) is int:
            paid_amount = _Decimal(paid_amount)
        elif type(paid_amount) is not _Decimal and paid_amount is not UNSET:
            paid_amount = _v.money(paid_amount, "paid_amount")

        sold_amount = _get("sold_amount", UNSET)
        if type(sold_amount) is int:
            sold_amount = _Decimal(sold_amount)
        elif type(sold_amount) is not _Decimal and sold_amount is not UNSET:
            sold_amount = _v.money(sold_amount, "sold_amount")

        visits_count = _get("visits_count", UNSET)
        if type(visits_count) is not int and visits_count is not UNSET:
            visits_count = _v.int_(visits_count, "visits_count")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _v.str_(number, "number")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        max_discount_percent = _get("max_discount_percent", UNSET)
        if type(max_discount_percent) is not float and max_discount_percent is not UNSET:
            max_discount_percent = _v.float_(max_discount_percent, "max_discount_percent")

        max_discount_amount = _get("max_discount_amount", UNSET)
        if type(max_discount_amount) is int:
            max_discount_amount = _Decimal(max_discount_amount)
        elif type(max_discount_amount) is not _Decimal and max_discount_amount is not UNSET:
            max_discount_amount = _v.money(max_discount_amount, "max_discount_amount")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.balance = balance
        _obj.points = points
        _obj.paid_amount = paid_amount
        _obj.sold_amount = sold_amount
        _obj.visits_count = visits_count
        _obj.number = number
        _obj.type_id = type_id
        _obj.salon_group_id = salon_group_id
        _obj.max_discount_percent = max_discount_percent
        _obj.max_discount_amount = max_discount_amount

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
