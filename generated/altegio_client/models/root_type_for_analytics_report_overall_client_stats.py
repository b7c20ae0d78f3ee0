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
        "total_count",
        "new_count",
        "new_percent",
        "return_count",
        "return_percent",
        "active_count",
        "lost_count",
        "lost_percent",
    }
)


T = TypeVar("T", bound="RootTypeForAnalyticsReportOverallClientStats")


@_attrs_define
class RootTypeForAnalyticsReportOverallClientStats:
    """Summary figures by client count

    Example:
        {'total_count': 1000, 'new_count': 50, 'new_percent': 10, 'return_count': 450, 'return_percent': 90,
            'active_count': 500, 'lost_count': 20, 'lost_percent': 2}

    """

    total_count: int | Unset = UNSET
    """ Number of clients in total """
    new_count: int | Unset = UNSET
    """ New clients during the analyzed period """
    new_percent: int | Unset = UNSET
    """ New customers as a percentage of active customers """
    return_count: int | Unset = UNSET
    """ How many customers came back during the analyzed period """
    return_percent: int | Unset = UNSET
    """ Returning customers as a percentage of active customers """
    active_count: int | Unset = UNSET
    """ Count of active clients in the analyzed period """
    lost_count: int | Unset = UNSET
    """ How many customers were lost during the analyzed period """
    lost_percent: int | Unset = UNSET
    """ Share of lost customers among all customers, in per cent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        new_count = self.new_count

        new_percent = self.new_percent

        return_count = self.return_count

        return_percent = self.return_percent

        active_count = self.active_count

        lost_count = self.lost_count

        lost_percent = self.lost_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if new_count is not UNSET:
            field_dict["new_count"] = new_count
        if new_percent is not UNSET:
            field_dict["new_percent"] = new_percent
        if return_count is not UNSET:
            field_dict["return_count"] = return_count
        if return_percent is not UNSET:
            field_dict["return_percent"] = return_percent
        if active_count is not UNSET:
            field_dict["active_count"] = active_count
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count
        if lost_percent is not UNSET:
            field_dict["lost_percent"] = lost_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        total_count = _get("total_count", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = _v.int_(total_count, "total_count")

        new_count = _get("new_count", UNSET)
        if type(new_count) is not int and new_count is not UNSET:
            new_count = _v.int_(new_count, "new_count")

        new_percent = _get("new_percent", UNSET)
        if type(new_percent) is not int and new_percent is not UNSET:
            new_percent = _v.int_(new_percent, "new_percent")

        return_count = _get("return_count", UNSET)
        if type(return_count) is not int and return_count is not UNSET:
            return_count = _v.int_(return_count, "return_count")

        return_percent = _get("return_percent", UNSET)
        if type(return_percent) is not int and return_percent is not UNSET:
            return_percent = _v.int_(return_percent, "return_percent")

        active_count = _get("active_count", UNSET)
        if type(active_count) is not int and active_count is not UNSET:
            active_count = _v.int_(active_count, "active_count")

        lost_count = _get("lost_count", UNSET)
        if type(lost_count) is not int and lost_count is not UNSET:
            lost_count = _v.int_(lost_count, "lost_count")

        lost_percent = _get("lost_percent", UNSET)
        if type(lost_percent) is not int and lost_percent is not UNSET:
            lost_percent = _v.int_(lost_percent, "lost_percent")

        _obj = cls.__new__(cls)
        _obj.total_count = total_count
        _obj.new_count = new_count
        _obj.new_percent = new_percent
        _obj.return_count = return_count
        _obj.return_percent = return_percent
        _obj.active_count = active_count
        _obj.lost_count = lost_count
        _obj.lost_percent = lost_percent

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
