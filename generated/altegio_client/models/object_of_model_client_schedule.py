from __future__ import annotations

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
        "loyalty_abonement_id",
        "final_day",
        "days",
    }
)


T = TypeVar("T", bound="ObjectOfModelClientSchedule")


@_attrs_define
class ObjectOfModelClientSchedule:
    """Details of an existing client schedule in a location.

    Example:
        {'id': 123, 'loyalty_abonement_id': None, 'final_day': '2022-01-01 12:12:12', 'days': [{'id': 123, 'created_at':
            '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at': None,
            'timetable_event_schedule_id': 123, 'day_of_week': 'mon', 'events_time': '14:00:00', 'events_duration': 3600,
            'event_technical_break_duration': 0, 'events_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123,
            'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'events_labels':
            [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123, 'title': 'Resource
            #1', 'resource_id': 123}]}]}

    """

    id: int | Unset = UNSET
    """ ID of the client schedule. """
    loyalty_abonement_id: float | None | Unset = UNSET
    """ ID of the loyalty membership applied to the client schedule (currently unsupported). """
    final_day: str | Unset = UNSET
    """ End date and time of the client schedule. """
    days: list[ObjectOfModelScheduleSeries] | Unset = UNSET
    """ Schedule series tied to a client schedule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ObjectOfModelScheduleSeries,
        ) = _LAZY or _lazy()
        id = self.id

        loyalty_abonement_id: float | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        final_day = self.final_day

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
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id
        if final_day is not UNSET:
            field_dict["final_day"] = final_day
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

        loyalty_abonement_id = _get("loyalty_abonement_id", UNSET)
        if type(loyalty_abonement_id) is not float and loyalty_abonement_id is not UNSET:
            loyalty_abonement_id = _v.float_(loyalty_abonement_id, "loyalty_abonement_id", True)

        final_day = _get("final_day", UNSET)
        if type(final_day) is not str and final_day is not UNSET:
            final_day = _v.str_(final_day, "final_day")

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
        _obj.loyalty_abonement_id = loyalty_abonement_id
        _obj.final_day = final_day
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
