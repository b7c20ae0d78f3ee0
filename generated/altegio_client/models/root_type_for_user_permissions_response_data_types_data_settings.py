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
        "settings_access",
        "settings_basis_access",
        "settings_information_access",
        "users_access",
        "delete_users_access",
        "create_users_access",
        "edit_users_access",
        "limited_users_access",
        "settings_services_access",
        "settings_services_create_access",
        "services_edit",
        "settings_services_edit_title_access",
        "settings_services_relation_category_access",
        "settings_services_edit_price_access",
        "settings_services_edit_image_access",
        "settings_services_edit_online_seance_date_time_access",
        "settings_services_edit_online_pay_access",
        "settings_services_edit_services_related_resource_access",
        "settings_positions_read",
        "settings_positions_create",
        "settings_positions_delete",
        "edit_master_service_and_duration",
        "tech_card_edit",
        "services_delete",
        "settings_master_access",
        "master_create",
        "master_edit",
        "master_delete",
        "settings_master_dismiss_access",
        "schedule_edit",
        "settings_notifications_access",
        "settings_email_notifications_access",
        "settings_template_notifications_access",
        "webhook_read_access",
        "settings_clients_labels_access",
        "settings_close_docs_access",
        "settings_user_notifications_access",
        "is_salon_tips_manager",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataSettings")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataSettings:
    """Settings section"""

    settings_access: bool | Unset = UNSET
    """ Access to settings section: true - allowed, false - denied """
    settings_basis_access: bool | Unset = UNSET
    """ Access to General section: true - allowed, false - denied """
    settings_information_access: bool | Unset = UNSET
    """ Access to Information section: true - allowed, false - denied """
    users_access: bool | Unset = UNSET
    """ Access to user management: true - allowed, false - denied """
    delete_users_access: bool | Unset = UNSET
    """ Permission to delete users: true - allowed, false - denied """
    create_users_access: bool | Unset = UNSET
    """ Permission to add users: true - allowed, false - denied """
    edit_users_access: bool | Unset = UNSET
    """ Access to user rights management: true - allowed, false - denied """
    limited_users_access: bool | Unset = UNSET
    """ Access to rights management within its own set of rights: true - allowed, false - denied """
    settings_services_access: bool | Unset = UNSET
    """ Access to Services section: true - allowed, false - denied """
    settings_services_create_access: bool | Unset = UNSET
    """ Permission to create services: true - allowed, false - denied """
    services_edit: bool | Unset = UNSET
    """ Permission for editing services: true - allowed, false - denied """
    settings_services_edit_title_access: bool | Unset = UNSET
    """ Access to service names and a name for online booking: true - allowed, false - denied """
    settings_services_relation_category_access: bool | Unset = UNSET
    """ Access to service categories: true - allowed, false - denied """
    settings_services_edit_price_access: bool | Unset = UNSET
    """ Access to service prices: true - allowed, false - denied """
    settings_services_edit_image_access: bool | Unset = UNSET
    """ Access to image uploads and changes: true - allowed, false - denied """
    settings_services_edit_online_seance_date_time_access: bool | Unset = UNSET
    """ Permission for displaying services in the widget: true - allowed, false - denied """
    settings_services_edit_online_pay_access: bool | Unset = UNSET
    """ Access to online payment for the service: true - allowed, false - denied """
    settings_services_edit_services_related_resource_access: bool | Unset = UNSET
    """ Access to service resources: true - allowed, false - denied """
    settings_positions_read: bool | Unset = UNSET
    """ Access to position section: true - allowed, false - denied """
    settings_positions_create: bool | Unset = UNSET
    """ Permission to create posts: true - allowed, false - denied """
    settings_positions_delete: bool | Unset = UNSET
    """ Permission to delete posts: true - allowed, false - denied """
    edit_master_service_and_duration: bool | Unset = UNSET
    """ Permission to change team member services and their duration: true - allowed, false - denied """
    tech_card_edit: bool | Unset = UNSET
    """ Permission to change the technological map: true - allowed, false - denied """
    services_delete: bool | Unset = UNSET
    """ Permission to delete services: true - allowed, false - denied """
    settings_master_access: bool | Unset = UNSET
    """ Access to team members section: true - allowed, false - denied """
    master_create: bool | Unset = UNSET
    """ Permission to create team members: true - allowed, false - denied """
    master_edit: bool | Unset = UNSET
    """ Permission to edit team members: true - allowed, false - denied """
    master_delete: bool | Unset = UNSET
    """ Permission to delete team members: true - allowed, false - denied """
    settings_master_dismiss_access: bool | Unset = UNSET
    """ Permission to dismiss team members: true - allowed, false - denied """
    schedule_edit: bool | Unset = UNSET
    """ Permission for editing the work schedule: true - allowed, false - denied """
    settings_notifications_access: bool | Unset = UNSET
    """ Access to Sms notification section: true - allowed, false - denied """
    settings_email_notifications_access: bool | Unset = UNSET
    """ Access to Email notification section: true - allowed, false - denied """
    settings_template_notifications_access: bool | Unset = UNSET
    """ Access to Notification types section: true - allowed, false - denied """
    webhook_read_access: bool | Unset = UNSET
    """ Permission to change WebHook settings: true - allowed, false - denied """
    settings_clients_labels_access: bool | Unset = UNSET
    """ Access to client tags/labels settings: true - allowed, false - denied """
    settings_close_docs_access: bool | Unset = UNSET
    """ Permission to close documents: true - allowed, false - denied """
    settings_user_notifications_access: bool | Unset = UNSET
    """ Access to user notifications settings: true - allowed, false - denied """
    is_salon_tips_manager: bool | Unset = UNSET
    """ Whether the user manages tips: true - yes, false - no """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings_access = self.settings_access

        settings_basis_access = self.settings_basis_access

        settings_information_access = self.settings_information_access

        users_access = self.users_access

        delete_users_access = self.delete_users_access

        create_users_access = self.create_users_access

        edit_users_access = self.edit_users_access

        limited_users_access = self.limited_users_access

        settings_services_access = self.settings_services_access

        settings_services_create_access = self.settings_services_create_access

        services_edit = self.services_edit

        settings_services_edit_title_access = self.settings_services_edit_title_access

        settings_services_relation_category_access = self.settings_services_relation_category_access

        settings_services_edit_price_access = self.settings_services_edit_price_access

        settings_services_edit_image_access = self.settings_services_edit_image_access

        settings_services_edit_online_seance_date_time_access = (
            self.settings_services_edit_online_seance_date_time_access
        )

        settings_services_edit_online_pay_access = self.settings_services_edit_online_pay_access

        settings_services_edit_services_related_resource_access = (
            self.settings_services_edit_services_related_resource_access
        )

        settings_positions_read = self.settings_positions_read

        settings_positions_create = self.settings_positions_create

        settings_positions_delete = self.settings_positions_delete

        edit_master_service_and_duration = self.edit_master_service_and_duration

        tech_card_edit = self.tech_card_edit

        services_delete = self.services_delete

        settings_master_access = self.settings_master_access

        master_create = self.master_create

        master_edit = self.master_edit

        master_delete = self.master_delete

        settings_master_dismiss_access = self.settings_master_dismiss_access

        schedule_edit = self.schedule_edit

        settings_notifications_access = self.settings_notifications_access

        settings_email_notifications_access = self.settings_email_notifications_access

        settings_template_notifications_access = self.settings_template_notifications_access

        webhook_read_access = self.webhook_read_access

        settings_clients_labels_access = self.settings_clients_labels_access

        settings_close_docs_access = self.settings_close_docs_access

        settings_user_notifications_access = self.settings_user_notifications_access

        is_salon_tips_manager = self.is_salon_tips_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if settings_basis_access is not UNSET:
            field_dict["settings_basis_access"] = settings_basis_access
        if settings_information_access is not UNSET:
            field_dict["settings_information_access"] = settings_information_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access
        if delete_users_access is not UNSET:
            field_dict["delete_users_access"] = delete_users_access
        if create_users_access is not UNSET:
            field_dict["create_users_access"] = create_users_access
        if edit_users_access is not UNSET:
            field_dict["edit_users_access"] = edit_users_access
        if limited_users_access is not UNSET:
            field_dict["limited_users_access"] = limited_users_access
        if settings_services_access is not UNSET:
            field_dict["settings_services_access"] = settings_services_access
        if settings_services_create_access is not UNSET:
            field_dict["settings_services_create_access"] = settings_services_create_access
        if services_edit is not UNSET:
            field_dict["services_edit"] = services_edit
        if settings_services_edit_title_access is not UNSET:
            field_dict["settings_services_edit_title_access"] = settings_services_edit_title_access
        if settings_services_relation_category_access is not UNSET:
            field_dict["settings_services_relation_category_access"] = settings_services_relation_category_access
        if settings_services_edit_price_access is not UNSET:
            field_dict["settings_services_edit_price_access"] = settings_services_edit_price_access
        if settings_services_edit_image_access is not UNSET:
            field_dict["settings_services_edit_image_access"] = settings_services_edit_image_access
        if settings_services_edit_online_seance_date_time_access is not UNSET:
            field_dict["settings_services_edit_online_seance_date_time_access"] = (
                settings_services_edit_online_seance_date_time_access
            )
        if settings_services_edit_online_pay_access is not UNSET:
            field_dict["settings_services_edit_online_pay_access"] = settings_services_edit_online_pay_access
        if settings_services_edit_services_related_resource_access is not UNSET:
            field_dict["settings_services_edit_services_related_resource_access"] = (
                settings_services_edit_services_related_resource_access
            )
        if settings_positions_read is not UNSET:
            field_dict["settings_positions_read"] = settings_positions_read
        if settings_positions_create is not UNSET:
            field_dict["settings_positions_create"] = settings_positions_create
        if settings_positions_delete is not UNSET:
            field_dict["settings_positions_delete"] = settings_positions_delete
        if edit_master_service_and_duration is not UNSET:
            field_dict["edit_master_service_and_duration"] = edit_master_service_and_duration
        if tech_card_edit is not UNSET:
            field_dict["tech_card_edit"] = tech_card_edit
        if services_delete is not UNSET:
            field_dict["services_delete"] = services_delete
        if settings_master_access is not UNSET:
            field_dict["settings_master_access"] = settings_master_access
        if master_create is not UNSET:
            field_dict["master_create"] = master_create
        if master_edit is not UNSET:
            field_dict["master_edit"] = master_edit
        if master_delete is not UNSET:
            field_dict["master_delete"] = master_delete
        if settings_master_dismiss_access is not UNSET:
            field_dict["settings_master_dismiss_access"] = settings_master_dismiss_access
        if schedule_edit is not UNSET:
            field_dict["schedule_edit"] = schedule_edit
        if settings_notifications_access is not UNSET:
            field_dict["settings_notifications_access"] = settings_notifications_access
        if settings_email_notifications_access is not UNSET:
            field_dict["settings_email_notifications_access"] = settings_email_notifications_access
        if settings_template_notifications_access is not UNSET:
            field_dict["settings_template_notifications_access"] = settings_template_notifications_access
        if webhook_read_access is not UNSET:
            field_dict["webhook_read_access"] = webhook_read_access
        if settings_clients_labels_access is not UNSET:
            field_dict["settings_clients_labels_access"] = settings_clients_labels_access
        if settings_close_docs_access is not UNSET:
            field_dict["settings_close_docs_access"] = settings_close_docs_access
        if settings_user_notifications_access is not UNSET:
            field_dict["settings_user_notifications_access"] = settings_user_notifications_access
        if is_salon_tips_manager is not UNSET:
            field_dict["is_salon_tips_manager"] = is_salon_tips_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        settings_access = _get("settings_access", UNSET)
        if type(settings_access) is not bool and settings_access is not UNSET:
            settings_access = _v.bool_(settings_access, "settings_access")

        settings_basis_access = _get("settings_basis_access", UNSET)
        if type(settings_basis_access) is not bool and settings_basis_access is not UNSET:
            settings_basis_access = _v.bool_(settings_basis_access, "settings_basis_access")

        settings_information_access = _get("settings_information_access", UNSET)
        if type(settings_information_access) is not bool and settings_information_access is not UNSET:
            settings_information_access = _v.bool_(settings_information_access, "settings_information_access")

        users_access = _get("users_access", UNSET)
        if type(users_access) is not bool and users_access is not UNSET:
            users_access = _v.bool_(users_access, "users_access")

        delete_users_access = _get("delete_users_access", UNSET)
        if type(delete_users_access) is not bool and delete_users_access is not UNSET:
            delete_users_access = _v.bool_(delete_users_access, "delete_users_access")

        create_users_access = _get("create_users_access", UNSET)
        if type(create_users_access) is not bool and create_users_access is not UNSET:
            create_users_access = _v.bool_(create_users_access, "create_users_access")

        edit_users_access = _get("edit_users_access", UNSET)
        if type(edit_users_access) is not bool and edit_users_access is not UNSET:
            edit_users_access = _v.bool_(edit_users_access, "edit_users_access")

        limited_users_access = _get("limited_users_access", UNSET)
        if type(limited_users_access) is not bool and limited_users_access is not UNSET:
            limited_users_access = _v.bool_(limited_users_access, "limited_users_access")

        settings_services_access = _get("settings_services_access", UNSET)
        if type(settings_services_access) is not bool and settings_services_access is not UNSET:
            settings_services_access = _v.bool_(settings_services_access, "settings_services_access")

        settings_services_create_access = _get("settings_services_create_access", UNSET)
        if type(settings_services_create_access) is not bool and settings_services_create_access is not UNSET:
            settings_services_create_access = _v.bool_(
                settings_services_create_access, "settings_services_create_access"
            )

        services_edit = _get("services_edit", UNSET)
        if type(services_edit) is not bool and services_edit is not UNSET:
            services_edit = _v.bool_(services_edit, "services_edit")

        settings_services_edit_title_access = _get("settings_services_edit_title_access", UNSET)
        if type(settings_services_edit_title_access) is not bool and settings_services_edit_title_access is not UNSET:
            settings_services_edit_title_access = _v.bool_(
                settings_services_edit_title_access, "settings_services_edit_title_access"
            )

        settings_services_relation_category_access = _get("settings_services_relation_category_access", UNSET)
        if (
            type(settings_services_relation_category_access) is not bool
            and settings_services_relation_category_access is not UNSET
        ):
            settings_services_relation_category_access = _v.bool_(
                settings_services_relation_category_access, "settings_services_relation_category_access"
            )

        settings_services_edit_price_access = _get("settings_services_edit_price_access", UNSET)
        if type(settings_services_edit_price_access) is not bool and settings_services_edit_price_access is not UNSET:
            settings_services_edit_price_access = _v.bool_(
                settings_services_edit_price_access, "settings_services_edit_price_access"
            )

        settings_services_edit_image_access = _get("settings_services_edit_image_access", UNSET)
        if type(settings_services_edit_image_access) is not bool and settings_services_edit_image_access is not UNSET:
            settings_services_edit_image_access = _v.bool_(
                settings_services_edit_image_access, "settings_services_edit_image_access"
            )

        settings_services_edit_online_seance_date_time_access = _get(
            "settings_services_edit_online_seance_date_time_access", UNSET
        )
        if (
            type(settings_services_edit_online_seance_date_time_access) is not bool
            and settings_services_edit_online_seance_date_time_access is not UNSET
        ):
            settings_services_edit_online_seance_date_time_access = _v.bool_(
                settings_services_edit_online_seance_date_time_access,
                "settings_services_edit_online_seance_date_time_access",
            )

        settings_services_edit_online_pay_access = _get("settings_services_edit_online_pay_access", UNSET)
        if (
            type(settings_services_edit_online_pay_access) is not bool
            and settings_services_edit_online_pay_access is not UNSET
        ):
            settings_services_edit_online_pay_access = _v.bool_(
                settings_services_edit_online_pay_access, "settings_services_edit_online_pay_access"
            )

        settings_services_edit_services_related_resource_access = _get(
            "settings_services_edit_services_related_resource_access", UNSET
        )
        if (
            type(settings_services_edit_services_related_resource_access) is not bool
            and settings_services_edit_services_related_resource_access is not UNSET
        ):
            settings_services_edit_services_related_resource_access = _v.bool_(
                settings_services_edit_services_related_resource_access,
                "settings_services_edit_services_related_resource_access",
            )

        settings_positions_read = _get("settings_positions_read", UNSET)
        if type(settings_positions_read) is not bool and settings_positions_read is not UNSET:
            settings_positions_read = _v.bool_(settings_positions_read, "settings_positions_read")

        settings_positions_create = _get("settings_positions_create", UNSET)
        if type(settings_positions_create) is not bool and settings_positions_create is not UNSET:
            settings_positions_create = _v.bool_(settings_positions_create, "settings_positions_create")

        settings_positions_delete = _get("settings_positions_delete", UNSET)
        if type(settings_positions_delete) is not bool and settings_positions_delete is not UNSET:
            settings_positions_delete = _v.bool_(settings_positions_delete, "settings_positions_delete")

        edit_master_service_and_duration = _get("edit_master_service_and_duration", UNSET)
        if type(edit_master_service_and_duration) is not bool and edit_master_service_and_duration is not UNSET:
            edit_master_service_and_duration = _v.bool_(
                edit_master_service_and_duration, "edit_master_service_and_duration"
            )

        tech_card_edit = _get("tech_card_edit", UNSET)
        if type(tech_card_edit) is not bool and tech_card_edit is not UNSET:
            tech_card_edit = _v.bool_(tech_card_edit, "tech_card_edit")

        services_delete = _get("services_delete", UNSET)
        if type(services_delete) is not bool and services_delete is not UNSET:
            services_delete = _v.bool_(services_delete, "services_delete")

        settings_master_access = _get("settings_master_access", UNSET)
        if type(settings_master_access) is not bool and settings_master_access is not UNSET:
            settings_master_access = _v.bool_(settings_master_access, "settings_master_access")

        master_create = _get("master_create", UNSET)
        if type(master_create) is not bool and master_create is not UNSET:
            master_create = _v.bool_(master_create, "master_create")

        master_edit = _get("master_edit", UNSET)
        if type(master_edit) is not bool and master_edit is not UNSET:
            master_edit = _v.bool_(master_edit, "master_edit")

        master_delete = _get("master_delete", UNSET)
        if type(master_delete) is not bool and master_delete is not UNSET:
            master_delete = _v.bool_(master_delete, "master_delete")

        settings_master_dismiss_access = _get("settings_master_dismiss_access", UNSET)
        if type(settings_master_dismiss_access) is not bool and settings_master_dismiss_access is not UNSET:
            settings_master_dismiss_access = _v.bool_(settings_master_dismiss_access, "settings_master_dismiss_access")

        schedule_edit = _get("schedule_edit", UNSET)
        if type(schedule_edit) is not bool and schedule_edit is not UNSET:
            schedule_edit = _v.bool_(schedule_edit, "schedule_edit")

        settings_notifications_access = _get("settings_notifications_access", UNSET)
        if type(settings_notifications_access) is not bool and settings_notifications_access is not UNSET:
            settings_notifications_access = _v.bool_(settings_notifications_access, "settings_notifications_access")

        settings_email_notifications_access = _get("settings_email_notifications_access", UNSET)
        if type(settings_email_notifications_access) is not bool and settings_email_notifications_access is not UNSET:
            settings_email_notifications_access = _v.bool_(
                settings_email_notifications_access, "settings_email_notifications_access"
            )

        settings_template_notifications_access = _get("settings_template_notifications_access", UNSET)
        if (
            type(settings_template_notifications_access) is not bool
            and settings_template_notifications_access is not UNSET
        ):
            settings_template_notifications_access = _v.bool_(
                settings_template_notifications_access, "settings_template_notifications_access"
            )

        webhook_read_access = _get("webhook_read_access", UNSET)
        if type(webhook_read_access) is not bool and webhook_read_access is not UNSET:
            webhook_read_access = _v.bool_(webhook_read_access, "webhook_read_access")

        settings_clients_labels_access = _get("settings_clients_labels_access", UNSET)
        if type(settings_clients_labels_access) is not bool and settings_clients_labels_access is not UNSET:
            settings_clients_labels_access = _v.bool_(settings_clients_labels_access, "settings_clients_labels_access")

        settings_close_docs_access = _get("settings_close_docs_access", UNSET)
        if type(settings_close_docs_access) is not bool and settings_close_docs_access is not UNSET:
            settings_close_docs_access = _v.bool_(settings_close_docs_access, "settings_close_docs_access")

        settings_user_notifications_access = _get("settings_user_notifications_access", UNSET)
        if type(settings_user_notifications_access) is not bool and settings_user_notifications_access is not UNSET:
            settings_user_notifications_access = _v.bool_(
                settings_user_notifications_access, "settings_user_notifications_access"
            )

        is_salon_tips_manager = _get("is_salon_tips_manager", UNSET)
        if type(is_salon_tips_manager) is not bool and is_salon_tips_manager is not UNSET:
            is_salon_tips_manager = _v.bool_(is_salon_tips_manager, "is_salon_tips_manager")

        _obj = cls.__new__(cls)
        _obj.settings_access = settings_access
        _obj.settings_basis_access = settings_basis_access
        _obj.settings_information_access = settings_information_access
        _obj.users_access = users_access
        _obj.delete_users_access = delete_users_access
        _obj.create_users_access = create_users_access
        _obj.edit_users_access = edit_users_access
        _obj.limited_users_access = limited_users_access
        _obj.settings_services_access = settings_services_access
        _obj.settings_services_create_access = settings_services_create_access
        _obj.services_edit = services_edit
        _obj.settings_services_edit_title_access = settings_services_edit_title_access
        _obj.settings_services_relation_category_access = settings_services_relation_category_access
        _obj.settings_services_edit_price_access = settings_services_edit_price_access
        _obj.settings_services_edit_image_access = settings_services_edit_image_access
        _obj.settings_services_edit_online_seance_date_time_access = (
            settings_services_edit_online_seance_date_time_access
        )
        _obj.settings_services_edit_online_pay_access = settings_services_edit_online_pay_access
        _obj.settings_services_edit_services_related_resource_access = (
            settings_services_edit_services_related_resource_access
        )
        _obj.settings_positions_read = settings_positions_read
        _obj.settings_positions_create = settings_positions_create
        _obj.settings_positions_delete = settings_positions_delete
        _obj.edit_master_service_and_duration = edit_master_service_and_duration
        _obj.tech_card_edit = tech_card_edit
        _obj.services_delete = services_delete
        _obj.settings_master_access = settings_master_access
        _obj.master_create = master_create
        _obj.master_edit = master_edit
        _obj.master_delete = master_delete
        _obj.settings_master_dismiss_access = settings_master_dismiss_access
        _obj.schedule_edit = schedule_edit
        _obj.settings_notifications_access = settings_notifications_access
        _obj.settings_email_notifications_access = settings_email_notifications_access
        _obj.settings_template_notifications_access = settings_template_notifications_access
        _obj.webhook_read_access = webhook_read_access
        _obj.settings_clients_labels_access = settings_clients_labels_access
        _obj.settings_close_docs_access = settings_close_docs_access
        _obj.settings_user_notifications_access = settings_user_notifications_access
        _obj.is_salon_tips_manager = is_salon_tips_manager

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
