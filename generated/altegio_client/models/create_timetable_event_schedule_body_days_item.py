from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_timetable_event_schedule_body_days_item_day_of_week import (
    CreateTimetableEventScheduleBodyDaysItemDayOfWeek,
    check_create_timetable_event_schedule_body_days_item_day_of_week,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTimetableEventScheduleBodyDaysItem")


@_attrs_define
class CreateTimetableEventScheduleBodyDaysItem:
    day_of_week: CreateTimetableEventScheduleBodyDaysItemDayOfWeek
    """ Weekday of the schedule series. """
    events_master_id: float
    """ ID of the team member who runs the events of the schedule series. """
    events_time: str
    """ Start time of the schedule series events, as HH:MM:SS. """
    events_duration: float
    """ How long each event of the schedule series lasts, in seconds. """
    events_capacity: float
    """ How many participants events of the schedule series can hold; use 1 for appointments. """
    labels_ids: list[float] | Unset = UNSET
    """ IDs of the tags attached to the events of the schedule series. """
    resource_instances_ids: list[float] | Unset = UNSET
    """ IDs of the resource instances used by the events of the schedule series. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week: str = self.day_of_week

        events_master_id = self.events_master_id

        events_time = self.events_time

        events_duration = self.events_duration

        events_capacity = self.events_capacity

        labels_ids: list[float] | Unset = UNSET
        if not isinstance(self.labels_ids, Unset):
            labels_ids = self.labels_ids

        resource_instances_ids: list[float] | Unset = UNSET
        if not isinstance(self.resource_instances_ids, Unset):
            resource_instances_ids = self.resource_instances_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day_of_week": day_of_week,
                "events_master_id": events_master_id,
                "events_time": events_time,
                "events_duration": events_duration,
                "events_capacity": events_capacity,
            }
        )
        if labels_ids is not UNSET:
            field_dict["labels_ids"] = labels_ids
        if resource_instances_ids is not UNSET:
            field_dict["resource_instances_ids"] = resource_instances_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = check_create_timetable_event_schedule_body_days_item_day_of_week(d.pop("day_of_week"))

        events_master_id = d.pop("events_master_id")

        events_time = d.pop("events_time")

        events_duration = d.pop("events_duration")

        events_capacity = d.pop("events_capacity")

        labels_ids = cast(list[float], d.pop("labels_ids", UNSET))

        resource_instances_ids = cast(list[float], d.pop("resource_instances_ids", UNSET))

        create_timetable_event_schedule_body_days_item = cls(
            day_of_week=day_of_week,
            events_master_id=events_master_id,
            events_time=events_time,
            events_duration=events_duration,
            events_capacity=events_capacity,
            labels_ids=labels_ids,
            resource_instances_ids=resource_instances_ids,
        )

        create_timetable_event_schedule_body_days_item.additional_properties = d
        return create_timetable_event_schedule_body_days_item

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
