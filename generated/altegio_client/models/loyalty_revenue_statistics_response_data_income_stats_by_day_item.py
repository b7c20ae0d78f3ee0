from __future__ import annotations

import datetime
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
        "date",
        "new_sum",
        "old_sum",
    }
)


T = TypeVar("T", bound="LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem")


@_attrs_define
class LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem:
    date: datetime.date | None | Unset = UNSET
    """ Day """
    new_sum: Any | Unset = UNSET
    """ Revenue from new clients (Decimal) """
    old_sum: Any | Unset = UNSET
    """ Revenue from existing clients (Decimal) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        new_sum = self.new_sum

        old_sum = self.old_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if new_sum is not UNSET:
            field_dict["new_sum"] = new_sum
        if old_sum is not UNSET:
            field_dict["old_sum"] = old_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            date = _v.date_(date, "date", True)

        new_sum = _get("new_sum", UNSET)
        if type(new_sum) is int:
            new_sum = _Decimal(new_sum)
        elif type(new_sum) is not _Decimal and new_sum is not UNSET:
            new_sum = _v.money(new_sum, "new_sum")

        old_sum = _get("old_sum", UNSET)
        if type(old_sum) is int:
            old_sum = _Decimal(old_sum)
        elif type(old_sum) is not _Decimal and old_sum is not UNSET:
            old_sum = _v.money(old_sum, "old_sum")

        _obj = cls.__new__(cls)
        _obj.date = date
        _obj.new_sum = new_sum
        _obj.old_sum = old_sum

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
