from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTimetableClientScheduleBody")


@_attrs_define
class CreateTimetableClientScheduleBody:
    client_id: float
    """ ID of the client for whom the client schedule is created. """
    schedule_days_ids: list[float]
    """ Schedule series IDs: at least 1, at most 7. """
    comer_id: float | Unset = UNSET
    """ ID of the client's comer used to create a client schedule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        schedule_days_ids = self.schedule_days_ids

        comer_id = self.comer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "schedule_days_ids": schedule_days_ids,
            }
        )
        if comer_id is not UNSET:
            field_dict["comer_id"] = comer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        schedule_days_ids = cast(list[float], d.pop("schedule_days_ids"))

        comer_id = d.pop("comer_id", UNSET)

        create_timetable_client_schedule_body = cls(
            client_id=client_id,
            schedule_days_ids=schedule_days_ids,
            comer_id=comer_id,
        )

        create_timetable_client_schedule_body.additional_properties = d
        return create_timetable_client_schedule_body

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
