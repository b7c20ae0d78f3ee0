from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "force",
        "events_master_id",
        "events_time",
        "events_duration",
        "events_capacity",
        "labels_ids",
        "resource_instances_ids",
    }
)


T = TypeVar("T", bound="UpdateTimetableScheduleDayBody")


@_attrs_define
class UpdateTimetableScheduleDayBody:
    force: bool
    """ Forces manual edits in scheduled appointments/events to be overwritten """
    events_master_id: float | Unset = UNSET
    """ ID of the team member who runs the events of the schedule series. """
    events_time: str | Unset = UNSET
    """ Start time of the schedule series events, as HH:MM:SS. """
    events_duration: float | Unset = UNSET
    """ How long each event of the schedule series lasts, in seconds. """
    events_capacity: float | Unset = UNSET
    """ How many participants events of the schedule series can hold; use 1 for appointments. """
    labels_ids: list[float] | Unset = UNSET
    """ IDs of the tags attached to the events of the schedule series. """
    resource_instances_ids: list[float] | Unset = UNSET
    """ IDs of the resource instances used by the events of the schedule series. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force = self.force

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
                "force": force,
            }
        )
        if events_master_id is not UNSET:
            field_dict["events_master_id"] = events_master_id
        if events_time is not UNSET:
            field_dict["events_time"] = events_time
        if events_duration is not UNSET:
            field_dict["events_duration"] = events_duration
        if events_capacity is not UNSET:
            field_dict["events_capacity"] = events_capacity
        if labels_ids is not UNSET:
            field_dict["labels_ids"] = labels_ids
        if resource_instances_ids is not UNSET:
            field_dict["resource_instances_ids"] = resource_instances_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "force" not in src_dict:
            raise _v.missing("force")
        force = _get("force", UNSET)
        if type(force) is not bool and force is not UNSET:
            force = _v.bool_(force, "force")

        events_master_id = _get("events_master_id", UNSET)
        if type(events_master_id) is not float and events_master_id is not UNSET:
            events_master_id = _v.float_(events_master_id, "events_master_id")

        events_time = _get("events_time", UNSET)
        if type(events_time) is not str and events_time is not UNSET:
            events_time = _v.str_(events_time, "events_time")

        events_duration = _get("events_duration", UNSET)
        if type(events_duration) is not float and events_duration is not UNSET:
            events_duration = _v.float_(events_duration, "events_duration")

        events_capacity = _get("events_capacity", UNSET)
        if type(events_capacity) is not float and events_capacity is not UNSET:
            events_capacity = _v.float_(events_capacity, "events_capacity")

        _labels_ids = _get("labels_ids", UNSET)
        if _labels_ids is UNSET:
            labels_ids = UNSET
        else:
            if type(_labels_ids) is not list:
                _labels_ids = _v.array(_labels_ids, "labels_ids")
            labels_ids = []
            try:
                for _item in _labels_ids:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(labels_ids))

                    labels_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "labels_ids") from None

        _resource_instances_ids = _get("resource_instances_ids", UNSET)
        if _resource_instances_ids is UNSET:
            resource_instances_ids = UNSET
        else:
            if type(_resource_instances_ids) is not list:
                _resource_instances_ids = _v.array(_resource_instances_ids, "resource_instances_ids")
            resource_instances_ids = []
            try:
                for _item in _resource_instances_ids:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(resource_instances_ids))

                    resource_instances_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "resource_instances_ids") from None

        _obj = cls.__new__(cls)
        _obj.force = force
        _obj.events_master_id = events_master_id
        _obj.events_time = events_time
        _obj.events_duration = events_duration
        _obj.events_capacity = events_capacity
        _obj.labels_ids = labels_ids
        _obj.resource_instances_ids = resource_instances_ids

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
