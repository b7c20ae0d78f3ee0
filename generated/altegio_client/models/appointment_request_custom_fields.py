from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentRequestCustomFields")


@_attrs_define
class AppointmentRequestCustomFields:
    """Values of custom appointment fields, keyed by field code.

    Requires both `custom_fields_record_values_read_access` and `custom_fields_record_values_edit_access` for the
    business user. Passing `custom_fields` on an appointment update does not make it a partial update: the required main
    fields for that appointment type must be sent again.

    """

    my_custom_field: int | Unset = UNSET
    some_another_field: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        my_custom_field = self.my_custom_field

        some_another_field: list[str] | Unset = UNSET
        if not isinstance(self.some_another_field, Unset):
            some_another_field = self.some_another_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if my_custom_field is not UNSET:
            field_dict["my_custom_field"] = my_custom_field
        if some_another_field is not UNSET:
            field_dict["some_another_field"] = some_another_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        my_custom_field = d.pop("my_custom_field", UNSET)

        some_another_field = cast(list[str], d.pop("some_another_field", UNSET))

        appointment_request_custom_fields = cls(
            my_custom_field=my_custom_field,
            some_another_field=some_another_field,
        )

        appointment_request_custom_fields.additional_properties = d
        return appointment_request_custom_fields

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
