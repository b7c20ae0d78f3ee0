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
        "min_date",
        "max_date",
    }
)


T = TypeVar("T", bound="EventDateRange")


@_attrs_define
class EventDateRange:
    """Range of dates for searching events.

    Example:
        {'min_date': '2026-06-01', 'max_date': '2026-07-15'}

    """

    min_date: None | str | Unset = UNSET
    """ Beginning date (YYYY-MM-DD). """
    max_date: None | str | Unset = UNSET
    """ Last date (YYYY-MM-DD). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_date: None | str | Unset
        if isinstance(self.min_date, Unset):
            min_date = UNSET
        else:
            min_date = self.min_date

        max_date: None | str | Unset
        if isinstance(self.max_date, Unset):
            max_date = UNSET
        else:
            max_date = self.max_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_date is not UNSET:
            field_dict["min_date"] = min_date
        if max_date is not UNSET:
            field_dict["max_date"] = max_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        min_date = _get("min_date", UNSET)
        if type(min_date) is not str and min_date is not UNSET:
            min_date = _v.str_(min_date, "min_date", True)

        max_date = _get("max_date", UNSET)
        if type(max_date) is not str and max_date is not UNSET:
            max_date = _v.str_(max_date, "max_date", True)

        _obj = cls.__new__(cls)
        _obj.min_date = min_date
        _obj.max_date = max_date

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
