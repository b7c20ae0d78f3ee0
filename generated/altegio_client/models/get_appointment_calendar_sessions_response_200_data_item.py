from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        is_free = d.pop("is_free", UNSET)

        get_appointment_calendar_sessions_response_200_data_item = cls(
            time=time,
            is_free=is_free,
        )

        get_appointment_calendar_sessions_response_200_data_item.additional_properties = d
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
