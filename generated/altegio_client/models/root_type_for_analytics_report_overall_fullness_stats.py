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
        "current_percent",
        "previous_percent",
        "change_percent",
    }
)


T = TypeVar("T", bound="RootTypeForAnalyticsReportOverallFullnessStats")


@_attrs_define
class RootTypeForAnalyticsReportOverallFullnessStats:
    """Summary figures for how busy the location's team members' working hours are

    Example:
        {'current_percent': 12.1, 'previous_percent': 10.2, 'change_percent': 18}

    """

    current_percent: float | Unset = UNSET
    """ Occupancy in the current period, in per cent """
    previous_percent: float | Unset = UNSET
    """ Occupancy in the previous period, in per cent """
    change_percent: int | Unset = UNSET
    """ Per cent change of the indicator's current value versus the previous one; null when the previous value is 0
    and the current one is not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_percent = self.current_percent

        previous_percent = self.previous_percent

        change_percent = self.change_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_percent is not UNSET:
            field_dict["current_percent"] = current_percent
        if previous_percent is not UNSET:
            field_dict["previous_percent"] = previous_percent
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        current_percent = _get("current_percent", UNSET)
        if type(current_percent) is not float and current_percent is not UNSET:
            current_percent = _v.float_(current_percent, "current_percent")

        previous_percent = _get("previous_percent", UNSET)
        if type(previous_percent) is not float and previous_percent is not UNSET:
            previous_percent = _v.float_(previous_percent, "previous_percent")

        change_percent = _get("change_percent", UNSET)
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _v.int_(change_percent, "change_percent")

        _obj = cls.__new__(cls)
        _obj.current_percent = current_percent
        _obj.previous_percent = previous_percent
        _obj.change_percent = change_percent

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
