from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )


T = TypeVar("T", bound="ScheduleTeamMemberUpdateDeprecatedBodyItem")


@_attrs_define
class ScheduleTeamMemberUpdateDeprecatedBodyItem:
    date: datetime.date
    """ Date of the schedule (YYYY-MM-DD) """
    is_working: bool
    """ Whether the team member works on this date """
    slots: list[ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem]
    """ Intervals of working time """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        is_working = self.is_working

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "is_working": is_working,
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_team_member_update_deprecated_body_item_slots_item import (
            ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        is_working = d.pop("is_working")

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem.from_dict(slots_item_data)

            slots.append(slots_item)

        schedule_team_member_update_deprecated_body_item = cls(
            date=date,
            is_working=is_working,
            slots=slots,
        )

        schedule_team_member_update_deprecated_body_item.additional_properties = d
        return schedule_team_member_update_deprecated_body_item

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
