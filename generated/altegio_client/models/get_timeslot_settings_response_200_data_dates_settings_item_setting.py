from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "grid_first_timeslot",
        "grid_last_timeslot",
        "grid_display_step",
        "grid_nearest_timeslot_delay",
        "grid_base_type",
        "is_grid_flexible",
    }
)


T = TypeVar("T", bound="GetTimeslotSettingsResponse200DataDatesSettingsItemSetting")


@_attrs_define
class GetTimeslotSettingsResponse200DataDatesSettingsItemSetting:
    """Rules used to build the grid"""

    grid_first_timeslot: int | Unset = UNSET
    grid_last_timeslot: int | Unset = UNSET
    grid_display_step: int | Unset = UNSET
    grid_nearest_timeslot_delay: int | Unset = UNSET
    grid_base_type: str | Unset = UNSET
    """ (known values: predefined, schedule, timeslots) """
    is_grid_flexible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grid_first_timeslot = self.grid_first_timeslot

        grid_last_timeslot = self.grid_last_timeslot

        grid_display_step = self.grid_display_step

        grid_nearest_timeslot_delay = self.grid_nearest_timeslot_delay

        grid_base_type = self.grid_base_type

        is_grid_flexible = self.is_grid_flexible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grid_first_timeslot is not UNSET:
            field_dict["grid_first_timeslot"] = grid_first_timeslot
        if grid_last_timeslot is not UNSET:
            field_dict["grid_last_timeslot"] = grid_last_timeslot
        if grid_display_step is not UNSET:
            field_dict["grid_display_step"] = grid_display_step
        if grid_nearest_timeslot_delay is not UNSET:
            field_dict["grid_nearest_timeslot_delay"] = grid_nearest_timeslot_delay
        if grid_base_type is not UNSET:
            field_dict["grid_base_type"] = grid_base_type
        if is_grid_flexible is not UNSET:
            field_dict["is_grid_flexible"] = is_grid_flexible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        grid_first_timeslot = _get("grid_first_timeslot", UNSET)
        if type(grid_first_timeslot) is not int and grid_first_timeslot is not UNSET:
            grid_first_timeslot = _v.int_(grid_first_timeslot, "grid_first_timeslot")

        grid_last_timeslot = _get("grid_last_timeslot", UNSET)
        if type(grid_last_timeslot) is not int and grid_last_timeslot is not UNSET:
            grid_last_timeslot = _v.int_(grid_last_timeslot, "grid_last_timeslot")

        grid_display_step = _get("grid_display_step", UNSET)
        if type(grid_display_step) is not int and grid_display_step is not UNSET:
            grid_display_step = _v.int_(grid_display_step, "grid_display_step")

        grid_nearest_timeslot_delay = _get("grid_nearest_timeslot_delay", UNSET)
        if type(grid_nearest_timeslot_delay) is not int and grid_nearest_timeslot_delay is not UNSET:
            grid_nearest_timeslot_delay = _v.int_(grid_nearest_timeslot_delay, "grid_nearest_timeslot_delay")

        grid_base_type = _get("grid_base_type", UNSET)
        if type(grid_base_type) is not str and grid_base_type is not UNSET:
            grid_base_type = _v.str_(grid_base_type, "grid_base_type")

        is_grid_flexible = _get("is_grid_flexible", UNSET)
        if type(is_grid_flexible) is not bool and is_grid_flexible is not UNSET:
            is_grid_flexible = _v.bool_(is_grid_flexible, "is_grid_flexible")

        _obj = cls.__new__(cls)
        _obj.grid_first_timeslot = grid_first_timeslot
        _obj.grid_last_timeslot = grid_last_timeslot
        _obj.grid_display_step = grid_display_step
        _obj.grid_nearest_timeslot_delay = grid_nearest_timeslot_delay
        _obj.grid_base_type = grid_base_type
        _obj.is_grid_flexible = is_grid_flexible

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
