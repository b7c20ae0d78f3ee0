from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToDeleteItem")


@_attrs_define
class SetTeamMemberScheduleBodySchedulesToDeleteItem:
    team_member_id: int | Unset = UNSET
    """ ID of the team member """
    dates: list[datetime.date] | Unset = UNSET
    """ Dates whose schedule is removed (YYYY-MM-DD) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_member_id = self.team_member_id

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.isoformat()
                dates.append(dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if dates is not UNSET:
            field_dict["dates"] = dates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_member_id = d.pop("team_member_id", UNSET)

        _dates = d.pop("dates", UNSET)
        dates: list[datetime.date] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = datetime.date.fromisoformat(dates_item_data)

                dates.append(dates_item)

        set_team_member_schedule_body_schedules_to_delete_item = cls(
            team_member_id=team_member_id,
            dates=dates,
        )

        set_team_member_schedule_body_schedules_to_delete_item.additional_properties = d
        return set_team_member_schedule_body_schedules_to_delete_item

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
