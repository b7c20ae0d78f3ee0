from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_member_schedule_list_response_200_data_item_busy_intervals_item import (
        GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem,
    )
    from ..models.get_team_member_schedule_list_response_200_data_item_slots_item import (
        GetTeamMemberScheduleListResponse200DataItemSlotsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.get_team_member_schedule_list_response_200_data_item_busy_intervals_item import (
        GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem,  # noqa: PLC0415
    )
    from ..models.get_team_member_schedule_list_response_200_data_item_slots_item import (
        GetTeamMemberScheduleListResponse200DataItemSlotsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem,
        GetTeamMemberScheduleListResponse200DataItemSlotsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "staff_id",
        "date",
        "slots",
        "busy_intervals",
        "off_day_type",
    }
)


T = TypeVar("T", bound="GetTeamMemberScheduleListResponse200DataItem")


@_attrs_define
class GetTeamMemberScheduleListResponse200DataItem:
    staff_id: int | Unset = UNSET
    """ ID of the team member """
    date: datetime.date | None | Unset = UNSET
    """ Date of the schedule (YYYY-MM-DD) """
    slots: list[GetTeamMemberScheduleListResponse200DataItemSlotsItem] | Unset = UNSET
    """ Intervals of working time """
    busy_intervals: list[GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem] | Unset = UNSET
    """ Time ranges taken by appointments or events. Present only if `include[]=busy_intervals` is requested. """
    off_day_type: int | None | Unset = UNSET
    """ ID of the off-day type when the day is non-working. Present only with `include[]=off_day_type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem,
            GetTeamMemberScheduleListResponse200DataItemSlotsItem,
        ) = _LAZY or _lazy()
        staff_id = self.staff_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        busy_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.busy_intervals, Unset):
            busy_intervals = []
            for busy_intervals_item_data in self.busy_intervals:
                busy_intervals_item = busy_intervals_item_data.to_dict()
                busy_intervals.append(busy_intervals_item)

        off_day_type: int | None | Unset
        if isinstance(self.off_day_type, Unset):
            off_day_type = UNSET
        else:
            off_day_type = self.off_day_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if slots is not UNSET:
            field_dict["slots"] = slots
        if busy_intervals is not UNSET:
            field_dict["busy_intervals"] = busy_intervals
        if off_day_type is not UNSET:
            field_dict["off_day_type"] = off_day_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem,
            GetTeamMemberScheduleListResponse200DataItemSlotsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _v.int_(staff_id, "staff_id")

        date = _get("date", UNSET)
        if date is not UNSET:
            date = _v.date_(date, "date", True)

        _slots = _get("slots", UNSET)
        if _slots is UNSET:
            slots = UNSET
        else:
            if type(_slots) is not list:
                _slots = _v.array(_slots, "slots")
            slots = []
            try:
                for _item in _slots:
                    slots.append(GetTeamMemberScheduleListResponse200DataItemSlotsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "slots", slots) from None

        _busy_intervals = _get("busy_intervals", UNSET)
        if _busy_intervals is UNSET:
            busy_intervals = UNSET
        else:
            if type(_busy_intervals) is not list:
                _busy_intervals = _v.array(_busy_intervals, "busy_intervals")
            busy_intervals = []
            try:
                for _item in _busy_intervals:
                    busy_intervals.append(
                        GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "busy_intervals", busy_intervals) from None

        off_day_type = _get("off_day_type", UNSET)
        if type(off_day_type) is not int and off_day_type is not UNSET:
            off_day_type = _v.int_(off_day_type, "off_day_type", True)

        _obj = cls.__new__(cls)
        _obj.staff_id = staff_id
        _obj.date = date
        _obj.slots = slots
        _obj.busy_intervals = busy_intervals
        _obj.off_day_type = off_day_type

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
