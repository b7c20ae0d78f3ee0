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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.event_in_a_schedule import EventInASchedule  # noqa: PLC0415
    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance  # noqa: PLC0415
    from ..models.object_of_model_tag import ObjectOfModelTag  # noqa: PLC0415
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415

    _LAZY = (
        _v,
        EventInASchedule,
        ObjectOfModelResourceInstance,
        ObjectOfModelTag,
        ObjectOfModelTeamMemberWithPosition,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "timetable_event_schedule_id",
        "day_of_week",
        "events_time",
        "events_duration",
        "event_technical_break_duration",
        "events_master",
        "events_labels",
        "events_resource_instances",
        "events",
    }
)


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
        (
            _,
            EventInASchedule,
            ObjectOfModelResourceInstance,
            ObjectOfModelTag,
            ObjectOfModelTeamMemberWithPosition,
        ) = _LAZY or _lazy()
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
        (
            _v,
            EventInASchedule,
            ObjectOfModelResourceInstance,
            ObjectOfModelTag,
            ObjectOfModelTeamMemberWithPosition,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        created_at = _get("created_at", UNSET)
        if type(created_at) is str:
            try:
                created_at = _v.fromisoformat(created_at)
            except ValueError:
                created_at = _v.datetime_(created_at, "created_at")
        elif created_at is not UNSET:
            created_at = _v.datetime_(created_at, "created_at", True)

        updated_at = _get("updated_at", UNSET)
        if type(updated_at) is str:
            try:
                updated_at = _v.fromisoformat(updated_at)
            except ValueError:
                updated_at = _v.datetime_(updated_at, "updated_at")
        elif updated_at is not UNSET:
            updated_at = _v.datetime_(updated_at, "updated_at", True)

        deleted_at = _get("deleted_at", UNSET)
        if type(deleted_at) is str:
            try:
                deleted_at = _v.fromisoformat(deleted_at)
            except ValueError:
                deleted_at = _v.datetime_(deleted_at, "deleted_at")
        elif deleted_at is not UNSET:
            deleted_at = _v.datetime_(deleted_at, "deleted_at", True)

        timetable_event_schedule_id = _get("timetable_event_schedule_id", UNSET)
        if type(timetable_event_schedule_id) is not int and timetable_event_schedule_id is not UNSET:
            timetable_event_schedule_id = _v.int_(timetable_event_schedule_id, "timetable_event_schedule_id")

        day_of_week = _get("day_of_week", UNSET)
        if type(day_of_week) is not str and day_of_week is not UNSET:
            day_of_week = _v.str_(day_of_week, "day_of_week")

        events_time = _get("events_time", UNSET)
        if type(events_time) is not str and events_time is not UNSET:
            events_time = _v.str_(events_time, "events_time")

        events_duration = _get("events_duration", UNSET)
        if type(events_duration) is not float and events_duration is not UNSET:
            events_duration = _v.float_(events_duration, "events_duration")

        event_technical_break_duration = _get("event_technical_break_duration", UNSET)
        if type(event_technical_break_duration) is not float and event_technical_break_duration is not UNSET:
            event_technical_break_duration = _v.float_(event_technical_break_duration, "event_technical_break_duration")

        _events_master = _get("events_master", UNSET)
        if _events_master is UNSET:
            events_master = UNSET
        else:
            try:
                events_master = ObjectOfModelTeamMemberWithPosition.from_dict(_events_master)
            except _v.Invalid as _e:
                raise _v.at(_e, "events_master") from None

        _events_labels = _get("events_labels", UNSET)
        if _events_labels is UNSET:
            events_labels = UNSET
        else:
            if type(_events_labels) is not list:
                _events_labels = _v.array(_events_labels, "events_labels")
            events_labels = []
            try:
                for _item in _events_labels:
                    events_labels.append(ObjectOfModelTag.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "events_labels", events_labels) from None

        _events_resource_instances = _get("events_resource_instances", UNSET)
        if _events_resource_instances is UNSET:
            events_resource_instances = UNSET
        else:
            if type(_events_resource_instances) is not list:
                _events_resource_instances = _v.array(_events_resource_instances, "events_resource_instances")
            events_resource_instances = []
            try:
                for _item in _events_resource_instances:
                    events_resource_instances.append(ObjectOfModelResourceInstance.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "events_resource_instances", events_resource_instances) from None

        _events = _get("events", UNSET)
        if _events is UNSET:
            events = UNSET
        else:
            if type(_events) is not list:
                _events = _v.array(_events, "events")
            events = []
            try:
                for _item in _events:
                    events.append(EventInASchedule.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "events", events) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.created_at = created_at
        _obj.updated_at = updated_at
        _obj.deleted_at = deleted_at
        _obj.timetable_event_schedule_id = timetable_event_schedule_id
        _obj.day_of_week = day_of_week
        _obj.events_time = events_time
        _obj.events_duration = events_duration
        _obj.event_technical_break_duration = event_technical_break_duration
        _obj.events_master = events_master
        _obj.events_labels = events_labels
        _obj.events_resource_instances = events_resource_instances
        _obj.events = events

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
