from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess")


@_attrs_define
class RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess:
    """User's access rights to system modules"""

    stat_access: bool | Unset = UNSET
    """ Access to analytics: true - allowed, false - denied """
    schedule_edit_access: bool | Unset = UNSET
    """ Access to team member's work schedule in the log: true - allowed, false - denied """
    client_phones_access: bool | Unset = UNSET
    """ Access to phone numbers in the list of clients: true - allowed, false - denied """
    clients_access: bool | Unset = UNSET
    """ Access to client base: true - allowed, false - denied """
    settings_access: bool | Unset = UNSET
    """ Access to settings section: true - allowed, false - denied """
    edit_records_access: bool | Unset = UNSET
    """ Permission to change records: true - allowed, false - denied """
    timetable_access: bool | Unset = UNSET
    """ Access to appointment log: true - allowed, false - denied """
    billing_access: bool | Unset = UNSET
    """ Access to billing (balance menu section): true - allowed, false - denied """
    users_access: bool | Unset = UNSET
    """ Access to user management: true - allowed, false - denied """
    excel_access: bool | Unset = UNSET
    """ Access to exporting the client list to Excel: 1 yes, 0 no """
    finances_access: bool | Unset = UNSET
    """ Access to finances: true - allowed, false - denied """
    storages_access: bool | Unset = UNSET
    """ Access to inventory: true - allowed, false - denied """
    send_sms: bool | Unset = UNSET
    """ Access to SMS distribution to clients: true - allowed, false - denied """
    master_id: int | Unset = UNSET
    """ 0 when the user may see the schedule and records of every team member; otherwise only those of the team
    member with this ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_access = self.stat_access

        schedule_edit_access = self.schedule_edit_access

        client_phones_access = self.client_phones_access

        clients_access = self.clients_access

        settings_access = self.settings_access

        edit_records_access = self.edit_records_access

        timetable_access = self.timetable_access

        billing_access = self.billing_access

        users_access = self.users_access

        excel_access = self.excel_access

        finances_access = self.finances_access

        storages_access = self.storages_access

        send_sms = self.send_sms

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access
        if client_phones_access is not UNSET:
            field_dict["client_phones_access"] = client_phones_access
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if edit_records_access is not UNSET:
            field_dict["edit_records_access"] = edit_records_access
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access
        if excel_access is not UNSET:
            field_dict["excel_access"] = excel_access
        if finances_access is not UNSET:
            field_dict["finances_access"] = finances_access
        if storages_access is not UNSET:
            field_dict["storages_access"] = storages_access
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stat_access = d.pop("stat_access", UNSET)

        schedule_edit_access = d.pop("schedule_edit_access", UNSET)

        client_phones_access = d.pop("client_phones_access", UNSET)

        clients_access = d.pop("clients_access", UNSET)

        settings_access = d.pop("settings_access", UNSET)

        edit_records_access = d.pop("edit_records_access", UNSET)

        timetable_access = d.pop("timetable_access", UNSET)

        billing_access = d.pop("billing_access", UNSET)

        users_access = d.pop("users_access", UNSET)

        excel_access = d.pop("excel_access", UNSET)

        finances_access = d.pop("finances_access", UNSET)

        storages_access = d.pop("storages_access", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        master_id = d.pop("master_id", UNSET)

        root_type_for_company_users_deprecated_response_data_types_data_item_access = cls(
            stat_access=stat_access,
            schedule_edit_access=schedule_edit_access,
            client_phones_access=client_phones_access,
            clients_access=clients_access,
            settings_access=settings_access,
            edit_records_access=edit_records_access,
            timetable_access=timetable_access,
            billing_access=billing_access,
            users_access=users_access,
            excel_access=excel_access,
            finances_access=finances_access,
            storages_access=storages_access,
            send_sms=send_sms,
            master_id=master_id,
        )

        root_type_for_company_users_deprecated_response_data_types_data_item_access.additional_properties = d
        return root_type_for_company_users_deprecated_response_data_types_data_item_access

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
