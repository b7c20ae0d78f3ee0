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
        "record_type",
        "activity_record_clients_count_max",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "record_type" not in src_dict:
            raise _v.missing("record_type")
        record_type = _get("record_type", UNSET)
        if type(record_type) is not int and record_type is not UNSET:
            record_type = _v.int_(record_type, "record_type")

        if "activity_record_clients_count_max" not in src_dict:
            raise _v.missing("activity_record_clients_count_max")
        activity_record_clients_count_max = _get("activity_record_clients_count_max", UNSET)
        if type(activity_record_clients_count_max) is not int and activity_record_clients_count_max is not UNSET:
            activity_record_clients_count_max = _v.int_(
                activity_record_clients_count_max, "activity_record_clients_count_max"
            )

        _obj = cls.__new__(cls)
        _obj.record_type = record_type
        _obj.activity_record_clients_count_max = activity_record_clients_count_max

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
