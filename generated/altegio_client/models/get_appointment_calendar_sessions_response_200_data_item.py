from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "time",
        "is_free",
    }
)


T = TypeVar("T", bound="GetAppointmentCalendarSessionsResponse200DataItem")


@_attrs_define
class GetAppointmentCalendarSessionsResponse200DataItem:
    time: str | Unset = UNSET
    """ Time of the session """
    is_free: bool | Unset = UNSET
    """ Whether the time is free """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        is_free = self.is_free

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if is_free is not UNSET:
            field_dict["is_free"] = is_free

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        time = _get("time", UNSET)
        if type(time) is not str and time is not UNSET:
            time = _v.str_(time, "time")

        is_free = _get("is_free", UNSET)
        if type(is_free) is not bool and is_free is not UNSET:
            is_free = _v.bool_(is_free, "is_free")

        get_appointment_calendar_sessions_response_200_data_item = cls(
            time=time,
            is_free=is_free,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            get_appointment_calendar_sessions_response_200_data_item.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return get_appointment_calendar_sessions_response_200_data_item

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
