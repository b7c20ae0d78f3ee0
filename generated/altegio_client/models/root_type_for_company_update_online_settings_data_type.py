from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

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
        "confirm_number",
        "any_master",
        "seance_delay_step",
        "activity_online_record_clients_count_max",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "confirm_number" not in src_dict:
            raise _v.missing("confirm_number")
        confirm_number = _get("confirm_number", UNSET)
        if type(confirm_number) is not bool and confirm_number is not UNSET:
            confirm_number = _v.bool_(confirm_number, "confirm_number")

        if "any_master" not in src_dict:
            raise _v.missing("any_master")
        any_master = _get("any_master", UNSET)
        if type(any_master) is not bool and any_master is not UNSET:
            any_master = _v.bool_(any_master, "any_master")

        if "seance_delay_step" not in src_dict:
            raise _v.missing("seance_delay_step")
        seance_delay_step = _get("seance_delay_step", UNSET)
        if type(seance_delay_step) is not int and seance_delay_step is not UNSET:
            seance_delay_step = _v.int_(seance_delay_step, "seance_delay_step")

        if "activity_online_record_clients_count_max" not in src_dict:
            raise _v.missing("activity_online_record_clients_count_max")
        activity_online_record_clients_count_max = _get("activity_online_record_clients_count_max", UNSET)
        if (
            type(activity_online_record_clients_count_max) is not int
            and activity_online_record_clients_count_max is not UNSET
        ):
            activity_online_record_clients_count_max = _v.int_(
                activity_online_record_clients_count_max, "activity_online_record_clients_count_max"
            )

        _obj = cls.__new__(cls)
        _obj.confirm_number = confirm_number
        _obj.any_master = any_master
        _obj.seance_delay_step = seance_delay_step
        _obj.activity_online_record_clients_count_max = activity_online_record_clients_count_max

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
