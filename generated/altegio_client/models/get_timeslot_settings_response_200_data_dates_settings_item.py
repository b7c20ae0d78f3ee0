from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_timeslot_settings_response_200_data_dates_settings_item_setting import (
        GetTimeslotSettingsResponse200DataDatesSettingsItemSetting,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.get_timeslot_settings_response_200_data_dates_settings_item_setting import (
        GetTimeslotSettingsResponse200DataDatesSettingsItemSetting,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        GetTimeslotSettingsResponse200DataDatesSettingsItemSetting,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "date",
        "timeslots",
        "setting",
    }
)


T = TypeVar("T", bound="GetTimeslotSettingsResponse200DataDatesSettingsItem")


@_attrs_define
class GetTimeslotSettingsResponse200DataDatesSettingsItem:
    date: datetime.date | None | Unset = UNSET
    """ Override date (YYYY-MM-DD) """
    timeslots: list[int] | Unset = UNSET
    """ Free time slots on this date (empty means unavailable) """
    setting: GetTimeslotSettingsResponse200DataDatesSettingsItemSetting | Unset = UNSET
    """ Rules used to build the grid """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GetTimeslotSettingsResponse200DataDatesSettingsItemSetting,
        ) = _LAZY or _lazy()
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        timeslots: list[int] | Unset = UNSET
        if not isinstance(self.timeslots, Unset):
            timeslots = self.timeslots

        setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = self.setting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if timeslots is not UNSET:
            field_dict["timeslots"] = timeslots
        if setting is not UNSET:
            field_dict["setting"] = setting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GetTimeslotSettingsResponse200DataDatesSettingsItemSetting,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            date = _v.date_(date, "date", True)

        _timeslots = _get("timeslots", UNSET)
        if _timeslots is UNSET:
            timeslots = UNSET
        else:
            if type(_timeslots) is not list:
                _timeslots = _v.array(_timeslots, "timeslots")
            timeslots = []
            try:
                for _item in _timeslots:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(timeslots))

                    timeslots.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "timeslots") from None

        _setting = _get("setting", UNSET)
        if _setting is UNSET:
            setting = UNSET
        else:
            try:
                setting = GetTimeslotSettingsResponse200DataDatesSettingsItemSetting.from_dict(_setting)
            except _v.Invalid as _e:
                raise _v.at(_e, "setting") from None

        _obj = cls.__new__(cls)
        _obj.date = date
        _obj.timeslots = timeslots
        _obj.setting = setting

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
