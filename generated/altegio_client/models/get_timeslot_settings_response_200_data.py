from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timeslot_settings_response_200_data_dates_settings_item import (
        GetTimeslotSettingsResponse200DataDatesSettingsItem,
    )
    from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.get_timeslot_settings_response_200_data_dates_settings_item import (
        GetTimeslotSettingsResponse200DataDatesSettingsItem,  # noqa: PLC0415
    )
    from ..models.get_timeslot_settings_response_200_data_weekdays_settings_item import (
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        GetTimeslotSettingsResponse200DataDatesSettingsItem,
        GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "is_enabled",
        "weekdays_settings",
        "dates_settings",
    }
)


T = TypeVar("T", bound="GetTimeslotSettingsResponse200Data")


@_attrs_define
class GetTimeslotSettingsResponse200Data:
    """Object with timeslot settings"""

    is_enabled: bool | Unset = UNSET
    """ Whether custom timeslots are turned on """
    weekdays_settings: list[GetTimeslotSettingsResponse200DataWeekdaysSettingsItem] | Unset = UNSET
    """ Settings per day of the week """
    dates_settings: list[GetTimeslotSettingsResponse200DataDatesSettingsItem] | Unset = UNSET
    """ Overrides for particular dates (holidays, special days, etc.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GetTimeslotSettingsResponse200DataDatesSettingsItem,
            GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
        ) = _LAZY or _lazy()
        is_enabled = self.is_enabled

        weekdays_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.weekdays_settings, Unset):
            weekdays_settings = []
            for weekdays_settings_item_data in self.weekdays_settings:
                weekdays_settings_item = weekdays_settings_item_data.to_dict()
                weekdays_settings.append(weekdays_settings_item)

        dates_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates_settings, Unset):
            dates_settings = []
            for dates_settings_item_data in self.dates_settings:
                dates_settings_item = dates_settings_item_data.to_dict()
                dates_settings.append(dates_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if weekdays_settings is not UNSET:
            field_dict["weekdays_settings"] = weekdays_settings
        if dates_settings is not UNSET:
            field_dict["dates_settings"] = dates_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GetTimeslotSettingsResponse200DataDatesSettingsItem,
            GetTimeslotSettingsResponse200DataWeekdaysSettingsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        is_enabled = _get("is_enabled", UNSET)
        if type(is_enabled) is not bool and is_enabled is not UNSET:
            is_enabled = _v.bool_(is_enabled, "is_enabled")

        _weekdays_settings = _get("weekdays_settings", UNSET)
        if _weekdays_settings is UNSET:
            weekdays_settings = UNSET
        else:
            if type(_weekdays_settings) is not list:
                _weekdays_settings = _v.array(_weekdays_settings, "weekdays_settings")
            weekdays_settings = []
            try:
                for _item in _weekdays_settings:
                    weekdays_settings.append(GetTimeslotSettingsResponse200DataWeekdaysSettingsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "weekdays_settings", weekdays_settings) from None

        _dates_settings = _get("dates_settings", UNSET)
        if _dates_settings is UNSET:
            dates_settings = UNSET
        else:
            if type(_dates_settings) is not list:
                _dates_settings = _v.array(_dates_settings, "dates_settings")
            dates_settings = []
            try:
                for _item in _dates_settings:
                    dates_settings.append(GetTimeslotSettingsResponse200DataDatesSettingsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "dates_settings", dates_settings) from None

        _obj = cls.__new__(cls)
        _obj.is_enabled = is_enabled
        _obj.weekdays_settings = weekdays_settings
        _obj.dates_settings = dates_settings

        _obj.additional_properties = (
            {} if _KEYS.issuperset(src_dict) else {_k: _x for _k, _x in src_dict.items() if _k not in _KEYS}
        )
        return _obj

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
