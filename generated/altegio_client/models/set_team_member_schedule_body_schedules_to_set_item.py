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
        from ..models.set_team_member_schedule_body_schedules_to_set_item_slots_item import (
            SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        team_member_id = d.pop("team_member_id", UNSET)

        _dates = d.pop("dates", UNSET)
        dates: list[datetime.date] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = datetime.date.fromisoformat(dates_item_data)

                dates.append(dates_item)

        _slots = d.pop("slots", UNSET)
        slots: list[SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = SetTeamMemberScheduleBodySchedulesToSetItemSlotsItem.from_dict(slots_item_data)

                slots.append(slots_item)

        set_team_member_schedule_body_schedules_to_set_item = cls(
            team_member_id=team_member_id,
            dates=dates,
            slots=slots,
        )

        set_team_member_schedule_body_schedules_to_set_item.additional_properties = d
        return set_team_member_schedule_body_schedules_to_set_item

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
