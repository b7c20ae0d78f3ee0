from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentResponseDataStaffPosition")


@_attrs_define
class AppointmentResponseDataStaffPosition:
    """Position of the team member"""

    id: int | Unset = UNSET
    """ ID of the job """
    title: str | Unset = UNSET
    """ Title of the job """
    services_binding_type: float | Unset = UNSET
    """ Type of service binding """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        services_binding_type = self.services_binding_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if services_binding_type is not UNSET:
            field_dict["services_binding_type"] = services_binding_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        services_binding_type = d.pop("services_binding_type", UNSET)

        appointment_response_data_staff_position = cls(
            id=id,
            title=title,
            services_binding_type=services_binding_type,
        )

        appointment_response_data_staff_position.additional_properties = d
        return appointment_response_data_staff_position

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
