from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_appointment_activity_id import (
    StandardAppointmentActivityId,
    check_standard_appointment_activity_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardAppointment")


@_attrs_define
class StandardAppointment:
    activity_id: StandardAppointmentActivityId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id: int | Unset = UNSET
        if not isinstance(self.activity_id, Unset):
            activity_id = self.activity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _activity_id = d.pop("activity_id", UNSET)
        activity_id: StandardAppointmentActivityId | Unset
        if isinstance(_activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = check_standard_appointment_activity_id(_activity_id)

        standard_appointment = cls(
            activity_id=activity_id,
        )

        standard_appointment.additional_properties = d
        return standard_appointment

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
