from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_in_a_schedule import EventInASchedule
    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance
    from ..models.object_of_model_tag import ObjectOfModelTag
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition


T = TypeVar("T", bound="ObjectOfModelScheduleSeries")


@_attrs_define
class ObjectOfModelScheduleSeries:
    """Details of an existing schedule series in a location.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'timetable_event_schedule_id': 123, 'day_of_week': 'mon', 'events_time': '14:00:00', 'events_duration':
            3600, 'event_technical_break_duration': 0, 'events_master': {'id': 123, 'name': 'John Johnson', 'company_id':
            123, 'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'events_labels':
            [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123, 'title': 'Resource
            #1', 'resource_id': 123}], 'events': [{'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at':
            '2026-01-01T12:12:12-05:00', 'deleted_at': None, 'event_status': 'stable', 'event_datetime':
            '2026-01-24T14:00:00-05:00', 'event_entity_type': 'activity', 'event_entity_id': 123,
            'is_entity_master_changed': False, 'is_entity_datetime_changed': False, 'is_entity_duration_changed': False,
            'is_entity_labels_changed': False, 'is_entity_resource_instances_changed': False}]}

    """

    id: int | Unset = UNSET
    """ ID of the schedule series. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the schedule series was created. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the schedule series was last modified. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ When the schedule series was deleted. """
    timetable_event_schedule_id: int | Unset = UNSET
    """ ID of the schedule the series belongs to. """
    day_of_week: str | Unset = UNSET
    """ Weekday of the schedule series (known values: mon, tue, wed, thu, fri, sat, sun) """
    events_time: str | Unset = UNSET
    """ Start time of the events in a schedule series. """
    events_duration: float | Unset = UNSET
    """ How long the events of a schedule series last; the technical break is not counted. """
    event_technical_break_duration: float | Unset = UNSET
    """ Length of the technical break, in seconds. """
    events_master: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    events_labels: list[ObjectOfModelTag] | Unset = UNSET
    """ Tags of the schedule series events; returned only when the matching `include` is sent in the request. """
    events_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
    """ Resource instances for the events of a schedule series; returned only when the matching `include` is sent in
    the request. """
    events: list[EventInASchedule] | Unset = UNSET
    """ Events of appointments or events belonging to a schedule series; included in the response only when the
    matching `include` is sent in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        timetable_event_schedule_id = self.timetable_event_schedule_id

        day_of_week = self.day_of_week

        events_time = self.events_time

        events_duration = self.events_duration

        event_technical_break_duration = self.event_technical_break_duration

        events_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events_master, Unset):
            events_master = self.events_master.to_dict()

        events_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_labels, Unset):
            events_labels = []
            for events_labels_item_data in self.events_labels:
                events_labels_item = events_labels_item_data.to_dict()
                events_labels.append(events_labels_item)

        events_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_resource_instances, Unset):
            events_resource_instances = []
            for events_resource_instances_item_data in self.events_resource_instances:
                events_resource_instances_item = events_resource_instances_item_data.to_dict()
                events_resource_instances.append(events_resource_instances_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if timetable_event_schedule_id is not UNSET:
            field_dict["timetable_event_schedule_id"] = timetable_event_schedule_id
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if events_time is not UNSET:
            field_dict["events_time"] = events_time
        if events_duration is not UNSET:
            field_dict["events_duration"] = events_duration
        if event_technical_break_duration is not UNSET:
            field_dict["event_technical_break_duration"] = event_technical_break_duration
        if events_master is not UNSET:
            field_dict["events_master"] = events_master
        if events_labels is not UNSET:
            field_dict["events_labels"] = events_labels
        if events_resource_instances is not UNSET:
            field_dict["events_resource_instances"] = events_resource_instances
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_in_a_schedule import EventInASchedule  # noqa: PLC0415
        from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance  # noqa: PLC0415
        from ..models.object_of_model_tag import ObjectOfModelTag  # noqa: PLC0415
        from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            deleted_at_type_0 = datetime.datetime.fromisoformat(data)

            return deleted_at_type_0

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        timetable_event_schedule_id = d.pop("timetable_event_schedule_id", UNSET)

        day_of_week = d.pop("day_of_week", UNSET)

        events_time = d.pop("events_time", UNSET)

        events_duration = d.pop("events_duration", UNSET)

        event_technical_break_duration = d.pop("event_technical_break_duration", UNSET)

        _events_master = d.pop("events_master", UNSET)
        events_master: ObjectOfModelTeamMemberWithPosition | Unset
        if isinstance(_events_master, Unset):
            events_master = UNSET
        else:
            events_master = ObjectOfModelTeamMemberWithPosition.from_dict(_events_master)

        _events_labels = d.pop("events_labels", UNSET)
        events_labels: list[ObjectOfModelTag] | Unset = UNSET
        if _events_labels is not UNSET:
            events_labels = []
            for events_labels_item_data in _events_labels:
                events_labels_item = ObjectOfModelTag.from_dict(events_labels_item_data)

                events_labels.append(events_labels_item)

        _events_resource_instances = d.pop("events_resource_instances", UNSET)
        events_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
        if _events_resource_instances is not UNSET:
            events_resource_instances = []
            for events_resource_instances_item_data in _events_resource_instances:
                events_resource_instances_item = ObjectOfModelResourceInstance.from_dict(
                    events_resource_instances_item_data
                )

                events_resource_instances.append(events_resource_instances_item)

        _events = d.pop("events", UNSET)
        events: list[EventInASchedule] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = EventInASchedule.from_dict(events_item_data)

                events.append(events_item)

        object_of_model_schedule_series = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            timetable_event_schedule_id=timetable_event_schedule_id,
            day_of_week=day_of_week,
            events_time=events_time,
            events_duration=events_duration,
            event_technical_break_duration=event_technical_break_duration,
            events_master=events_master,
            events_labels=events_labels,
            events_resource_instances=events_resource_instances,
            events=events,
        )

        object_of_model_schedule_series.additional_properties = d
        return object_of_model_schedule_series

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
