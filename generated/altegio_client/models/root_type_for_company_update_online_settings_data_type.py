from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RootTypeForCompanyUpdateOnlineSettingsDataType")


@_attrs_define
class RootTypeForCompanyUpdateOnlineSettingsDataType:
    """
    Example:
        {'confirm_number': False, 'any_master': True, 'seance_delay_step': 90,
            'activity_online_record_clients_count_max': 1}

    """

    confirm_number: bool
    """ Verify the customer's number by SMS """
    any_master: bool
    """ Mode where any team member may be chosen """
    seance_delay_step: int
    """ Delay before the next session in minutes, from 0 up to 23 hours inclusive, in 30-minute steps """
    activity_online_record_clients_count_max: int
    """ Maximum seats available in a single group event """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm_number = self.confirm_number

        any_master = self.any_master

        seance_delay_step = self.seance_delay_step

        activity_online_record_clients_count_max = self.activity_online_record_clients_count_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirm_number": confirm_number,
                "any_master": any_master,
                "seance_delay_step": seance_delay_step,
                "activity_online_record_clients_count_max": activity_online_record_clients_count_max,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm_number = d.pop("confirm_number")

        any_master = d.pop("any_master")

        seance_delay_step = d.pop("seance_delay_step")

        activity_online_record_clients_count_max = d.pop("activity_online_record_clients_count_max")

        root_type_for_company_update_online_settings_data_type = cls(
            confirm_number=confirm_number,
            any_master=any_master,
            seance_delay_step=seance_delay_step,
            activity_online_record_clients_count_max=activity_online_record_clients_count_max,
        )

        root_type_for_company_update_online_settings_data_type.additional_properties = d
        return root_type_for_company_update_online_settings_data_type

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
