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
        "timetable_access",
        "master_id",
        "position_id",
        "last_days_count",
        "schedule_edit_access",
        "timetable_phones_access",
        "timetable_transferring_record_access",
        "timetable_statistics_access",
        "timetable_waiting_list_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataTimetable")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataTimetable:
    """History of the appointment"""

    timetable_access: bool | Unset = UNSET
    """ Access to appointment log: true - allowed, false - denied """
    master_id: int | Unset = UNSET
    """ 0 when the user may see the schedule and records of every team member; otherwise only those of the team
    member with this ID """
    position_id: int | Unset = UNSET
    """ 0 when the user may see the schedule and records of every team member; otherwise only those of the position
    with this ID """
    last_days_count: int | Unset = UNSET
    """ 0: schedule history and records are not restricted """
    schedule_edit_access: bool | Unset = UNSET
    """ Access to team member's work schedule in the log: true - allowed, false - denied """
    timetable_phones_access: bool | Unset = UNSET
    """ Access to phone number in the appointment log: true - allowed, false - denied """
    timetable_transferring_record_access: bool | Unset = UNSET
    """ Permission for transferring records: true - allowed, false - denied """
    timetable_statistics_access: bool | Unset = UNSET
    """ Permission to view statistics: true - allowed, false - denied """
    timetable_waiting_list_access: bool | Unset = UNSET
    """ Access to the waiting list: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timetable_access = self.timetable_access

        master_id = self.master_id

        position_id = self.position_id

        last_days_count = self.last_days_count

        schedule_edit_access = self.schedule_edit_access

        timetable_phones_access = self.timetable_phones_access

        timetable_transferring_record_access = self.timetable_transferring_record_access

        timetable_statistics_access = self.timetable_statistics_access

        timetable_waiting_list_access = self.timetable_waiting_list_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if last_days_count is not UNSET:
            field_dict["last_days_count"] = last_days_count
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access
        if timetable_phones_access is not UNSET:
            field_dict["timetable_phones_access"] = timetable_phones_access
        if timetable_transferring_record_access is not UNSET:
            field_dict["timetable_transferring_record_access"] = timetable_transferring_record_access
        if timetable_statistics_access is not UNSET:
            field_dict["timetable_statistics_access"] = timetable_statistics_access
        if timetable_waiting_list_access is not UNSET:
            field_dict["timetable_waiting_list_access"] = timetable_waiting_list_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        timetable_access = _get("timetable_access", UNSET)
        if type(timetable_access) is not bool and timetable_access is not UNSET:
            timetable_access = _v.bool_(timetable_access, "timetable_access")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _v.int_(position_id, "position_id")

        last_days_count = _get("last_days_count", UNSET)
        if type(last_days_count) is not int and last_days_count is not UNSET:
            last_days_count = _v.int_(last_days_count, "last_days_count")

        schedule_edit_access = _get("schedule_edit_access", UNSET)
        if type(schedule_edit_access) is not bool and schedule_edit_access is not UNSET:
            schedule_edit_access = _v.bool_(schedule_edit_access, "schedule_edit_access")

        timetable_phones_access = _get("timetable_phones_access", UNSET)
        if type(timetable_phones_access) is not bool and timetable_phones_access is not UNSET:
            timetable_phones_access = _v.bool_(timetable_phones_access, "timetable_phones_access")

        timetable_transferring_record_access = _get("timetable_transferring_record_access", UNSET)
        if type(timetable_transferring_record_access) is not bool and timetable_transferring_record_access is not UNSET:
            timetable_transferring_record_access = _v.bool_(
                timetable_transferring_record_access, "timetable_transferring_record_access"
            )

        timetable_statistics_access = _get("timetable_statistics_access", UNSET)
        if type(timetable_statistics_access) is not bool and timetable_statistics_access is not UNSET:
            timetable_statistics_access = _v.bool_(timetable_statistics_access, "timetable_statistics_access")

        timetable_waiting_list_access = _get("timetable_waiting_list_access", UNSET)
        if type(timetable_waiting_list_access) is not bool and timetable_waiting_list_access is not UNSET:
            timetable_waiting_list_access = _v.bool_(timetable_waiting_list_access, "timetable_waiting_list_access")

        _obj = cls.__new__(cls)
        _obj.timetable_access = timetable_access
        _obj.master_id = master_id
        _obj.position_id = position_id
        _obj.last_days_count = last_days_count
        _obj.schedule_edit_access = schedule_edit_access
        _obj.timetable_phones_access = timetable_phones_access
        _obj.timetable_transferring_record_access = timetable_transferring_record_access
        _obj.timetable_statistics_access = timetable_statistics_access
        _obj.timetable_waiting_list_access = timetable_waiting_list_access

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
