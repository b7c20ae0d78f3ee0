from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

        root_type_for_user_permissions_response_data_types_data_security = cls(
            security_access=security_access,
            security_2fa_access=security_2fa_access,
            security_data_changes_access=security_data_changes_access,
            security_employee_changes_access=security_employee_changes_access,
            security_export_import_access=security_export_import_access,
            security_logins_access=security_logins_access,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_user_permissions_response_data_types_data_security.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return root_type_for_user_permissions_response_data_types_data_security

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
