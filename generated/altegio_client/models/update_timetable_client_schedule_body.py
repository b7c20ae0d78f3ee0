from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateTimetableClientScheduleBody")


@_attrs_define
class UpdateTimetableClientScheduleBody:
    schedule_days_ids: list[float]
    """ Schedule series IDs: at least 1, at most 7. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_days_ids = self.schedule_days_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_days_ids": schedule_days_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule_days_ids = cast(list[float], d.pop("schedule_days_ids"))

        update_timetable_client_schedule_body = cls(
            schedule_days_ids=schedule_days_ids,
        )

        update_timetable_client_schedule_body.additional_properties = d
        return update_timetable_client_schedule_body

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
