from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_user_permissions_response_data_types_data_clients import (
        RootTypeForUserPermissionsResponseDataTypesDataClients,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_comers import (
        RootTypeForUserPermissionsResponseDataTypesDataComers,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_dashboard import (
        RootTypeForUserPermissionsResponseDataTypesDataDashboard,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_finances import (
        RootTypeForUserPermissionsResponseDataTypesDataFinances,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_loyalty import (
        RootTypeForUserPermissionsResponseDataTypesDataLoyalty,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_notification import (
        RootTypeForUserPermissionsResponseDataTypesDataNotification,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_online_record import (
        RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_other import (
        RootTypeForUserPermissionsResponseDataTypesDataOther,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_record_form import (
        RootTypeForUserPermissionsResponseDataTypesDataRecordForm,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_security import (
        RootTypeForUserPermissionsResponseDataTypesDataSecurity,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_settings import (
        RootTypeForUserPermissionsResponseDataTypesDataSettings,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_storages import (
        RootTypeForUserPermissionsResponseDataTypesDataStorages,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_timetable import (
        RootTypeForUserPermissionsResponseDataTypesDataTimetable,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_user_permissions_response_data_types_data_clients import (
        RootTypeForUserPermissionsResponseDataTypesDataClients,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_comers import (
        RootTypeForUserPermissionsResponseDataTypesDataComers,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_dashboard import (
        RootTypeForUserPermissionsResponseDataTypesDataDashboard,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_finances import (
        RootTypeForUserPermissionsResponseDataTypesDataFinances,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_loyalty import (
        RootTypeForUserPermissionsResponseDataTypesDataLoyalty,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_notification import (
        RootTypeForUserPermissionsResponseDataTypesDataNotification,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_online_record import (
        RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_other import (
        RootTypeForUserPermissionsResponseDataTypesDataOther,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_record_form import (
        RootTypeForUserPermissionsResponseDataTypesDataRecordForm,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_security import (
        RootTypeForUserPermissionsResponseDataTypesDataSecurity,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_settings import (
        RootTypeForUserPermissionsResponseDataTypesDataSettings,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_storages import (
        RootTypeForUserPermissionsResponseDataTypesDataStorages,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_timetable import (
        RootTypeForUserPermissionsResponseDataTypesDataTimetable,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForUserPermissionsResponseDataTypesDataClients,
        RootTypeForUserPermissionsResponseDataTypesDataComers,
        RootTypeForUserPermissionsResponseDataTypesDataDashboard,
        RootTypeForUserPermissionsResponseDataTypesDataFinances,
        RootTypeForUserPermissionsResponseDataTypesDataLoyalty,
        RootTypeForUserPermissionsResponseDataTypesDataNotification,
        RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord,
        RootTypeForUserPermissionsResponseDataTypesDataOther,
        RootTypeForUserPermissionsResponseDataTypesDataRecordForm,
        RootTypeForUserPermissionsResponseDataTypesDataSecurity,
        RootTypeForUserPermissionsResponseDataTypesDataSettings,
        RootTypeForUserPermissionsResponseDataTypesDataStorages,
        RootTypeForUserPermissionsResponseDataTypesDataTimetable,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "timetable",
        "record_form",
        "finances",
        "clients",
        "dashboard",
        "notification",
        "loyalty",
        "storages",
        "settings",
        "security",
        "comers",
        "other",
        "online_record",
        "security_access",
        "security_2fa_access",
        "security_data_changes_access",
        "security_employee_changes_access",
        "security_export_import_access",
        "security_logins_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesData")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesData:
    """Access rights categories"""

    timetable: RootTypeForUserPermissionsResponseDataTypesDataTimetable | Unset = UNSET
    """ History of the appointment """
    record_form: RootTypeForUserPermissionsResponseDataTypesDataRecordForm | Unset = UNSET
    """ Window for the appointment """
    finances: RootTypeForUserPermissionsResponseDataTypesDataFinances | Unset = UNSET
    """ Finance section """
    clients: RootTypeForUserPermissionsResponseDataTypesDataClients | Unset = UNSET
    """ Clients section """
    dashboard: RootTypeForUserPermissionsResponseDataTypesDataDashboard | Unset = UNSET
    """ Overview section """
    notification: RootTypeForUserPermissionsResponseDataTypesDataNotification | Unset = UNSET
    """ Settings for notifications """
    loyalty: RootTypeForUserPermissionsResponseDataTypesDataLoyalty | Unset = UNSET
    """ Loyalty section """
    storages: RootTypeForUserPermissionsResponseDataTypesDataStorages | Unset = UNSET
    """ Inventory section """
    settings: RootTypeForUserPermissionsResponseDataTypesDataSettings | Unset = UNSET
    """ Settings section """
    security: RootTypeForUserPermissionsResponseDataTypesDataSecurity | Unset = UNSET
    """ Security section """
    comers: RootTypeForUserPermissionsResponseDataTypesDataComers | Unset = UNSET
    """ Visitors section """
    other: RootTypeForUserPermissionsResponseDataTypesDataOther | Unset = UNSET
    """ Access to analytics, billing and SMS mailings, and to restricting location access by IP address """
    online_record: RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord | Unset = UNSET
    """ Online Booking section """
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
        (
            _,
            RootTypeForUserPermissionsResponseDataTypesDataClients,
            RootTypeForUserPermissionsResponseDataTypesDataComers,
            RootTypeForUserPermissionsResponseDataTypesDataDashboard,
            RootTypeForUserPermissionsResponseDataTypesDataFinances,
            RootTypeForUserPermissionsResponseDataTypesDataLoyalty,
            RootTypeForUserPermissionsResponseDataTypesDataNotification,
            RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord,
            RootTypeForUserPermissionsResponseDataTypesDataOther,
            RootTypeForUserPermissionsResponseDataTypesDataRecordForm,
            RootTypeForUserPermissionsResponseDataTypesDataSecurity,
            RootTypeForUserPermissionsResponseDataTypesDataSettings,
            RootTypeForUserPermissionsResponseDataTypesDataStorages,
            RootTypeForUserPermissionsResponseDataTypesDataTimetable,
        ) = _LAZY or _lazy()
        timetable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timetable, Unset):
            timetable = self.timetable.to_dict()

        record_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_form, Unset):
            record_form = self.record_form.to_dict()

        finances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.finances, Unset):
            finances = self.finances.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        storages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storages, Unset):
            storages = self.storages.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        security: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.to_dict()

        comers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comers, Unset):
            comers = self.comers.to_dict()

        other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = self.other.to_dict()

        online_record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online_record, Unset):
            online_record = self.online_record.to_dict()

        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timetable is not UNSET:
            field_dict["timetable"] = timetable
        if record_form is not UNSET:
            field_dict["record_form"] = record_form
        if finances is not UNSET:
            field_dict["finances"] = finances
        if clients is not UNSET:
            field_dict["clients"] = clients
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if notification is not UNSET:
            field_dict["notification"] = notification
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if storages is not UNSET:
            field_dict["storages"] = storages
        if settings is not UNSET:
            field_dict["settings"] = settings
        if security is not UNSET:
            field_dict["security"] = security
        if comers is not UNSET:
            field_dict["comers"] = comers
        if other is not UNSET:
            field_dict["other"] = other
        if online_record is not UNSET:
            field_dict["online_record"] = online_record
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
        (
            _v,
            RootTypeForUserPermissionsResponseDataTypesDataClients,
            RootTypeForUserPermissionsResponseDataTypesDataComers,
            RootTypeForUserPermissionsResponseDataTypesDataDashboard,
            RootTypeForUserPermissionsResponseDataTypesDataFinances,
            RootTypeForUserPermissionsResponseDataTypesDataLoyalty,
            RootTypeForUserPermissionsResponseDataTypesDataNotification,
            RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord,
            RootTypeForUserPermissionsResponseDataTypesDataOther,
            RootTypeForUserPermissionsResponseDataTypesDataRecordForm,
            RootTypeForUserPermissionsResponseDataTypesDataSecurity,
            RootTypeForUserPermissionsResponseDataTypesDataSettings,
            RootTypeForUserPermissionsResponseDataTypesDataStorages,
            RootTypeForUserPermissionsResponseDataTypesDataTimetable,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _timetable = _get("timetable", UNSET)
        if _timetable is UNSET:
            timetable = UNSET
        else:
            try:
                timetable = RootTypeForUserPermissionsResponseDataTypesDataTimetable.from_dict(_timetable)
            except _v.Invalid as _e:
                raise _v.at(_e, "timetable") from None

        _record_form = _get("record_form", UNSET)
        if _record_form is UNSET:
            record_form = UNSET
        else:
            try:
                record_form = RootTypeForUserPermissionsResponseDataTypesDataRecordForm.from_dict(_record_form)
            except _v.Invalid as _e:
                raise _v.at(_e, "record_form") from None

        _finances = _get("finances", UNSET)
        if _finances is UNSET:
            finances = UNSET
        else:
            try:
                finances = RootTypeForUserPermissionsResponseDataTypesDataFinances.from_dict(_finances)
            except _v.Invalid as _e:
                raise _v.at(_e, "finances") from None

        _clients = _get("clients", UNSET)
        if _clients is UNSET:
            clients = UNSET
        else:
            try:
                clients = RootTypeForUserPermissionsResponseDataTypesDataClients.from_dict(_clients)
            except _v.Invalid as _e:
                raise _v.at(_e, "clients") from None

        _dashboard = _get("dashboard", UNSET)
        if _dashboard is UNSET:
            dashboard = UNSET
        else:
            try:
                dashboard = RootTypeForUserPermissionsResponseDataTypesDataDashboard.from_dict(_dashboard)
            except _v.Invalid as _e:
                raise _v.at(_e, "dashboard") from None

        _notification = _get("notification", UNSET)
        if _notification is UNSET:
            notification = UNSET
        else:
            try:
                notification = RootTypeForUserPermissionsResponseDataTypesDataNotification.from_dict(_notification)
            except _v.Invalid as _e:
                raise _v.at(_e, "notification") from None

        _loyalty = _get("loyalty", UNSET)
        if _loyalty is UNSET:
            loyalty = UNSET
        else:
            try:
                loyalty = RootTypeForUserPermissionsResponseDataTypesDataLoyalty.from_dict(_loyalty)
            except _v.Invalid as _e:
                raise _v.at(_e, "loyalty") from None

        _storages = _get("storages", UNSET)
        if _storages is UNSET:
            storages = UNSET
        else:
            try:
                storages = RootTypeForUserPermissionsResponseDataTypesDataStorages.from_dict(_storages)
            except _v.Invalid as _e:
                raise _v.at(_e, "storages") from None

        _settings = _get("settings", UNSET)
        if _settings is UNSET:
            settings = UNSET
        else:
            try:
                settings = RootTypeForUserPermissionsResponseDataTypesDataSettings.from_dict(_settings)
            except _v.Invalid as _e:
                raise _v.at(_e, "settings") from None

        _security = _get("security", UNSET)
        if _security is UNSET:
            security = UNSET
        else:
            try:
                security = RootTypeForUserPermissionsResponseDataTypesDataSecurity.from_dict(_security)
            except _v.Invalid as _e:
                raise _v.at(_e, "security") from None

        _comers = _get("comers", UNSET)
        if _comers is UNSET:
            comers = UNSET
        else:
            try:
                comers = RootTypeForUserPermissionsResponseDataTypesDataComers.from_dict(_comers)
            except _v.Invalid as _e:
                raise _v.at(_e, "comers") from None

        _other = _get("other", UNSET)
        if _other is UNSET:
            other = UNSET
        else:
            try:
                other = RootTypeForUserPermissionsResponseDataTypesDataOther.from_dict(_other)
            except _v.Invalid as _e:
                raise _v.at(_e, "other") from None

        _online_record = _get("online_record", UNSET)
        if _online_record is UNSET:
            online_record = UNSET
        else:
            try:
                online_record = RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord.from_dict(_online_record)
            except _v.Invalid as _e:
                raise _v.at(_e, "online_record") from None

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
        _obj.timetable = timetable
        _obj.record_form = record_form
        _obj.finances = finances
        _obj.clients = clients
        _obj.dashboard = dashboard
        _obj.notification = notification
        _obj.loyalty = loyalty
        _obj.storages = storages
        _obj.settings = settings
        _obj.security = security
        _obj.comers = comers
        _obj.other = other
        _obj.online_record = online_record
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
