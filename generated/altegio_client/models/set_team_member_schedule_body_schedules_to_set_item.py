from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_body_schedules_to_set_item_slots_item import (
        SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.set_team_member_schedule_body_schedules_to_set_item_slots_item import (
        SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "team_member_id",
        "dates",
        "slots",
    }
)


T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToSetItem")


@_attrs_define
class SetTeamMemberScheduleBodySchedulesToSetItem:
    team_member_id: int | Unset = UNSET
    """ ID of the team member """
    dates: list[datetime.date] | Unset = UNSET
    """ Dates whose schedule is set (YYYY-MM-DD) """
    slots: list[SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem] | Unset = UNSET
    """ Intervals of working time """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,
        ) = _LAZY or _lazy()
        team_member_id = self.team_member_id

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.isoformat()
                dates.append(dates_item)

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if dates is not UNSET:
            field_dict["dates"] = dates
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        team_member_id = _get("team_member_id", UNSET)
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _v.int_(team_member_id, "team_member_id")

        _dates = _get("dates", UNSET)
        if _dates is UNSET:
            dates = UNSET
        else:
            if type(_dates) is not list:
                _dates = _v.array(_dates, "dates")
            dates = []
            try:
                for _item in _dates:
                    if _item is not UNSET:
                        _item = _v.date_(_item, len(dates))

                    dates.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "dates") from None

        _slots = _get("slots", UNSET)
        if _slots is UNSET:
            slots = UNSET
        else:
            if type(_slots) is not list:
                _slots = _v.array(_slots, "slots")
            slots = []
            try:
                for _item in _slots:
                    slots.append(SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "slots", slots) from None

        _obj = cls.__new__(cls)
        _obj.team_member_id = team_member_id
        _obj.dates = dates
        _obj.slots = slots

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
