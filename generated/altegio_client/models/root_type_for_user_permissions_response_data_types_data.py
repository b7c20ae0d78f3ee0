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

        d = dict(src_dict)
        _timetable = d.pop("timetable", UNSET)
        timetable: RootTypeForUserPermissionsResponseDataTypesDataTimetable | Unset
        if isinstance(_timetable, Unset):
            timetable = UNSET
        else:
            timetable = RootTypeForUserPermissionsResponseDataTypesDataTimetable.from_dict(_timetable)

        _record_form = d.pop("record_form", UNSET)
        record_form: RootTypeForUserPermissionsResponseDataTypesDataRecordForm | Unset
        if isinstance(_record_form, Unset):
            record_form = UNSET
        else:
            record_form = RootTypeForUserPermissionsResponseDataTypesDataRecordForm.from_dict(_record_form)

        _finances = d.pop("finances", UNSET)
        finances: RootTypeForUserPermissionsResponseDataTypesDataFinances | Unset
        if isinstance(_finances, Unset):
            finances = UNSET
        else:
            finances = RootTypeForUserPermissionsResponseDataTypesDataFinances.from_dict(_finances)

        _clients = d.pop("clients", UNSET)
        clients: RootTypeForUserPermissionsResponseDataTypesDataClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = RootTypeForUserPermissionsResponseDataTypesDataClients.from_dict(_clients)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: RootTypeForUserPermissionsResponseDataTypesDataDashboard | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = RootTypeForUserPermissionsResponseDataTypesDataDashboard.from_dict(_dashboard)

        _notification = d.pop("notification", UNSET)
        notification: RootTypeForUserPermissionsResponseDataTypesDataNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = RootTypeForUserPermissionsResponseDataTypesDataNotification.from_dict(_notification)

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: RootTypeForUserPermissionsResponseDataTypesDataLoyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = RootTypeForUserPermissionsResponseDataTypesDataLoyalty.from_dict(_loyalty)

        _storages = d.pop("storages", UNSET)
        storages: RootTypeForUserPermissionsResponseDataTypesDataStorages | Unset
        if isinstance(_storages, Unset):
            storages = UNSET
        else:
            storages = RootTypeForUserPermissionsResponseDataTypesDataStorages.from_dict(_storages)

        _settings = d.pop("settings", UNSET)
        settings: RootTypeForUserPermissionsResponseDataTypesDataSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = RootTypeForUserPermissionsResponseDataTypesDataSettings.from_dict(_settings)

        _security = d.pop("security", UNSET)
        security: RootTypeForUserPermissionsResponseDataTypesDataSecurity | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = RootTypeForUserPermissionsResponseDataTypesDataSecurity.from_dict(_security)

        _comers = d.pop("comers", UNSET)
        comers: RootTypeForUserPermissionsResponseDataTypesDataComers | Unset
        if isinstance(_comers, Unset):
            comers = UNSET
        else:
            comers = RootTypeForUserPermissionsResponseDataTypesDataComers.from_dict(_comers)

        _other = d.pop("other", UNSET)
        other: RootTypeForUserPermissionsResponseDataTypesDataOther | Unset
        if isinstance(_other, Unset):
            other = UNSET
        else:
            other = RootTypeForUserPermissionsResponseDataTypesDataOther.from_dict(_other)

        _online_record = d.pop("online_record", UNSET)
        online_record: RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord | Unset
        if isinstance(_online_record, Unset):
            online_record = UNSET
        else:
            online_record = RootTypeForUserPermissionsResponseDataTypesDataOnlineRecord.from_dict(_online_record)

        security_access = d.pop("security_access", UNSET)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        root_type_for_user_permissions_response_data_types_data = cls(
            timetable=timetable,
            record_form=record_form,
            finances=finances,
            clients=clients,
            dashboard=dashboard,
            notification=notification,
            loyalty=loyalty,
            storages=storages,
            settings=settings,
            security=security,
            comers=comers,
            other=other,
            online_record=online_record,
            security_access=security_access,
            security_2fa_access=security_2fa_access,
            security_data_changes_access=security_data_changes_access,
            security_employee_changes_access=security_employee_changes_access,
            security_export_import_access=security_export_import_access,
            security_logins_access=security_logins_access,
        )

        root_type_for_user_permissions_response_data_types_data.additional_properties = d
        return root_type_for_user_permissions_response_data_types_data

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
