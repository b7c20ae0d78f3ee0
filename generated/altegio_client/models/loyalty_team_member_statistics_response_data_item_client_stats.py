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
        "all_count",
        "lost_count",
        "returned_count",
        "returned_percent",
    }
)


T = TypeVar("T", bound="LoyaltyTeamMemberStatisticsResponseDataItemClientStats")


@_attrs_define
class LoyaltyTeamMemberStatisticsResponseDataItemClientStats:
    """Client statistics"""

    all_count: int | Unset = UNSET
    """ Number of clients """
    lost_count: int | Unset = UNSET
    """ Number of clients lost """
    returned_count: int | Unset = UNSET
    """ Number of clients who came back """
    returned_percent: float | Unset = UNSET
    """ Share of clients who came back, in percent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_count = self.all_count

        lost_count = self.lost_count

        returned_count = self.returned_count

        returned_percent = self.returned_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_count is not UNSET:
            field_dict["all_count"] = all_count
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count
        if returned_count is not UNSET:
            field_dict["returned_count"] = returned_count
        if returned_percent is not UNSET:
            field_dict["returned_percent"] = returned_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        all_count = _get("all_count", UNSET)
        if type(all_count) is not int and all_count is not UNSET:
            all_count = _v.int_(all_count, "all_count")

        lost_count = _get("lost_count", UNSET)
        if type(lost_count) is not int and lost_count is not UNSET:
            lost_count = _v.int_(lost_count, "lost_count")

        returned_count = _get("returned_count", UNSET)
        if type(returned_count) is not int and returned_count is not UNSET:
            returned_count = _v.int_(returned_count, "returned_count")

        returned_percent = _get("returned_percent", UNSET)
        if type(returned_percent) is not float and returned_percent is not UNSET:
            returned_percent = _v.float_(returned_percent, "returned_percent")

        _obj = cls.__new__(cls)
        _obj.all_count = all_count
        _obj.lost_count = lost_count
        _obj.returned_count = returned_count
        _obj.returned_percent = returned_percent

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
