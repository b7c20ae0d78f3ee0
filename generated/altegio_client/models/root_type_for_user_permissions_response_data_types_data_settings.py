from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        settings_access = d.pop("settings_access", UNSET)

        settings_basis_access = d.pop("settings_basis_access", UNSET)

        settings_information_access = d.pop("settings_information_access", UNSET)

        users_access = d.pop("users_access", UNSET)

        delete_users_access = d.pop("delete_users_access", UNSET)

        create_users_access = d.pop("create_users_access", UNSET)

        edit_users_access = d.pop("edit_users_access", UNSET)

        limited_users_access = d.pop("limited_users_access", UNSET)

        settings_services_access = d.pop("settings_services_access", UNSET)

        settings_services_create_access = d.pop("settings_services_create_access", UNSET)

        services_edit = d.pop("services_edit", UNSET)

        settings_services_edit_title_access = d.pop("settings_services_edit_title_access", UNSET)

        settings_services_relation_category_access = d.pop("settings_services_relation_category_access", UNSET)

        settings_services_edit_price_access = d.pop("settings_services_edit_price_access", UNSET)

        settings_services_edit_image_access = d.pop("settings_services_edit_image_access", UNSET)

        settings_services_edit_online_seance_date_time_access = d.pop(
            "settings_services_edit_online_seance_date_time_access", UNSET
        )

        settings_services_edit_online_pay_access = d.pop("settings_services_edit_online_pay_access", UNSET)

        settings_services_edit_services_related_resource_access = d.pop(
            "settings_services_edit_services_related_resource_access", UNSET
        )

        settings_positions_read = d.pop("settings_positions_read", UNSET)

        settings_positions_create = d.pop("settings_positions_create", UNSET)

        settings_positions_delete = d.pop("settings_positions_delete", UNSET)

        edit_master_service_and_duration = d.pop("edit_master_service_and_duration", UNSET)

        tech_card_edit = d.pop("tech_card_edit", UNSET)

        services_delete = d.pop("services_delete", UNSET)

        settings_master_access = d.pop("settings_master_access", UNSET)

        master_create = d.pop("master_create", UNSET)

        master_edit = d.pop("master_edit", UNSET)

        master_delete = d.pop("master_delete", UNSET)

        settings_master_dismiss_access = d.pop("settings_master_dismiss_access", UNSET)

        schedule_edit = d.pop("schedule_edit", UNSET)

        settings_notifications_access = d.pop("settings_notifications_access", UNSET)

        settings_email_notifications_access = d.pop("settings_email_notifications_access", UNSET)

        settings_template_notifications_access = d.pop("settings_template_notifications_access", UNSET)

        webhook_read_access = d.pop("webhook_read_access", UNSET)

        settings_clients_labels_access = d.pop("settings_clients_labels_access", UNSET)

        settings_close_docs_access = d.pop("settings_close_docs_access", UNSET)

        settings_user_notifications_access = d.pop("settings_user_notifications_access", UNSET)

        is_salon_tips_manager = d.pop("is_salon_tips_manager", UNSET)

        root_type_for_user_permissions_response_data_types_data_settings = cls(
            settings_access=settings_access,
            settings_basis_access=settings_basis_access,
            settings_information_access=settings_information_access,
            users_access=users_access,
            delete_users_access=delete_users_access,
            create_users_access=create_users_access,
            edit_users_access=edit_users_access,
            limited_users_access=limited_users_access,
            settings_services_access=settings_services_access,
            settings_services_create_access=settings_services_create_access,
            services_edit=services_edit,
            settings_services_edit_title_access=settings_services_edit_title_access,
            settings_services_relation_category_access=settings_services_relation_category_access,
            settings_services_edit_price_access=settings_services_edit_price_access,
            settings_services_edit_image_access=settings_services_edit_image_access,
            settings_services_edit_online_seance_date_time_access=settings_services_edit_online_seance_date_time_access,
            settings_services_edit_online_pay_access=settings_services_edit_online_pay_access,
            settings_services_edit_services_related_resource_access=settings_services_edit_services_related_resource_access,
            settings_positions_read=settings_positions_read,
            settings_positions_create=settings_positions_create,
            settings_positions_delete=settings_positions_delete,
            edit_master_service_and_duration=edit_master_service_and_duration,
            tech_card_edit=tech_card_edit,
            services_delete=services_delete,
            settings_master_access=settings_master_access,
            master_create=master_create,
            master_edit=master_edit,
            master_delete=master_delete,
            settings_master_dismiss_access=settings_master_dismiss_access,
            schedule_edit=schedule_edit,
            settings_notifications_access=settings_notifications_access,
            settings_email_notifications_access=settings_email_notifications_access,
            settings_template_notifications_access=settings_template_notifications_access,
            webhook_read_access=webhook_read_access,
            settings_clients_labels_access=settings_clients_labels_access,
            settings_close_docs_access=settings_close_docs_access,
            settings_user_notifications_access=settings_user_notifications_access,
            is_salon_tips_manager=is_salon_tips_manager,
        )

        root_type_for_user_permissions_response_data_types_data_settings.additional_properties = d
        return root_type_for_user_permissions_response_data_types_data_settings

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
