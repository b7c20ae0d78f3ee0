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
        "dashboard_access",
        "dash_access",
        "dash_phones_access",
        "dash_records_access",
        "dash_records_last_days_count",
        "dash_records_excel_access",
        "dash_records_phones_access",
        "dash_message_access",
        "dash_message_excel_access",
        "dash_message_phones_access",
        "dash_reviews_access",
        "dash_reviews_delete_access",
        "dashboard_calls_access",
        "dashboard_calls_excel_access",
        "dashboard_calls_phones_access",
        "security_access",
        "security_2fa_access",
        "security_data_changes_access",
        "security_employee_changes_access",
        "security_export_import_access",
        "security_logins_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataDashboard")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataDashboard:
    """Overview section"""

    dashboard_access: bool | Unset = UNSET
    """ Access to overview section: true - allowed, false - denied """
    dash_access: bool | Unset = UNSET
    """ Access to summary section: true - allowed, false - denied """
    dash_phones_access: bool | Unset = UNSET
    """ Permission to display phone numbers in the summary: true - allowed, false - denied """
    dash_records_access: bool | Unset = UNSET
    """ Permission to view the list of records: true - allowed, false - denied """
    dash_records_last_days_count: int | Unset = UNSET
    """ -1: may view the record list with no time limit; >= 0: may view the record list only this many days back """
    dash_records_excel_access: bool | Unset = UNSET
    """ Permission for exporting the list of records to Excel: true - allowed, false - denied """
    dash_records_phones_access: bool | Unset = UNSET
    """ Permission to display phone numbers in appointments: true - allowed, false - denied """
    dash_message_access: bool | Unset = UNSET
    """ Permission to view message details: true - allowed, false - denied """
    dash_message_excel_access: bool | Unset = UNSET
    """ Permission for exporting message details to Excel: true - allowed, false - denied """
    dash_message_phones_access: bool | Unset = UNSET
    """ Permission to show phone numbers in messages: true - allowed, false - denied """
    dash_reviews_access: bool | Unset = UNSET
    """ Permission to view reviews: true - allowed, false - denied """
    dash_reviews_delete_access: bool | Unset = UNSET
    """ Permission to delete reviews: true - allowed, false - denied """
    dashboard_calls_access: bool | Unset = UNSET
    """ Access to calls section: true - allowed, false - denied """
    dashboard_calls_excel_access: bool | Unset = UNSET
    """ Permission to export calls to Excel: true - allowed, false - denied """
    dashboard_calls_phones_access: bool | Unset = UNSET
    """ Whether clients may see the phone number: true - yes, false - no """
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
        dashboard_access = self.dashboard_access

        dash_access = self.dash_access

        dash_phones_access = self.dash_phones_access

        dash_records_access = self.dash_records_access

        dash_records_last_days_count = self.dash_records_last_days_count

        dash_records_excel_access = self.dash_records_excel_access

        dash_records_phones_access = self.dash_records_phones_access

        dash_message_access = self.dash_message_access

        dash_message_excel_access = self.dash_message_excel_access

        dash_message_phones_access = self.dash_message_phones_access

        dash_reviews_access = self.dash_reviews_access

        dash_reviews_delete_access = self.dash_reviews_delete_access

        dashboard_calls_access = self.dashboard_calls_access

        dashboard_calls_excel_access = self.dashboard_calls_excel_access

        dashboard_calls_phones_access = self.dashboard_calls_phones_access

        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboard_access is not UNSET:
            field_dict["dashboard_access"] = dashboard_access
        if dash_access is not UNSET:
            field_dict["dash_access"] = dash_access
        if dash_phones_access is not UNSET:
            field_dict["dash_phones_access"] = dash_phones_access
        if dash_records_access is not UNSET:
            field_dict["dash_records_access"] = dash_records_access
        if dash_records_last_days_count is not UNSET:
            field_dict["dash_records_last_days_count"] = dash_records_last_days_count
        if dash_records_excel_access is not UNSET:
            field_dict["dash_records_excel_access"] = dash_records_excel_access
        if dash_records_phones_access is not UNSET:
            field_dict["dash_records_phones_access"] = dash_records_phones_access
        if dash_message_access is not UNSET:
            field_dict["dash_message_access"] = dash_message_access
        if dash_message_excel_access is not UNSET:
            field_dict["dash_message_excel_access"] = dash_message_excel_access
        if dash_message_phones_access is not UNSET:
            field_dict["dash_message_phones_access"] = dash_message_phones_access
        if dash_reviews_access is not UNSET:
            field_dict["dash_reviews_access"] = dash_reviews_access
        if dash_reviews_delete_access is not UNSET:
            field_dict["dash_reviews_delete_access"] = dash_reviews_delete_access
        if dashboard_calls_access is not UNSET:
            field_dict["dashboard_calls_access"] = dashboard_calls_access
        if dashboard_calls_excel_access is not UNSET:
            field_dict["dashboard_calls_excel_access"] = dashboard_calls_excel_access
        if dashboard_calls_phones_access is not UNSET:
            field_dict["dashboard_calls_phones_access"] = dashboard_calls_phones_access
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
        dashboard_access = _get("dashboard_access", UNSET)
        if type(dashboard_access) is not bool and dashboard_access is not UNSET:
            dashboard_access = _v.bool_(dashboard_access, "dashboard_access")

        dash_access = _get("dash_access", UNSET)
        if type(dash_access) is not bool and dash_access is not UNSET:
            dash_access = _v.bool_(dash_access, "dash_access")

        dash_phones_access = _get("dash_phones_access", UNSET)
        if type(dash_phones_access) is not bool and dash_phones_access is not UNSET:
            dash_phones_access = _v.bool_(dash_phones_access, "dash_phones_access")

        dash_records_access = _get("dash_records_access", UNSET)
        if type(dash_records_access) is not bool and dash_records_access is not UNSET:
            dash_records_access = _v.bool_(dash_records_access, "dash_records_access")

        dash_records_last_days_count = _get("dash_records_last_days_count", UNSET)
        if type(dash_records_last_days_count) is not int and dash_records_last_days_count is not UNSET:
            dash_records_last_days_count = _v.int_(dash_records_last_days_count, "dash_records_last_days_count")

        dash_records_excel_access = _get("dash_records_excel_access", UNSET)
        if type(dash_records_excel_access) is not bool and dash_records_excel_access is not UNSET:
            dash_records_excel_access = _v.bool_(dash_records_excel_access, "dash_records_excel_access")

        dash_records_phones_access = _get("dash_records_phones_access", UNSET)
        if type(dash_records_phones_access) is not bool and dash_records_phones_access is not UNSET:
            dash_records_phones_access = _v.bool_(dash_records_phones_access, "dash_records_phones_access")

        dash_message_access = _get("dash_message_access", UNSET)
        if type(dash_message_access) is not bool and dash_message_access is not UNSET:
            dash_message_access = _v.bool_(dash_message_access, "dash_message_access")

        dash_message_excel_access = _get("dash_message_excel_access", UNSET)
        if type(dash_message_excel_access) is not bool and dash_message_excel_access is not UNSET:
            dash_message_excel_access = _v.bool_(dash_message_excel_access, "dash_message_excel_access")

        dash_message_phones_access = _get("dash_message_phones_access", UNSET)
        if type(dash_message_phones_access) is not bool and dash_message_phones_access is not UNSET:
            dash_message_phones_access = _v.bool_(dash_message_phones_access, "dash_message_phones_access")

        dash_reviews_access = _get("dash_reviews_access", UNSET)
        if type(dash_reviews_access) is not bool and dash_reviews_access is not UNSET:
            dash_reviews_access = _v.bool_(dash_reviews_access, "dash_reviews_access")

        dash_reviews_delete_access = _get("dash_reviews_delete_access", UNSET)
        if type(dash_reviews_delete_access) is not bool and dash_reviews_delete_access is not UNSET:
            dash_reviews_delete_access = _v.bool_(dash_reviews_delete_access, "dash_reviews_delete_access")

        dashboard_calls_access = _get("dashboard_calls_access", UNSET)
        if type(dashboard_calls_access) is not bool and dashboard_calls_access is not UNSET:
            dashboard_calls_access = _v.bool_(dashboard_calls_access, "dashboard_calls_access")

        dashboard_calls_excel_access = _get("dashboard_calls_excel_access", UNSET)
        if type(dashboard_calls_excel_access) is not bool and dashboard_calls_excel_access is not UNSET:
            dashboard_calls_excel_access = _v.bool_(dashboard_calls_excel_access, "dashboard_calls_excel_access")

        dashboard_calls_phones_access = _get("dashboard_calls_phones_access", UNSET)
        if type(dashboard_calls_phones_access) is not bool and dashboard_calls_phones_access is not UNSET:
            dashboard_calls_phones_access = _v.bool_(dashboard_calls_phones_access, "dashboard_calls_phones_access")

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
        _obj.dashboard_access = dashboard_access
        _obj.dash_access = dash_access
        _obj.dash_phones_access = dash_phones_access
        _obj.dash_records_access = dash_records_access
        _obj.dash_records_last_days_count = dash_records_last_days_count
        _obj.dash_records_excel_access = dash_records_excel_access
        _obj.dash_records_phones_access = dash_records_phones_access
        _obj.dash_message_access = dash_message_access
        _obj.dash_message_excel_access = dash_message_excel_access
        _obj.dash_message_phones_access = dash_message_phones_access
        _obj.dash_reviews_access = dash_reviews_access
        _obj.dash_reviews_delete_access = dash_reviews_delete_access
        _obj.dashboard_calls_access = dashboard_calls_access
        _obj.dashboard_calls_excel_access = dashboard_calls_excel_access
        _obj.dashboard_calls_phones_access = dashboard_calls_phones_access
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
