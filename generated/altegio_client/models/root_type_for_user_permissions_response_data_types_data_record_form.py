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
        "record_form_access",
        "record_form_client_access",
        "records_autocomplete_access",
        "create_records_access",
        "edit_records_access",
        "edit_records_attendance_access",
        "records_services_cost_access",
        "records_services_discount_access",
        "record_edit_full_paid_access",
        "delete_records_access",
        "delete_customer_came_records_access",
        "delete_paid_records_access",
        "records_goods_access",
        "records_goods_create_transaction_access",
        "records_goods_create_last_days_count",
        "records_goods_edit_transaction_access",
        "records_goods_edit_last_days_count",
        "records_goods_cost_access",
        "records_goods_discount_access",
        "records_finances_access",
        "records_finances_last_days_count",
        "records_finances_pay_from_deposits_access",
        "records_group_id_access",
        "records_group_id",
        "record_form_client_add_access",
        "records_autocomplete_phone_access",
        "assistants_management_access",
        "assistants_reward_share_edit_access",
        "records_edit_last_days_count",
        "records_edit_date_and_master_access",
        "records_edit_duration_access",
        "records_edit_comment_access",
        "records_edit_services_access",
        "records_consumables_edit_access",
        "record_edit_full_paid_client_came_access",
        "record_edit_full_paid_client_confirm_access",
        "custom_fields_client_values_read_access",
        "custom_fields_client_values_edit_access",
        "custom_fields_record_values_read_access",
        "custom_fields_record_values_edit_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataRecordForm")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataRecordForm:
    """Window for the appointment"""

    record_form_access: bool | Unset = UNSET
    """ Access to appointment form: true - allowed, false - denied """
    record_form_client_access: bool | Unset = UNSET
    """ Access to customer data: true - allowed, false - denied """
    records_autocomplete_access: bool | Unset = UNSET
    """ Access to drop-down list with customer data: true - allowed, false - denied """
    create_records_access: bool | Unset = UNSET
    """ Permission to create appointments: true - allowed, false - denied """
    edit_records_access: bool | Unset = UNSET
    """ Permission to change records: true - allowed, false - denied """
    edit_records_attendance_access: bool | Unset = UNSET
    """ Access to records with visit status "customer arrived": true - allowed, false - denied """
    records_services_cost_access: bool | Unset = UNSET
    """ Permission to change the cost of services: true - allowed, false - denied """
    records_services_discount_access: bool | Unset = UNSET
    """ Permission to change discounts for services: true - allowed, false - denied """
    record_edit_full_paid_access: bool | Unset = UNSET
    """ Permission to edit the paid post: true - allowed, false - denied """
    delete_records_access: bool | Unset = UNSET
    """ Permission to delete the appointment: true - allowed, false - denied """
    delete_customer_came_records_access: bool | Unset = UNSET
    """ Permission to delete records with the "client has arrived" status: true - allowed, false - denied """
    delete_paid_records_access: bool | Unset = UNSET
    """ Permission to delete paid appointments: true - allowed, false - denied """
    records_goods_access: bool | Unset = UNSET
    """ Access to product sales: true - allowed, false - denied """
    records_goods_create_transaction_access: bool | Unset = UNSET
    """ Permission to create commodity transactions: true - allowed, false - denied """
    records_goods_create_last_days_count: int | Unset = UNSET
    """ -1: may create commodity transactions with no time limit; >= 0: may create commodity transactions only this
    many days back """
    records_goods_edit_transaction_access: bool | Unset = UNSET
    """ Permission for editing commodity transactions: true - allowed, false - denied """
    records_goods_edit_last_days_count: int | Unset = UNSET
    """ -1: may edit commodity transactions with no time limit; >= 0: may edit commodity transactions only this many
    days back """
    records_goods_cost_access: bool | Unset = UNSET
    """ Permission to change the cost of products: true - allowed, false - denied """
    records_goods_discount_access: bool | Unset = UNSET
    """ Permission to change product discounts: true - allowed, false - denied """
    records_finances_access: bool | Unset = UNSET
    """ Access to payment: true - allowed, false - denied """
    records_finances_last_days_count: int | Unset = UNSET
    """ -1: may take payments in records with no time limit; >= 0: may take payments in records only this many days
    back """
    records_finances_pay_from_deposits_access: bool | Unset = UNSET
    """ Permission for making payments in records from the client's personal account: true - allowed, false - denied
    """
    records_group_id_access: bool | Unset = UNSET
    """ Access to client data over the chain: true - allowed, false - denied """
    records_group_id: int | Unset = UNSET
    """ ID of the chain whose client data can be accessed """
    record_form_client_add_access: bool | Unset = UNSET
    """ Permission to add clients from appointment form: true - allowed, false - denied """
    records_autocomplete_phone_access: bool | Unset = UNSET
    """ Access to phone autocomplete in appointment form: true - allowed, false - denied """
    assistants_management_access: bool | Unset = UNSET
    """ Permission to manage assistants: true - allowed, false - denied """
    assistants_reward_share_edit_access: bool | Unset = UNSET
    """ Permission to edit assistant reward share: true - allowed, false - denied """
    records_edit_last_days_count: int | Unset = UNSET
    """ -1: may edit appointments with no time limit; >= 0: may edit appointments only this many days back """
    records_edit_date_and_master_access: bool | Unset = UNSET
    """ Permission to edit appointment date and team member: true - allowed, false - denied """
    records_edit_duration_access: bool | Unset = UNSET
    """ Permission to edit appointment duration: true - allowed, false - denied """
    records_edit_comment_access: bool | Unset = UNSET
    """ Permission to edit appointment comment: true - allowed, false - denied """
    records_edit_services_access: bool | Unset = UNSET
    """ Permission to edit appointment services: true - allowed, false - denied """
    records_consumables_edit_access: bool | Unset = UNSET
    """ Permission to edit appointment consumables: true - allowed, false - denied """
    record_edit_full_paid_client_came_access: bool | Unset = UNSET
    """ Permission to edit fully paid appointments with client arrived status: true - allowed, false - denied """
    record_edit_full_paid_client_confirm_access: bool | Unset = UNSET
    """ Permission to edit fully paid appointments with client confirmed status: true - allowed, false - denied """
    custom_fields_client_values_read_access: bool | Unset = UNSET
    """ Permission to read client custom field values: true - allowed, false - denied """
    custom_fields_client_values_edit_access: bool | Unset = UNSET
    """ Permission to edit client custom field values: true - allowed, false - denied """
    custom_fields_record_values_read_access: bool | Unset = UNSET
    """ Permission to read appointment custom field values: true - allowed, false - denied """
    custom_fields_record_values_edit_access: bool | Unset = UNSET
    """ Permission to edit appointment custom field values: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_form_access = self.record_form_access

        record_form_client_access = self.record_form_client_access

        records_autocomplete_access = self.records_autocomplete_access

        create_records_access = self.create_records_access

        edit_records_access = self.edit_records_access

        edit_records_attendance_access = self.edit_records_attendance_access

        records_services_cost_access = self.records_services_cost_access

        records_services_discount_access = self.records_services_discount_access

        record_edit_full_paid_access = self.record_edit_full_paid_access

        delete_records_access = self.delete_records_access

        delete_customer_came_records_access = self.delete_customer_came_records_access

        delete_paid_records_access = self.delete_paid_records_access

        records_goods_access = self.records_goods_access

        records_goods_create_transaction_access = self.records_goods_create_transaction_access

        records_goods_create_last_days_count = self.records_goods_create_last_days_count

        records_goods_edit_transaction_access = self.records_goods_edit_transaction_access

        records_goods_edit_last_days_count = self.records_goods_edit_last_days_count

        records_goods_cost_access = self.records_goods_cost_access

        records_goods_discount_access = self.records_goods_discount_access

        records_finances_access = self.records_finances_access

        records_finances_last_days_count = self.records_finances_last_days_count

        records_finances_pay_from_deposits_access = self.records_finances_pay_from_deposits_access

        records_group_id_access = self.records_group_id_access

        records_group_id = self.records_group_id

        record_form_client_add_access = self.record_form_client_add_access

        records_autocomplete_phone_access = self.records_autocomplete_phone_access

        assistants_management_access = self.assistants_management_access

        assistants_reward_share_edit_access = self.assistants_reward_share_edit_access

        records_edit_last_days_count = self.records_edit_last_days_count

        records_edit_date_and_master_access = self.records_edit_date_and_master_access

        records_edit_duration_access = self.records_edit_duration_access

        records_edit_comment_access = self.records_edit_comment_access

        records_edit_services_access = self.records_edit_services_access

        records_consumables_edit_access = self.records_consumables_edit_access

        record_edit_full_paid_client_came_access = self.record_edit_full_paid_client_came_access

        record_edit_full_paid_client_confirm_access = self.record_edit_full_paid_client_confirm_access

        custom_fields_client_values_read_access = self.custom_fields_client_values_read_access

        custom_fields_client_values_edit_access = self.custom_fields_client_values_edit_access

        custom_fields_record_values_read_access = self.custom_fields_record_values_read_access

        custom_fields_record_values_edit_access = self.custom_fields_record_values_edit_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_form_access is not UNSET:
            field_dict["record_form_access"] = record_form_access
        if record_form_client_access is not UNSET:
            field_dict["record_form_client_access"] = record_form_client_access
        if records_autocomplete_access is not UNSET:
            field_dict["records_autocomplete_access"] = records_autocomplete_access
        if create_records_access is not UNSET:
            field_dict["create_records_access"] = create_records_access
        if edit_records_access is not UNSET:
            field_dict["edit_records_access"] = edit_records_access
        if edit_records_attendance_access is not UNSET:
            field_dict["edit_records_attendance_access"] = edit_records_attendance_access
        if records_services_cost_access is not UNSET:
            field_dict["records_services_cost_access"] = records_services_cost_access
        if records_services_discount_access is not UNSET:
            field_dict["records_services_discount_access"] = records_services_discount_access
        if record_edit_full_paid_access is not UNSET:
            field_dict["record_edit_full_paid_access"] = record_edit_full_paid_access
        if delete_records_access is not UNSET:
            field_dict["delete_records_access"] = delete_records_access
        if delete_customer_came_records_access is not UNSET:
            field_dict["delete_customer_came_records_access"] = delete_customer_came_records_access
        if delete_paid_records_access is not UNSET:
            field_dict["delete_paid_records_access"] = delete_paid_records_access
        if records_goods_access is not UNSET:
            field_dict["records_goods_access"] = records_goods_access
        if records_goods_create_transaction_access is not UNSET:
            field_dict["records_goods_create_transaction_access"] = records_goods_create_transaction_access
        if records_goods_create_last_days_count is not UNSET:
            field_dict["records_goods_create_last_days_count"] = records_goods_create_last_days_count
        if records_goods_edit_transaction_access is not UNSET:
            field_dict["records_goods_edit_transaction_access"] = records_goods_edit_transaction_access
        if records_goods_edit_last_days_count is not UNSET:
            field_dict["records_goods_edit_last_days_count"] = records_goods_edit_last_days_count
        if records_goods_cost_access is not UNSET:
            field_dict["records_goods_cost_access"] = records_goods_cost_access
        if records_goods_discount_access is not UNSET:
            field_dict["records_goods_discount_access"] = records_goods_discount_access
        if records_finances_access is not UNSET:
            field_dict["records_finances_access"] = records_finances_access
        if records_finances_last_days_count is not UNSET:
            field_dict["records_finances_last_days_count"] = records_finances_last_days_count
        if records_finances_pay_from_deposits_access is not UNSET:
            field_dict["records_finances_pay_from_deposits_access"] = records_finances_pay_from_deposits_access
        if records_group_id_access is not UNSET:
            field_dict["records_group_id_access"] = records_group_id_access
        if records_group_id is not UNSET:
            field_dict["records_group_id"] = records_group_id
        if record_form_client_add_access is not UNSET:
            field_dict["record_form_client_add_access"] = record_form_client_add_access
        if records_autocomplete_phone_access is not UNSET:
            field_dict["records_autocomplete_phone_access"] = records_autocomplete_phone_access
        if assistants_management_access is not UNSET:
            field_dict["assistants_management_access"] = assistants_management_access
        if assistants_reward_share_edit_access is not UNSET:
            field_dict["assistants_reward_share_edit_access"] = assistants_reward_share_edit_access
        if records_edit_last_days_count is not UNSET:
            field_dict["records_edit_last_days_count"] = records_edit_last_days_count
        if records_edit_date_and_master_access is not UNSET:
            field_dict["records_edit_date_and_master_access"] = records_edit_date_and_master_access
        if records_edit_duration_access is not UNSET:
            field_dict["records_edit_duration_access"] = records_edit_duration_access
        if records_edit_comment_access is not UNSET:
            field_dict["records_edit_comment_access"] = records_edit_comment_access
        if records_edit_services_access is not UNSET:
            field_dict["records_edit_services_access"] = records_edit_services_access
        if records_consumables_edit_access is not UNSET:
            field_dict["records_consumables_edit_access"] = records_consumables_edit_access
        if record_edit_full_paid_client_came_access is not UNSET:
            field_dict["record_edit_full_paid_client_came_access"] = record_edit_full_paid_client_came_access
        if record_edit_full_paid_client_confirm_access is not UNSET:
            field_dict["record_edit_full_paid_client_confirm_access"] = record_edit_full_paid_client_confirm_access
        if custom_fields_client_values_read_access is not UNSET:
            field_dict["custom_fields_client_values_read_access"] = custom_fields_client_values_read_access
        if custom_fields_client_values_edit_access is not UNSET:
            field_dict["custom_fields_client_values_edit_access"] = custom_fields_client_values_edit_access
        if custom_fields_record_values_read_access is not UNSET:
            field_dict["custom_fields_record_values_read_access"] = custom_fields_record_values_read_access
        if custom_fields_record_values_edit_access is not UNSET:
            field_dict["custom_fields_record_values_edit_access"] = custom_fields_record_values_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        record_form_access = _get("record_form_access", UNSET)
        if type(record_form_access) is not bool and record_form_access is not UNSET:
            record_form_access = _v.bool_(record_form_access, "record_form_access")

        record_form_client_access = _get("record_form_client_access", UNSET)
        if type(record_form_client_access) is not bool and record_form_client_access is not UNSET:
            record_form_client_access = _v.bool_(record_form_client_access, "record_form_client_access")

        records_autocomplete_access = _get("records_autocomplete_access", UNSET)
        if type(records_autocomplete_access) is not bool and records_autocomplete_access is not UNSET:
            records_autocomplete_access = _v.bool_(records_autocomplete_access, "records_autocomplete_access")

        create_records_access = _get("create_records_access", UNSET)
        if type(create_records_access) is not bool and create_records_access is not UNSET:
            create_records_access = _v.bool_(create_records_access, "create_records_access")

        edit_records_access = _get("edit_records_access", UNSET)
        if type(edit_records_access) is not bool and edit_records_access is not UNSET:
            edit_records_access = _v.bool_(edit_records_access, "edit_records_access")

        edit_records_attendance_access = _get("edit_records_attendance_access", UNSET)
        if type(edit_records_attendance_access) is not bool and edit_records_attendance_access is not UNSET:
            edit_records_attendance_access = _v.bool_(edit_records_attendance_access, "edit_records_attendance_access")

        records_services_cost_access = _get("records_services_cost_access", UNSET)
        if type(records_services_cost_access) is not bool and records_services_cost_access is not UNSET:
            records_services_cost_access = _v.bool_(records_services_cost_access, "records_services_cost_access")

        records_services_discount_access = _get("records_services_discount_access", UNSET)
        if type(records_services_discount_access) is not bool and records_services_discount_access is not UNSET:
            records_services_discount_access = _v.bool_(
                records_services_discount_access, "records_services_discount_access"
            )

        record_edit_full_paid_access = _get("record_edit_full_paid_access", UNSET)
        if type(record_edit_full_paid_access) is not bool and record_edit_full_paid_access is not UNSET:
            record_edit_full_paid_access = _v.bool_(record_edit_full_paid_access, "record_edit_full_paid_access")

        delete_records_access = _get("delete_records_access", UNSET)
        if type(delete_records_access) is not bool and delete_records_access is not UNSET:
            delete_records_access = _v.bool_(delete_records_access, "delete_records_access")

        delete_customer_came_records_access = _get("delete_customer_came_records_access", UNSET)
        if type(delete_customer_came_records_access) is not bool and delete_customer_came_records_access is not UNSET:
            delete_customer_came_records_access = _v.bool_(
                delete_customer_came_records_access, "delete_customer_came_records_access"
            )

        delete_paid_records_access = _get("delete_paid_records_access", UNSET)
        if type(delete_paid_records_access) is not bool and delete_paid_records_access is not UNSET:
            delete_paid_records_access = _v.bool_(delete_paid_records_access, "delete_paid_records_access")

        records_goods_access = _get("records_goods_access", UNSET)
        if type(records_goods_access) is not bool and records_goods_access is not UNSET:
            records_goods_access = _v.bool_(records_goods_access, "records_goods_access")

        records_goods_create_transaction_access = _get("records_goods_create_transaction_access", UNSET)
        if (
            type(records_goods_create_transaction_access) is not bool
            and records_goods_create_transaction_access is not UNSET
        ):
            records_goods_create_transaction_access = _v.bool_(
                records_goods_create_transaction_access, "records_goods_create_transaction_access"
            )

        records_goods_create_last_days_count = _get("records_goods_create_last_days_count", UNSET)
        if type(records_goods_create_last_days_count) is not int and records_goods_create_last_days_count is not UNSET:
            records_goods_create_last_days_count = _v.int_(
                records_goods_create_last_days_count, "records_goods_create_last_days_count"
            )

        records_goods_edit_transaction_access = _get("records_goods_edit_transaction_access", UNSET)
        if (
            type(records_goods_edit_transaction_access) is not bool
            and records_goods_edit_transaction_access is not UNSET
        ):
            records_goods_edit_transaction_access = _v.bool_(
                records_goods_edit_transaction_access, "records_goods_edit_transaction_access"
            )

        records_goods_edit_last_days_count = _get("records_goods_edit_last_days_count", UNSET)
        if type(records_goods_edit_last_days_count) is not int and records_goods_edit_last_days_count is not UNSET:
            records_goods_edit_last_days_count = _v.int_(
                records_goods_edit_last_days_count, "records_goods_edit_last_days_count"
            )

        records_goods_cost_access = _get("records_goods_cost_access", UNSET)
        if type(records_goods_cost_access) is not bool and records_goods_cost_access is not UNSET:
            records_goods_cost_access = _v.bool_(records_goods_cost_access, "records_goods_cost_access")

        records_goods_discount_access = _get("records_goods_discount_access", UNSET)
        if type(records_goods_discount_access) is not bool and records_goods_discount_access is not UNSET:
            records_goods_discount_access = _v.bool_(records_goods_discount_access, "records_goods_discount_access")

        records_finances_access = _get("records_finances_access", UNSET)
        if type(records_finances_access) is not bool and records_finances_access is not UNSET:
            records_finances_access = _v.bool_(records_finances_access, "records_finances_access")

        records_finances_last_days_count = _get("records_finances_last_days_count", UNSET)
        if type(records_finances_last_days_count) is not int and records_finances_last_days_count is not UNSET:
            records_finances_last_days_count = _v.int_(
                records_finances_last_days_count, "records_finances_last_days_count"
            )

        records_finances_pay_from_deposits_access = _get("records_finances_pay_from_deposits_access", UNSET)
        if (
            type(records_finances_pay_from_deposits_access) is not bool
            and records_finances_pay_from_deposits_access is not UNSET
        ):
            records_finances_pay_from_deposits_access = _v.bool_(
                records_finances_pay_from_deposits_access, "records_finances_pay_from_deposits_access"
            )

        records_group_id_access = _get("records_group_id_access", UNSET)
        if type(records_group_id_access) is not bool and records_group_id_access is not UNSET:
            records_group_id_access = _v.bool_(records_group_id_access, "records_group_id_access")

        records_group_id = _get("records_group_id", UNSET)
        if type(records_group_id) is not int and records_group_id is not UNSET:
            records_group_id = _v.int_(records_group_id, "records_group_id")

        record_form_client_add_access = _get("record_form_client_add_access", UNSET)
        if type(record_form_client_add_access) is not bool and record_form_client_add_access is not UNSET:
            record_form_client_add_access = _v.bool_(record_form_client_add_access, "record_form_client_add_access")

        records_autocomplete_phone_access = _get("records_autocomplete_phone_access", UNSET)
        if type(records_autocomplete_phone_access) is not bool and records_autocomplete_phone_access is not UNSET:
            records_autocomplete_phone_access = _v.bool_(
                records_autocomplete_phone_access, "records_autocomplete_phone_access"
            )

        assistants_management_access = _get("assistants_management_access", UNSET)
        if type(assistants_management_access) is not bool and assistants_management_access is not UNSET:
            assistants_management_access = _v.bool_(assistants_management_access, "assistants_management_access")

        assistants_reward_share_edit_access = _get("assistants_reward_share_edit_access", UNSET)
        if type(assistants_reward_share_edit_access) is not bool and assistants_reward_share_edit_access is not UNSET:
            assistants_reward_share_edit_access = _v.bool_(
                assistants_reward_share_edit_access, "assistants_reward_share_edit_access"
            )

        records_edit_last_days_count = _get("records_edit_last_days_count", UNSET)
        if type(records_edit_last_days_count) is not int and records_edit_last_days_count is not UNSET:
            records_edit_last_days_count = _v.int_(records_edit_last_days_count, "records_edit_last_days_count")

        records_edit_date_and_master_access = _get("records_edit_date_and_master_access", UNSET)
        if type(records_edit_date_and_master_access) is not bool and records_edit_date_and_master_access is not UNSET:
            records_edit_date_and_master_access = _v.bool_(
                records_edit_date_and_master_access, "records_edit_date_and_master_access"
            )

        records_edit_duration_access = _get("records_edit_duration_access", UNSET)
        if type(records_edit_duration_access) is not bool and records_edit_duration_access is not UNSET:
            records_edit_duration_access = _v.bool_(records_edit_duration_access, "records_edit_duration_access")

        records_edit_comment_access = _get("records_edit_comment_access", UNSET)
        if type(records_edit_comment_access) is not bool and records_edit_comment_access is not UNSET:
            records_edit_comment_access = _v.bool_(records_edit_comment_access, "records_edit_comment_access")

        records_edit_services_access = _get("records_edit_services_access", UNSET)
        if type(records_edit_services_access) is not bool and records_edit_services_access is not UNSET:
            records_edit_services_access = _v.bool_(records_edit_services_access, "records_edit_services_access")

        records_consumables_edit_access = _get("records_consumables_edit_access", UNSET)
        if type(records_consumables_edit_access) is not bool and records_consumables_edit_access is not UNSET:
            records_consumables_edit_access = _v.bool_(
                records_consumables_edit_access, "records_consumables_edit_access"
            )

        record_edit_full_paid_client_came_access = _get("record_edit_full_paid_client_came_access", UNSET)
        if (
            type(record_edit_full_paid_client_came_access) is not bool
            and record_edit_full_paid_client_came_access is not UNSET
        ):
            record_edit_full_paid_client_came_access = _v.bool_(
                record_edit_full_paid_client_came_access, "record_edit_full_paid_client_came_access"
            )

        record_edit_full_paid_client_confirm_access = _get("record_edit_full_paid_client_confirm_access", UNSET)
        if (
            type(record_edit_full_paid_client_confirm_access) is not bool
            and record_edit_full_paid_client_confirm_access is not UNSET
        ):
            record_edit_full_paid_client_confirm_access = _v.bool_(
                record_edit_full_paid_client_confirm_access, "record_edit_full_paid_client_confirm_access"
            )

        custom_fields_client_values_read_access = _get("custom_fields_client_values_read_access", UNSET)
        if (
            type(custom_fields_client_values_read_access) is not bool
            and custom_fields_client_values_read_access is not UNSET
        ):
            custom_fields_client_values_read_access = _v.bool_(
                custom_fields_client_values_read_access, "custom_fields_client_values_read_access"
            )

        custom_fields_client_values_edit_access = _get("custom_fields_client_values_edit_access", UNSET)
        if (
            type(custom_fields_client_values_edit_access) is not bool
            and custom_fields_client_values_edit_access is not UNSET
        ):
            custom_fields_client_values_edit_access = _v.bool_(
                custom_fields_client_values_edit_access, "custom_fields_client_values_edit_access"
            )

        custom_fields_record_values_read_access = _get("custom_fields_record_values_read_access", UNSET)
        if (
            type(custom_fields_record_values_read_access) is not bool
            and custom_fields_record_values_read_access is not UNSET
        ):
            custom_fields_record_values_read_access = _v.bool_(
                custom_fields_record_values_read_access, "custom_fields_record_values_read_access"
            )

        custom_fields_record_values_edit_access = _get("custom_fields_record_values_edit_access", UNSET)
        if (
            type(custom_fields_record_values_edit_access) is not bool
            and custom_fields_record_values_edit_access is not UNSET
        ):
            custom_fields_record_values_edit_access = _v.bool_(
                custom_fields_record_values_edit_access, "custom_fields_record_values_edit_access"
            )

        _obj = cls.__new__(cls)
        _obj.record_form_access = record_form_access
        _obj.record_form_client_access = record_form_client_access
        _obj.records_autocomplete_access = records_autocomplete_access
        _obj.create_records_access = create_records_access
        _obj.edit_records_access = edit_records_access
        _obj.edit_records_attendance_access = edit_records_attendance_access
        _obj.records_services_cost_access = records_services_cost_access
        _obj.records_services_discount_access = records_services_discount_access
        _obj.record_edit_full_paid_access = record_edit_full_paid_access
        _obj.delete_records_access = delete_records_access
        _obj.delete_customer_came_records_access = delete_customer_came_records_access
        _obj.delete_paid_records_access = delete_paid_records_access
        _obj.records_goods_access = records_goods_access
        _obj.records_goods_create_transaction_access = records_goods_create_transaction_access
        _obj.records_goods_create_last_days_count = records_goods_create_last_days_count
        _obj.records_goods_edit_transaction_access = records_goods_edit_transaction_access
        _obj.records_goods_edit_last_days_count = records_goods_edit_last_days_count
        _obj.records_goods_cost_access = records_goods_cost_access
        _obj.records_goods_discount_access = records_goods_discount_access
        _obj.records_finances_access = records_finances_access
        _obj.records_finances_last_days_count = records_finances_last_days_count
        _obj.records_finances_pay_from_deposits_access = records_finances_pay_from_deposits_access
        _obj.records_group_id_access = records_group_id_access
        _obj.records_group_id = records_group_id
        _obj.record_form_client_add_access = record_form_client_add_access
        _obj.records_autocomplete_phone_access = records_autocomplete_phone_access
        _obj.assistants_management_access = assistants_management_access
        _obj.assistants_reward_share_edit_access = assistants_reward_share_edit_access
        _obj.records_edit_last_days_count = records_edit_last_days_count
        _obj.records_edit_date_and_master_access = records_edit_date_and_master_access
        _obj.records_edit_duration_access = records_edit_duration_access
        _obj.records_edit_comment_access = records_edit_comment_access
        _obj.records_edit_services_access = records_edit_services_access
        _obj.records_consumables_edit_access = records_consumables_edit_access
        _obj.record_edit_full_paid_client_came_access = record_edit_full_paid_client_came_access
        _obj.record_edit_full_paid_client_confirm_access = record_edit_full_paid_client_confirm_access
        _obj.custom_fields_client_values_read_access = custom_fields_client_values_read_access
        _obj.custom_fields_client_values_edit_access = custom_fields_client_values_edit_access
        _obj.custom_fields_record_values_read_access = custom_fields_record_values_read_access
        _obj.custom_fields_record_values_edit_access = custom_fields_record_values_edit_access

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
