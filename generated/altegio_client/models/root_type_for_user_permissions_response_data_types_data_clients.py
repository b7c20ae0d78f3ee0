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
        "clients_access",
        "client_phones_access",
        "clients_phones_email_access",
        "clients_card_phone_access",
        "clients_delete_access",
        "clients_excel_access",
        "excel_access",
        "client_comments_list_access",
        "client_comments_add_access",
        "client_comments_own_edit_access",
        "client_comments_other_edit_access",
        "client_files_list_access",
        "client_files_upload_access",
        "client_files_delete_access",
        "clients_visit_master_id",
        "get_visit_master_id",
        "clients_phones_access",
        "clients_edit_access",
        "clients_deposits_access",
        "clients_deposits_create_access",
        "clients_deposits_history_access",
        "clients_deposits_topup_access",
        "clients_loyalty_read_access",
        "clients_loyalty_settings_access",
        "clients_card_comment_access",
        "clients_card_comment_edit_access",
        "clients_surname_middle_name_access",
        "clients_surname_patronymic_access",
        "clients_surname_middle_name_edit_access",
        "clients_surname_patronymic_edit_access",
        "clients_show_attendance_history_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataClients")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataClients:
    """Clients section"""

    clients_access: bool | Unset = UNSET
    """ Access to client base: true - allowed, false - denied """
    client_phones_access: bool | Unset = UNSET
    """ Access to phone numbers in the list of clients: true - allowed, false - denied """
    clients_phones_email_access: bool | Unset = UNSET
    """ Access to phone numbers and emails in the list of clients: true - allowed, false - denied """
    clients_card_phone_access: bool | Unset = UNSET
    """ Access to phones in the client card: true - allowed, false - denied """
    clients_delete_access: bool | Unset = UNSET
    """ Permission to delete clients: true - allowed, false - denied """
    clients_excel_access: bool | Unset = UNSET
    """ Permission for exporting the list of clients to Excel: true - allowed, false - denied """
    excel_access: bool | Unset = UNSET
    """ Access to exporting the client list to Excel: 1 yes, 0 no """
    client_comments_list_access: bool | Unset = UNSET
    """ Permission to view comments: true - allowed, false - denied """
    client_comments_add_access: bool | Unset = UNSET
    """ Permission to add comments: true - allowed, false - denied """
    client_comments_own_edit_access: bool | Unset = UNSET
    """ Permission to change or delete one's own comments: true - allowed, false - denied """
    client_comments_other_edit_access: bool | Unset = UNSET
    """ Permission to change/delete other people's comments: true - allowed, false - denied """
    client_files_list_access: bool | Unset = UNSET
    """ Permission to view and download files: true - allowed, false - denied """
    client_files_upload_access: bool | Unset = UNSET
    """ Permission to upload files: true - allowed, false - denied """
    client_files_delete_access: bool | Unset = UNSET
    """ Permission to delete files: true - allowed, false - denied """
    clients_visit_master_id: int | Unset = UNSET
    """ ID of a team member: only clients who visited this team member are visible; 0 - no restriction """
    get_visit_master_id: int | Unset = UNSET
    """ ID of a team member: only clients who visited this team member are visible; 0 - no restriction """
    clients_phones_access: bool | Unset = UNSET
    """ Access to client phones: true - allowed, false - denied """
    clients_edit_access: bool | Unset = UNSET
    """ Permission to edit clients: true - allowed, false - denied """
    clients_deposits_access: bool | Unset = UNSET
    """ Access to client accounts: true - allowed, false - denied """
    clients_deposits_create_access: bool | Unset = UNSET
    """ Permission to create client accounts: true - allowed, false - denied """
    clients_deposits_history_access: bool | Unset = UNSET
    """ Access to client account history: true - allowed, false - denied """
    clients_deposits_topup_access: bool | Unset = UNSET
    """ Permission to top up client accounts: true - allowed, false - denied """
    clients_loyalty_read_access: bool | Unset = UNSET
    """ Permission to read client loyalty data: true - allowed, false - denied """
    clients_loyalty_settings_access: bool | Unset = UNSET
    """ Access to client loyalty settings: true - allowed, false - denied """
    clients_card_comment_access: bool | Unset = UNSET
    """ Permission to view client card comments: true - allowed, false - denied """
    clients_card_comment_edit_access: bool | Unset = UNSET
    """ Permission to edit client card comments: true - allowed, false - denied """
    clients_surname_middle_name_access: bool | Unset = UNSET
    """ Permission to view client surname and middle_name: true - allowed, false - denied """
    clients_surname_patronymic_access: bool | Unset = UNSET
    """ Permission to view client surname and legacy middle-name field: true - allowed, false - denied """
    clients_surname_middle_name_edit_access: bool | Unset = UNSET
    """ Permission to edit client surname and middle_name: true - allowed, false - denied """
    clients_surname_patronymic_edit_access: bool | Unset = UNSET
    """ Permission to edit client surname and legacy middle-name field: true - allowed, false - denied """
    clients_show_attendance_history_access: bool | Unset = UNSET
    """ Permission to show client attendance history: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clients_access = self.clients_access

        client_phones_access = self.client_phones_access

        clients_phones_email_access = self.clients_phones_email_access

        clients_card_phone_access = self.clients_card_phone_access

        clients_delete_access = self.clients_delete_access

        clients_excel_access = self.clients_excel_access

        excel_access = self.excel_access

        client_comments_list_access = self.client_comments_list_access

        client_comments_add_access = self.client_comments_add_access

        client_comments_own_edit_access = self.client_comments_own_edit_access

        client_comments_other_edit_access = self.client_comments_other_edit_access

        client_files_list_access = self.client_files_list_access

        client_files_upload_access = self.client_files_upload_access

        client_files_delete_access = self.client_files_delete_access

        clients_visit_master_id = self.clients_visit_master_id

        get_visit_master_id = self.get_visit_master_id

        clients_phones_access = self.clients_phones_access

        clients_edit_access = self.clients_edit_access

        clients_deposits_access = self.clients_deposits_access

        clients_deposits_create_access = self.clients_deposits_create_access

        clients_deposits_history_access = self.clients_deposits_history_access

        clients_deposits_topup_access = self.clients_deposits_topup_access

        clients_loyalty_read_access = self.clients_loyalty_read_access

        clients_loyalty_settings_access = self.clients_loyalty_settings_access

        clients_card_comment_access = self.clients_card_comment_access

        clients_card_comment_edit_access = self.clients_card_comment_edit_access

        clients_surname_middle_name_access = self.clients_surname_middle_name_access

        clients_surname_patronymic_access = self.clients_surname_patronymic_access

        clients_surname_middle_name_edit_access = self.clients_surname_middle_name_edit_access

        clients_surname_patronymic_edit_access = self.clients_surname_patronymic_edit_access

        clients_show_attendance_history_access = self.clients_show_attendance_history_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if client_phones_access is not UNSET:
            field_dict["client_phones_access"] = client_phones_access
        if clients_phones_email_access is not UNSET:
            field_dict["clients_phones_email_access"] = clients_phones_email_access
        if clients_card_phone_access is not UNSET:
            field_dict["clients_card_phone_access"] = clients_card_phone_access
        if clients_delete_access is not UNSET:
            field_dict["clients_delete_access"] = clients_delete_access
        if clients_excel_access is not UNSET:
            field_dict["clients_excel_access"] = clients_excel_access
        if excel_access is not UNSET:
            field_dict["excel_access"] = excel_access
        if client_comments_list_access is not UNSET:
            field_dict["client_comments_list_access"] = client_comments_list_access
        if client_comments_add_access is not UNSET:
            field_dict["client_comments_add_access"] = client_comments_add_access
        if client_comments_own_edit_access is not UNSET:
            field_dict["client_comments_own_edit_access"] = client_comments_own_edit_access
        if client_comments_other_edit_access is not UNSET:
            field_dict["client_comments_other_edit_access"] = client_comments_other_edit_access
        if client_files_list_access is not UNSET:
            field_dict["client_files_list_access"] = client_files_list_access
        if client_files_upload_access is not UNSET:
            field_dict["client_files_upload_access"] = client_files_upload_access
        if client_files_delete_access is not UNSET:
            field_dict["client_files_delete_access"] = client_files_delete_access
        if clients_visit_master_id is not UNSET:
            field_dict["clients_visit_master_id"] = clients_visit_master_id
        if get_visit_master_id is not UNSET:
            field_dict["get_visit_master_id"] = get_visit_master_id
        if clients_phones_access is not UNSET:
            field_dict["clients_phones_access"] = clients_phones_access
        if clients_edit_access is not UNSET:
            field_dict["clients_edit_access"] = clients_edit_access
        if clients_deposits_access is not UNSET:
            field_dict["clients_deposits_access"] = clients_deposits_access
        if clients_deposits_create_access is not UNSET:
            field_dict["clients_deposits_create_access"] = clients_deposits_create_access
        if clients_deposits_history_access is not UNSET:
            field_dict["clients_deposits_history_access"] = clients_deposits_history_access
        if clients_deposits_topup_access is not UNSET:
            field_dict["clients_deposits_topup_access"] = clients_deposits_topup_access
        if clients_loyalty_read_access is not UNSET:
            field_dict["clients_loyalty_read_access"] = clients_loyalty_read_access
        if clients_loyalty_settings_access is not UNSET:
            field_dict["clients_loyalty_settings_access"] = clients_loyalty_settings_access
        if clients_card_comment_access is not UNSET:
            field_dict["clients_card_comment_access"] = clients_card_comment_access
        if clients_card_comment_edit_access is not UNSET:
            field_dict["clients_card_comment_edit_access"] = clients_card_comment_edit_access
        if clients_surname_middle_name_access is not UNSET:
            field_dict["clients_surname_middle_name_access"] = clients_surname_middle_name_access
        if clients_surname_patronymic_access is not UNSET:
            field_dict["clients_surname_patronymic_access"] = clients_surname_patronymic_access
        if clients_surname_middle_name_edit_access is not UNSET:
            field_dict["clients_surname_middle_name_edit_access"] = clients_surname_middle_name_edit_access
        if clients_surname_patronymic_edit_access is not UNSET:
            field_dict["clients_surname_patronymic_edit_access"] = clients_surname_patronymic_edit_access
        if clients_show_attendance_history_access is not UNSET:
            field_dict["clients_show_attendance_history_access"] = clients_show_attendance_history_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        clients_access = _get("clients_access", UNSET)
        if type(clients_access) is not bool and clients_access is not UNSET:
            clients_access = _v.bool_(clients_access, "clients_access")

        client_phones_access = _get("client_phones_access", UNSET)
        if type(client_phones_access) is not bool and client_phones_access is not UNSET:
            client_phones_access = _v.bool_(client_phones_access, "client_phones_access")

        clients_phones_email_access = _get("clients_phones_email_access", UNSET)
        if type(clients_phones_email_access) is not bool and clients_phones_email_access is not UNSET:
            clients_phones_email_access = _v.bool_(clients_phones_email_access, "clients_phones_email_access")

        clients_card_phone_access = _get("clients_card_phone_access", UNSET)
        if type(clients_card_phone_access) is not bool and clients_card_phone_access is not UNSET:
            clients_card_phone_access = _v.bool_(clients_card_phone_access, "clients_card_phone_access")

        clients_delete_access = _get("clients_delete_access", UNSET)
        if type(clients_delete_access) is not bool and clients_delete_access is not UNSET:
            clients_delete_access = _v.bool_(clients_delete_access, "clients_delete_access")

        clients_excel_access = _get("clients_excel_access", UNSET)
        if type(clients_excel_access) is not bool and clients_excel_access is not UNSET:
            clients_excel_access = _v.bool_(clients_excel_access, "clients_excel_access")

        excel_access = _get("excel_access", UNSET)
        if type(excel_access) is not bool and excel_access is not UNSET:
            excel_access = _v.bool_(excel_access, "excel_access")

        client_comments_list_access = _get("client_comments_list_access", UNSET)
        if type(client_comments_list_access) is not bool and client_comments_list_access is not UNSET:
            client_comments_list_access = _v.bool_(client_comments_list_access, "client_comments_list_access")

        client_comments_add_access = _get("client_comments_add_access", UNSET)
        if type(client_comments_add_access) is not bool and client_comments_add_access is not UNSET:
            client_comments_add_access = _v.bool_(client_comments_add_access, "client_comments_add_access")

        client_comments_own_edit_access = _get("client_comments_own_edit_access", UNSET)
        if type(client_comments_own_edit_access) is not bool and client_comments_own_edit_access is not UNSET:
            client_comments_own_edit_access = _v.bool_(
                client_comments_own_edit_access, "client_comments_own_edit_access"
            )

        client_comments_other_edit_access = _get("client_comments_other_edit_access", UNSET)
        if type(client_comments_other_edit_access) is not bool and client_comments_other_edit_access is not UNSET:
            client_comments_other_edit_access = _v.bool_(
                client_comments_other_edit_access, "client_comments_other_edit_access"
            )

        client_files_list_access = _get("client_files_list_access", UNSET)
        if type(client_files_list_access) is not bool and client_files_list_access is not UNSET:
            client_files_list_access = _v.bool_(client_files_list_access, "client_files_list_access")

        client_files_upload_access = _get("client_files_upload_access", UNSET)
        if type(client_files_upload_access) is not bool and client_files_upload_access is not UNSET:
            client_files_upload_access = _v.bool_(client_files_upload_access, "client_files_upload_access")

        client_files_delete_access = _get("client_files_delete_access", UNSET)
        if type(client_files_delete_access) is not bool and client_files_delete_access is not UNSET:
            client_files_delete_access = _v.bool_(client_files_delete_access, "client_files_delete_access")

        clients_visit_master_id = _get("clients_visit_master_id", UNSET)
        if type(clients_visit_master_id) is not int and clients_visit_master_id is not UNSET:
            clients_visit_master_id = _v.int_(clients_visit_master_id, "clients_visit_master_id")

        get_visit_master_id = _get("get_visit_master_id", UNSET)
        if type(get_visit_master_id) is not int and get_visit_master_id is not UNSET:
            get_visit_master_id = _v.int_(get_visit_master_id, "get_visit_master_id")

        clients_phones_access = _get("clients_phones_access", UNSET)
        if type(clients_phones_access) is not bool and clients_phones_access is not UNSET:
            clients_phones_access = _v.bool_(clients_phones_access, "clients_phones_access")

        clients_edit_access = _get("clients_edit_access", UNSET)
        if type(clients_edit_access) is not bool and clients_edit_access is not UNSET:
            clients_edit_access = _v.bool_(clients_edit_access, "clients_edit_access")

        clients_deposits_access = _get("clients_deposits_access", UNSET)
        if type(clients_deposits_access) is not bool and clients_deposits_access is not UNSET:
            clients_deposits_access = _v.bool_(clients_deposits_access, "clients_deposits_access")

        clients_deposits_create_access = _get("clients_deposits_create_access", UNSET)
        if type(clients_deposits_create_access) is not bool and clients_deposits_create_access is not UNSET:
            clients_deposits_create_access = _v.bool_(clients_deposits_create_access, "clients_deposits_create_access")

        clients_deposits_history_access = _get("clients_deposits_history_access", UNSET)
        if type(clients_deposits_history_access) is not bool and clients_deposits_history_access is not UNSET:
            clients_deposits_history_access = _v.bool_(
                clients_deposits_history_access, "clients_deposits_history_access"
            )

        clients_deposits_topup_access = _get("clients_deposits_topup_access", UNSET)
        if type(clients_deposits_topup_access) is not bool and clients_deposits_topup_access is not UNSET:
            clients_deposits_topup_access = _v.bool_(clients_deposits_topup_access, "clients_deposits_topup_access")

        clients_loyalty_read_access = _get("clients_loyalty_read_access", UNSET)
        if type(clients_loyalty_read_access) is not bool and clients_loyalty_read_access is not UNSET:
            clients_loyalty_read_access = _v.bool_(clients_loyalty_read_access, "clients_loyalty_read_access")

        clients_loyalty_settings_access = _get("clients_loyalty_settings_access", UNSET)
        if type(clients_loyalty_settings_access) is not bool and clients_loyalty_settings_access is not UNSET:
            clients_loyalty_settings_access = _v.bool_(
                clients_loyalty_settings_access, "clients_loyalty_settings_access"
            )

        clients_card_comment_access = _get("clients_card_comment_access", UNSET)
        if type(clients_card_comment_access) is not bool and clients_card_comment_access is not UNSET:
            clients_card_comment_access = _v.bool_(clients_card_comment_access, "clients_card_comment_access")

        clients_card_comment_edit_access = _get("clients_card_comment_edit_access", UNSET)
        if type(clients_card_comment_edit_access) is not bool and clients_card_comment_edit_access is not UNSET:
            clients_card_comment_edit_access = _v.bool_(
                clients_card_comment_edit_access, "clients_card_comment_edit_access"
            )

        clients_surname_middle_name_access = _get("clients_surname_middle_name_access", UNSET)
        if type(clients_surname_middle_name_access) is not bool and clients_surname_middle_name_access is not UNSET:
            clients_surname_middle_name_access = _v.bool_(
                clients_surname_middle_name_access, "clients_surname_middle_name_access"
            )

        clients_surname_patronymic_access = _get("clients_surname_patronymic_access", UNSET)
        if type(clients_surname_patronymic_access) is not bool and clients_surname_patronymic_access is not UNSET:
            clients_surname_patronymic_access = _v.bool_(
                clients_surname_patronymic_access, "clients_surname_patronymic_access"
            )

        clients_surname_middle_name_edit_access = _get("clients_surname_middle_name_edit_access", UNSET)
        if (
            type(clients_surname_middle_name_edit_access) is not bool
            and clients_surname_middle_name_edit_access is not UNSET
        ):
            clients_surname_middle_name_edit_access = _v.bool_(
                clients_surname_middle_name_edit_access, "clients_surname_middle_name_edit_access"
            )

        clients_surname_patronymic_edit_access = _get("clients_surname_patronymic_edit_access", UNSET)
        if (
            type(clients_surname_patronymic_edit_access) is not bool
            and clients_surname_patronymic_edit_access is not UNSET
        ):
            clients_surname_patronymic_edit_access = _v.bool_(
                clients_surname_patronymic_edit_access, "clients_surname_patronymic_edit_access"
            )

        clients_show_attendance_history_access = _get("clients_show_attendance_history_access", UNSET)
        if (
            type(clients_show_attendance_history_access) is not bool
            and clients_show_attendance_history_access is not UNSET
        ):
            clients_show_attendance_history_access = _v.bool_(
                clients_show_attendance_history_access, "clients_show_attendance_history_access"
            )

        _obj = cls.__new__(cls)
        _obj.clients_access = clients_access
        _obj.client_phones_access = client_phones_access
        _obj.clients_phones_email_access = clients_phones_email_access
        _obj.clients_card_phone_access = clients_card_phone_access
        _obj.clients_delete_access = clients_delete_access
        _obj.clients_excel_access = clients_excel_access
        _obj.excel_access = excel_access
        _obj.client_comments_list_access = client_comments_list_access
        _obj.client_comments_add_access = client_comments_add_access
        _obj.client_comments_own_edit_access = client_comments_own_edit_access
        _obj.client_comments_other_edit_access = client_comments_other_edit_access
        _obj.client_files_list_access = client_files_list_access
        _obj.client_files_upload_access = client_files_upload_access
        _obj.client_files_delete_access = client_files_delete_access
        _obj.clients_visit_master_id = clients_visit_master_id
        _obj.get_visit_master_id = get_visit_master_id
        _obj.clients_phones_access = clients_phones_access
        _obj.clients_edit_access = clients_edit_access
        _obj.clients_deposits_access = clients_deposits_access
        _obj.clients_deposits_create_access = clients_deposits_create_access
        _obj.clients_deposits_history_access = clients_deposits_history_access
        _obj.clients_deposits_topup_access = clients_deposits_topup_access
        _obj.clients_loyalty_read_access = clients_loyalty_read_access
        _obj.clients_loyalty_settings_access = clients_loyalty_settings_access
        _obj.clients_card_comment_access = clients_card_comment_access
        _obj.clients_card_comment_edit_access = clients_card_comment_edit_access
        _obj.clients_surname_middle_name_access = clients_surname_middle_name_access
        _obj.clients_surname_patronymic_access = clients_surname_patronymic_access
        _obj.clients_surname_middle_name_edit_access = clients_surname_middle_name_edit_access
        _obj.clients_surname_patronymic_edit_access = clients_surname_patronymic_edit_access
        _obj.clients_show_attendance_history_access = clients_show_attendance_history_access

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
