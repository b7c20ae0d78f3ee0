from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RootTypeForCompanyUpdateTimetableSettingsDataType")


@_attrs_define
class RootTypeForCompanyUpdateTimetableSettingsDataType:
    """Location's timetable settings

    Example:
        {'record_type': 0, 'activity_record_clients_count_max': 1}

    """

    record_type: int
    """ Default kind of appointment: 0 - mixed, 1 - individual, 2 - group event """
    activity_record_clients_count_max: int
    """ Maximum seats available in a single group event """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type

        activity_record_clients_count_max = self.activity_record_clients_count_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_type": record_type,
                "activity_record_clients_count_max": activity_record_clients_count_max,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_type = d.pop("record_type")

        activity_record_clients_count_max = d.pop("activity_record_clients_count_max")

        root_type_for_company_update_timetable_settings_data_type = cls(
            record_type=record_type,
            activity_record_clients_count_max=activity_record_clients_count_max,
        )

        root_type_for_company_update_timetable_settings_data_type.additional_properties = d
        return root_type_for_company_update_timetable_settings_data_type

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
