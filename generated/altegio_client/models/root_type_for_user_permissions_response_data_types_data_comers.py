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
        "comers_access",
        "comers_info_vehicle_view_access",
        "comers_info_vehicle_edit_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataComers")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataComers:
    """Visitors section"""

    comers_access: bool | Unset = UNSET
    """ Access to visitors section: true - allowed, false - denied """
    comers_info_vehicle_view_access: bool | Unset = UNSET
    """ Permission to view vehicle information for visitors: true - allowed, false - denied """
    comers_info_vehicle_edit_access: bool | Unset = UNSET
    """ Permission to edit vehicle information for visitors: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comers_access = self.comers_access

        comers_info_vehicle_view_access = self.comers_info_vehicle_view_access

        comers_info_vehicle_edit_access = self.comers_info_vehicle_edit_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comers_access is not UNSET:
            field_dict["comers_access"] = comers_access
        if comers_info_vehicle_view_access is not UNSET:
            field_dict["comers_info_vehicle_view_access"] = comers_info_vehicle_view_access
        if comers_info_vehicle_edit_access is not UNSET:
            field_dict["comers_info_vehicle_edit_access"] = comers_info_vehicle_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        comers_access = _get("comers_access", UNSET)
        if type(comers_access) is not bool and comers_access is not UNSET:
            comers_access = _v.bool_(comers_access, "comers_access")

        comers_info_vehicle_view_access = _get("comers_info_vehicle_view_access", UNSET)
        if type(comers_info_vehicle_view_access) is not bool and comers_info_vehicle_view_access is not UNSET:
            comers_info_vehicle_view_access = _v.bool_(
                comers_info_vehicle_view_access, "comers_info_vehicle_view_access"
            )

        comers_info_vehicle_edit_access = _get("comers_info_vehicle_edit_access", UNSET)
        if type(comers_info_vehicle_edit_access) is not bool and comers_info_vehicle_edit_access is not UNSET:
            comers_info_vehicle_edit_access = _v.bool_(
                comers_info_vehicle_edit_access, "comers_info_vehicle_edit_access"
            )

        _obj = cls.__new__(cls)
        _obj.comers_access = comers_access
        _obj.comers_info_vehicle_view_access = comers_info_vehicle_view_access
        _obj.comers_info_vehicle_edit_access = comers_info_vehicle_edit_access

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
