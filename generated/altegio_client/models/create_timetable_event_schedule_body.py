from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_timetable_event_schedule_body_original_entity_type import (
    CreateTimetableEventScheduleBodyOriginalEntityType,
    check_create_timetable_event_schedule_body_original_entity_type,
)

if TYPE_CHECKING:
    from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem


T = TypeVar("T", bound="CreateTimetableEventScheduleBody")


@_attrs_define
class CreateTimetableEventScheduleBody:
    original_entity_type: CreateTimetableEventScheduleBodyOriginalEntityType
    """ Entity type the schedule is built on: `record` - single appointment (not supported yet); `activity` - group
    event. """
    original_entity_id: float
    """ ID of the entity the new schedule will be built on. """
    date_end: datetime.date
    """ End date of the schedule. """
    add_clients_from_original_entity: bool
    """ Copy the clients of the source entity into every scheduled event. """
    days: list[CreateTimetableEventScheduleBodyDaysItem]
    """ Each object holds the schedule series settings for one weekday; between 1 and 7 series may be given (at most
    one per weekday). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_entity_type: str = self.original_entity_type

        original_entity_id = self.original_entity_id

        date_end = self.date_end.isoformat()

        add_clients_from_original_entity = self.add_clients_from_original_entity

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_entity_type": original_entity_type,
                "original_entity_id": original_entity_id,
                "date_end": date_end,
                "add_clients_from_original_entity": add_clients_from_original_entity,
                "days": days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem  # noqa: PLC0415

        d = dict(src_dict)
        original_entity_type = check_create_timetable_event_schedule_body_original_entity_type(
            d.pop("original_entity_type")
        )

        original_entity_id = d.pop("original_entity_id")

        date_end = datetime.date.fromisoformat(d.pop("date_end"))

        add_clients_from_original_entity = d.pop("add_clients_from_original_entity")

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = CreateTimetableEventScheduleBodyDaysItem.from_dict(days_item_data)

            days.append(days_item)

        create_timetable_event_schedule_body = cls(
            original_entity_type=original_entity_type,
            original_entity_id=original_entity_id,
            date_end=date_end,
            add_clients_from_original_entity=add_clients_from_original_entity,
            days=days,
        )

        create_timetable_event_schedule_body.additional_properties = d
        return create_timetable_event_schedule_body

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
