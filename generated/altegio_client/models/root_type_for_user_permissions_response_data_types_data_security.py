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
        "security_access",
        "security_2fa_access",
        "security_data_changes_access",
        "security_employee_changes_access",
        "security_export_import_access",
        "security_logins_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataSecurity")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataSecurity:
    """Security section"""

    security_access: bool | Unset = UNSET
    """ Access to security settings: true - allowed, false - denied """
    security_2fa_access: bool | Unset = UNSET
    """ Access to 2FA security settings: true - allowed, false - denied """
    security_data_changes_access: bool | Unset = UNSET
    """ Permission to view data changes in security log: true - allowed, false - denied """
    security_employee_changes_access: bool | Unset = UNSET
    """ Permission to view employee changes in security log: true - allowed, false - denied """
    security_export_import_access: bool | Unset = UNSET
    """ Permission to export/import security logs: true - allowed, false - denied """
    security_logins_access: bool | Unset = UNSET
    """ Permission to view login history in security log: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if security_access is not UNSET:
            field_dict["security_access"] = security_access
        if security_2fa_access is not UNSET:
            field_dict["security_2fa_access"] = security_2fa_access
        if security_data_changes_access is not UNSET:
            field_dict["security_data_changes_access"] = security_data_changes_access
        if security_employee_changes_access is not UNSET:
            field_dict["security_employee_changes_access"] = security_employee_changes_access
        if security_export_import_access is not UNSET:
            field_dict["security_export_import_access"] = security_export_import_access
        if security_logins_access is not UNSET:
            field_dict["security_logins_access"] = security_logins_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        security_access = _get("security_access", UNSET)
        if type(security_access) is not bool and security_access is not UNSET:
            security_access = _v.bool_(security_access, "security_access")

        security_2fa_access = _get("security_2fa_access", UNSET)
        if type(security_2fa_access) is not bool and security_2fa_access is not UNSET:
            security_2fa_access = _v.bool_(security_2fa_access, "security_2fa_access")

        security_data_changes_access = _get("security_data_changes_access", UNSET)
        if type(security_data_changes_access) is not bool and security_data_changes_access is not UNSET:
            security_data_changes_access = _v.bool_(security_data_changes_access, "security_data_changes_access")

        security_employee_changes_access = _get("security_employee_changes_access", UNSET)
        if type(security_employee_changes_access) is not bool and security_employee_changes_access is not UNSET:
            security_employee_changes_access = _v.bool_(
                security_employee_changes_access, "security_employee_changes_access"
            )

        security_export_import_access = _get("security_export_import_access", UNSET)
        if type(security_export_import_access) is not bool and security_export_import_access is not UNSET:
            security_export_import_access = _v.bool_(security_export_import_access, "security_export_import_access")

        security_logins_access = _get("security_logins_access", UNSET)
        if type(security_logins_access) is not bool and security_logins_access is not UNSET:
            security_logins_access = _v.bool_(security_logins_access, "security_logins_access")

        _obj = cls.__new__(cls)
        _obj.security_access = security_access
        _obj.security_2fa_access = security_2fa_access
        _obj.security_data_changes_access = security_data_changes_access
        _obj.security_employee_changes_access = security_employee_changes_access
        _obj.security_export_import_access = security_export_import_access
        _obj.security_logins_access = security_logins_access

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
