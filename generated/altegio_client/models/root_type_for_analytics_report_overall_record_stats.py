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
        "current_completed_count",
        "current_completed_percent",
        "current_pending_count",
        "current_pending_percent",
        "current_canceled_count",
        "current_canceled_percent",
        "current_total_count",
        "previous_total_count",
        "change_percent",
    }
)


T = TypeVar("T", bound="RootTypeForAnalyticsReportOverallRecordStats")


@_attrs_define
class RootTypeForAnalyticsReportOverallRecordStats:
    """Summary figures by appointment count

    Example:
        {'current_completed_count': 150, 'current_completed_percent': 75, 'current_pending_count': 30,
            'current_pending_percent': 15, 'current_canceled_count': 20, 'current_canceled_percent': 10,
            'current_total_count': 200, 'previous_total_count': 180, 'change_percent': 11}

    """

    current_completed_count: int | Unset = UNSET
    """ Count of completed appointments """
    current_completed_percent: int | Unset = UNSET
    """ Share of completed appointments in the total, in per cent; null when the total is 0. """
    current_pending_count: int | Unset = UNSET
    """ Count of pending appointments """
    current_pending_percent: int | Unset = UNSET
    """ Share of incomplete records in the total, in per cent; null when the total is 0. """
    current_canceled_count: int | Unset = UNSET
    """ Count of cancelled appointments """
    current_canceled_percent: int | Unset = UNSET
    """ Share of cancelled appointments in the total, in per cent; null when the total is 0. """
    current_total_count: int | Unset = UNSET
    """ Count of all appointments in the current period """
    previous_total_count: int | Unset = UNSET
    """ Count of all appointments in the previous period """
    change_percent: int | Unset = UNSET
    """ Per cent change in the total number of appointments versus the previous period; null when the previous
    period had 0 and the current count is non-zero. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_completed_count = self.current_completed_count

        current_completed_percent = self.current_completed_percent

        current_pending_count = self.current_pending_count

        current_pending_percent = self.current_pending_percent

        current_canceled_count = self.current_canceled_count

        current_canceled_percent = self.current_canceled_percent

        current_total_count = self.current_total_count

        previous_total_count = self.previous_total_count

        change_percent = self.change_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_completed_count is not UNSET:
            field_dict["current_completed_count"] = current_completed_count
        if current_completed_percent is not UNSET:
            field_dict["current_completed_percent"] = current_completed_percent
        if current_pending_count is not UNSET:
            field_dict["current_pending_count"] = current_pending_count
        if current_pending_percent is not UNSET:
            field_dict["current_pending_percent"] = current_pending_percent
        if current_canceled_count is not UNSET:
            field_dict["current_canceled_count"] = current_canceled_count
        if current_canceled_percent is not UNSET:
            field_dict["current_canceled_percent"] = current_canceled_percent
        if current_total_count is not UNSET:
            field_dict["current_total_count"] = current_total_count
        if previous_total_count is not UNSET:
            field_dict["previous_total_count"] = previous_total_count
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        current_completed_count = _get("current_completed_count", UNSET)
        if type(current_completed_count) is not int and current_completed_count is not UNSET:
            current_completed_count = _v.int_(current_completed_count, "current_completed_count")

        current_completed_percent = _get("current_completed_percent", UNSET)
        if type(current_completed_percent) is not int and current_completed_percent is not UNSET:
            current_completed_percent = _v.int_(current_completed_percent, "current_completed_percent")

        current_pending_count = _get("current_pending_count", UNSET)
        if type(current_pending_count) is not int and current_pending_count is not UNSET:
            current_pending_count = _v.int_(current_pending_count, "current_pending_count")

        current_pending_percent = _get("current_pending_percent", UNSET)
        if type(current_pending_percent) is not int and current_pending_percent is not UNSET:
            current_pending_percent = _v.int_(current_pending_percent, "current_pending_percent")

        current_canceled_count = _get("current_canceled_count", UNSET)
        if type(current_canceled_count) is not int and current_canceled_count is not UNSET:
            current_canceled_count = _v.int_(current_canceled_count, "current_canceled_count")

        current_canceled_percent = _get("current_canceled_percent", UNSET)
        if type(current_canceled_percent) is not int and current_canceled_percent is not UNSET:
            current_canceled_percent = _v.int_(current_canceled_percent, "current_canceled_percent")

        current_total_count = _get("current_total_count", UNSET)
        if type(current_total_count) is not int and current_total_count is not UNSET:
            current_total_count = _v.int_(current_total_count, "current_total_count")

        previous_total_count = _get("previous_total_count", UNSET)
        if type(previous_total_count) is not int and previous_total_count is not UNSET:
            previous_total_count = _v.int_(previous_total_count, "previous_total_count")

        change_percent = _get("change_percent", UNSET)
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _v.int_(change_percent, "change_percent")

        _obj = cls.__new__(cls)
        _obj.current_completed_count = current_completed_count
        _obj.current_completed_percent = current_completed_percent
        _obj.current_pending_count = current_pending_count
        _obj.current_pending_percent = current_pending_percent
        _obj.current_canceled_count = current_canceled_count
        _obj.current_canceled_percent = current_canceled_percent
        _obj.current_total_count = current_total_count
        _obj.previous_total_count = previous_total_count
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
