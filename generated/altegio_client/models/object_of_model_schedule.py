from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.object_of_model_schedule_series import ObjectOfModelScheduleSeries  # noqa: PLC0415

    _LAZY = (
        _v,
        ObjectOfModelScheduleSeries,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "original_entity_type",
        "original_entity_id",
        "date_start",
        "date_end",
        "days",
    }
)


T = TypeVar("T", bound="ObjectOfModelSchedule")


@_attrs_define
class ObjectOfModelSchedule:
    """Details of an existing schedule in a location.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'original_entity_type': 'activity', 'original_entity_id': 123, 'date_start': '2026-01-01', 'date_end':
            '2026-02-01', 'days': [{'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at':
            '2026-01-01T12:12:12-05:00', 'deleted_at': None, 'timetable_event_schedule_id': 123, 'day_of_week': 'mon',
            'events_time': '14:00:00', 'events_duration': 3600, 'events_master': {'id': 123, 'name': 'John Johnson',
            'company_id': 123, 'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}},
            'events_labels': [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123,
            'title': 'Resource #1', 'resource_id': 123}]}]}

    """

    id: int | Unset = UNSET
    """ ID of the schedule. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the schedule was created. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the schedule was last modified. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ When the schedule was deleted. """
    original_entity_type: str | Unset = UNSET
    """ Entity kind the schedule is built on (appointment or event) (known values: record, activity) """
    original_entity_id: int | Unset = UNSET
    """ ID of the entity the schedule is built on. """
    date_start: datetime.date | None | Unset = UNSET
    """ Start date of the schedule. """
    date_end: datetime.date | None | Unset = UNSET
    """ End date of the schedule. """
    days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
    """ Schedule series tied to the given schedule; returned only when the matching `include` is sent in the
    request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ObjectOfModelScheduleSeries,
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

        original_entity_type = self.original_entity_type

        original_entity_id = self.original_entity_id

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.date):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_end: None | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        elif isinstance(self.date_end, datetime.date):
            date_end = self.date_end.isoformat()
        else:
            date_end = self.date_end

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

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
        if original_entity_type is not UNSET:
            field_dict["original_entity_type"] = original_entity_type
        if original_entity_id is not UNSET:
            field_dict["original_entity_id"] = original_entity_id
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ObjectOfModelScheduleSeries,
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

        original_entity_type = _get("original_entity_type", UNSET)
        if type(original_entity_type) is not str and original_entity_type is not UNSET:
            original_entity_type = _v.str_(original_entity_type, "original_entity_type")

        original_entity_id = _get("original_entity_id", UNSET)
        if type(original_entity_id) is not int and original_entity_id is not UNSET:
            original_entity_id = _v.int_(original_entity_id, "original_entity_id")

        date_start = _get("date_start", UNSET)
        if date_start is not UNSET:
            date_start = _v.date_(date_start, "date_start", True)

        date_end = _get("date_end", UNSET)
        if date_end is not UNSET:
            date_end = _v.date_(date_end, "date_end", True)

        _days = _get("days", UNSET)
        if _days is UNSET:
            days = UNSET
        else:
            if type(_days) is not list:
                _days = _v.array(_days, "days")
            days = []
            try:
                for _item in _days:
                    days.append(ObjectOfModelScheduleSeries.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "days", days) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.created_at = created_at
        _obj.updated_at = updated_at
        _obj.deleted_at = deleted_at
        _obj.original_entity_type = original_entity_type
        _obj.original_entity_id = original_entity_id
        _obj.date_start = date_start
        _obj.date_end = date_end
        _obj.days = days

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
