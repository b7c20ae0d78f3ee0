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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem  # noqa: PLC0415

    _LAZY = (
        _v,
        CreateTimetableEventScheduleBodyDaysItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "original_entity_type",
        "original_entity_id",
        "date_end",
        "add_clients_from_original_entity",
        "days",
    }
)


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
        (
            _,
            CreateTimetableEventScheduleBodyDaysItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            CreateTimetableEventScheduleBodyDaysItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "original_entity_type" not in src_dict:
            raise _v.missing("original_entity_type")
        try:
            original_entity_type = check_create_timetable_event_schedule_body_original_entity_type(
                _get("original_entity_type", UNSET)
            )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "original_entity_type",
                "CreateTimetableEventScheduleBodyOriginalEntityType",
                _get("original_entity_type"),
            ) from None

        if "original_entity_id" not in src_dict:
            raise _v.missing("original_entity_id")
        original_entity_id = _get("original_entity_id", UNSET)
        if type(original_entity_id) is not float and original_entity_id is not UNSET:
            original_entity_id = _v.float_(original_entity_id, "original_entity_id")

        if "date_end" not in src_dict:
            raise _v.missing("date_end")
        date_end = _get("date_end", UNSET)
        if date_end is not UNSET:
            date_end = _v.date_(date_end, "date_end")

        if "add_clients_from_original_entity" not in src_dict:
            raise _v.missing("add_clients_from_original_entity")
        add_clients_from_original_entity = _get("add_clients_from_original_entity", UNSET)
        if type(add_clients_from_original_entity) is not bool and add_clients_from_original_entity is not UNSET:
            add_clients_from_original_entity = _v.bool_(
                add_clients_from_original_entity, "add_clients_from_original_entity"
            )

        if "days" not in src_dict:
            raise _v.missing("days")
        _days = _get("days", UNSET)
        if _days is UNSET:
            days = UNSET
        else:
            if type(_days) is not list:
                _days = _v.array(_days, "days")
            days = []
            try:
                for _item in _days:
                    days.append(CreateTimetableEventScheduleBodyDaysItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "days", days) from None

        _obj = cls.__new__(cls)
        _obj.original_entity_type = original_entity_type
        _obj.original_entity_id = original_entity_id
        _obj.date_end = date_end
        _obj.add_clients_from_original_entity = add_clients_from_original_entity
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
