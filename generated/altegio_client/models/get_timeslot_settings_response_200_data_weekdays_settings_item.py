from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting,
    )


T = TypeVar("T", bound="GetTimeslotSettingsResponse200DataWeekdaysSettingsItem")


@_attrs_define
class GetTimeslotSettingsResponse200DataWeekdaysSettingsItem:
    weekday: int | Unset = UNSET
    """ Weekday (1 = Monday ... 7 = Sunday) """
    timeslots: list[int] | Unset = UNSET
    """ Free time slots as seconds since midnight.
    Used only when grid_base_type = "predefined". """
    setting: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting | Unset = UNSET
    """ Rules used to build the grid """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weekday = self.weekday

        timeslots: list[int] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = self.timeslots

        setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = self.setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weekday is not UNSET:
            field_dict["weekday"] = weekday
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots
        if setting is not UNSET:
            field_dict["setting"] = setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item_setting import (
            GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting,  # noqa: PLC0415
        )

        d = dict(src_dict)
        weekday = d.pop("weekday", UNSET)

        timeslots = cast(list[int], d.pop("timeslots", UNSET))

        _setting = d.pop("setting", UNSET)
        setting: GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = GetTimeslotSettingsResponse200DataWeekdaysSettingsItemSetting.from_dict(_setting)

        get_timeslot_settings_response_200_data_weekdays_settings_item = cls(
            weekday=weekday,
            timeslots=timeslots,
            setting=setting,
        )

        get_timeslot_settings_response_200_data_weekdays_settings_item.additional_properties = d
        return get_timeslot_settings_response_200_data_weekdays_settings_item

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
