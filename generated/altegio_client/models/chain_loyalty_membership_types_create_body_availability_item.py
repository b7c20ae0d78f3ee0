from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_create_body_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.chain_loyalty_membership_types_create_body_availability_item_intervals_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "week_days",
        "intervals",
    }
)


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem")


@_attrs_define
class ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem:
    week_days: list[int] | Unset = UNSET
    """ Weekdays the rule covers: 1 Monday to 7 Sunday """
    intervals: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem] | Unset = UNSET
    """ Time windows in which the membership is valid """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,
        ) = _LAZY or _lazy()
        week_days: list[int] | Unset = UNSET
        if not isinstance(self.week_days, Unset):
            week_days = self.week_days

        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if week_days is not UNSET:
            field_dict["week_days"] = week_days
        if intervals is not UNSET:
            field_dict["intervals"] = intervals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _week_days = _get("week_days", UNSET)
        if _week_days is UNSET:
            week_days = UNSET
        else:
            if type(_week_days) is not list:
                _week_days = _v.array(_week_days, "week_days")
            week_days = []
            try:
                for _item in _week_days:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(week_days))

                    week_days.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "week_days") from None

        _intervals = _get("intervals", UNSET)
        if _intervals is UNSET:
            intervals = UNSET
        else:
            if type(_intervals) is not list:
                _intervals = _v.array(_intervals, "intervals")
            intervals = []
            try:
                for _item in _intervals:
                    intervals.append(
                        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItemIntervalsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "intervals", intervals) from None

        _obj = cls.__new__(cls)
        _obj.week_days = week_days
        _obj.intervals = intervals

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
