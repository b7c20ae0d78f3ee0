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
        "stat_access",
        "schedule_edit_access",
        "client_phones_access",
        "clients_access",
        "settings_access",
        "edit_records_access",
        "timetable_access",
        "billing_access",
        "users_access",
        "excel_access",
        "finances_access",
        "storages_access",
        "send_sms",
        "master_id",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        stat_access = _get("stat_access", UNSET)
        if type(stat_access) is not bool and stat_access is not UNSET:
            stat_access = _v.bool_(stat_access, "stat_access")

        schedule_edit_access = _get("schedule_edit_access", UNSET)
        if type(schedule_edit_access) is not bool and schedule_edit_access is not UNSET:
            schedule_edit_access = _v.bool_(schedule_edit_access, "schedule_edit_access")

        client_phones_access = _get("client_phones_access", UNSET)
        if type(client_phones_access) is not bool and client_phones_access is not UNSET:
            client_phones_access = _v.bool_(client_phones_access, "client_phones_access")

        clients_access = _get("clients_access", UNSET)
        if type(clients_access) is not bool and clients_access is not UNSET:
            clients_access = _v.bool_(clients_access, "clients_access")

        settings_access = _get("settings_access", UNSET)
        if type(settings_access) is not bool and settings_access is not UNSET:
            settings_access = _v.bool_(settings_access, "settings_access")

        edit_records_access = _get("edit_records_access", UNSET)
        if type(edit_records_access) is not bool and edit_records_access is not UNSET:
            edit_records_access = _v.bool_(edit_records_access, "edit_records_access")

        timetable_access = _get("timetable_access", UNSET)
        if type(timetable_access) is not bool and timetable_access is not UNSET:
            timetable_access = _v.bool_(timetable_access, "timetable_access")

        billing_access = _get("billing_access", UNSET)
        if type(billing_access) is not bool and billing_access is not UNSET:
            billing_access = _v.bool_(billing_access, "billing_access")

        users_access = _get("users_access", UNSET)
        if type(users_access) is not bool and users_access is not UNSET:
            users_access = _v.bool_(users_access, "users_access")

        excel_access = _get("excel_access", UNSET)
        if type(excel_access) is not bool and excel_access is not UNSET:
            excel_access = _v.bool_(excel_access, "excel_access")

        finances_access = _get("finances_access", UNSET)
        if type(finances_access) is not bool and finances_access is not UNSET:
            finances_access = _v.bool_(finances_access, "finances_access")

        storages_access = _get("storages_access", UNSET)
        if type(storages_access) is not bool and storages_access is not UNSET:
            storages_access = _v.bool_(storages_access, "storages_access")

        send_sms = _get("send_sms", UNSET)
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _v.bool_(send_sms, "send_sms")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        _obj = cls.__new__(cls)
        _obj.stat_access = stat_access
        _obj.schedule_edit_access = schedule_edit_access
        _obj.client_phones_access = client_phones_access
        _obj.clients_access = clients_access
        _obj.settings_access = settings_access
        _obj.edit_records_access = edit_records_access
        _obj.timetable_access = timetable_access
        _obj.billing_access = billing_access
        _obj.users_access = users_access
        _obj.excel_access = excel_access
        _obj.finances_access = finances_access
        _obj.storages_access = storages_access
        _obj.send_sms = send_sms
        _obj.master_id = master_id

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
