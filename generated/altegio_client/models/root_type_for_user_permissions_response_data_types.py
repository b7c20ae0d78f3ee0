from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_user_permissions_response_data_types_data import (
        RootTypeForUserPermissionsResponseDataTypesData,
    )
    from ..models.root_type_for_user_permissions_response_data_types_meta_type_0 import (
        RootTypeForUserPermissionsResponseDataTypesMetaType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_user_permissions_response_data_types_data import (
        RootTypeForUserPermissionsResponseDataTypesData,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_meta_type_0 import (
        RootTypeForUserPermissionsResponseDataTypesMetaType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForUserPermissionsResponseDataTypesData,
        RootTypeForUserPermissionsResponseDataTypesMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypes")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypes:
    """Fetch the list of rights

    Example:
        {'success': True, 'data': {'timetable': {'timetable_access': True, 'master_id': 1000238, 'position_id': 0,
            'last_days_count': 1000, 'schedule_edit_access': True, 'timetable_phones_access': True,
            'timetable_transferring_record_access': True, 'timetable_statistics_access': True,
            'timetable_waiting_list_access': False}, 'record_form': {'record_form_access': True,
            'record_form_client_access': True, 'records_autocomplete_access': True, 'create_records_access': True,
            'edit_records_access': True, 'edit_records_attendance_access': True, 'records_services_cost_access': True,
            'records_services_discount_access': True, 'record_edit_full_paid_access': True, 'delete_records_access': True,
            'delete_customer_came_records_access': True, 'delete_paid_records_access': True, 'records_goods_access': True,
            'records_goods_create_transaction_access': True, 'records_goods_create_last_days_count': -1,
            'records_goods_edit_transaction_access': True, 'records_goods_edit_last_days_count': -1,
            'records_goods_cost_access': True, 'records_goods_discount_access': True, 'records_finances_access': True,
            'records_finances_last_days_count': -1, 'records_finances_pay_from_deposits_access': True,
            'records_group_id_access': True, 'records_group_id': 134178, 'record_form_client_add_access': True,
            'records_autocomplete_phone_access': True, 'assistants_management_access': True,
            'assistants_reward_share_edit_access': True, 'records_edit_last_days_count': -1,
            'records_edit_date_and_master_access': True, 'records_edit_duration_access': True,
            'records_edit_comment_access': True, 'records_edit_services_access': True, 'records_consumables_edit_access':
            True, 'record_edit_full_paid_client_came_access': True, 'record_edit_full_paid_client_confirm_access': True,
            'custom_fields_client_values_read_access': True, 'custom_fields_client_values_edit_access': True,
            'custom_fields_record_values_read_access': True, 'custom_fields_record_values_edit_access': True}, 'finances':
            {'finances_access': True, 'finances_accounts_ids': [], 'finances_transactions_access': True,
            'finances_last_days_count': -1, 'finances_create_transactions_access': True, 'finances_create_last_days_count':
            -1, 'finances_edit_transactions_access': True, 'finances_edit_last_days_count': -1,
            'finances_delete_transactions_access': True, 'finances_transactions_excel_access': True,
            'finances_expenses_ids': [], 'finances_accounts_access': True, 'finances_accounts_limited_access': False,
            'finances_accounts_banalce_access': True, 'finances_suppliers_read_access': True,
            'finances_suppliers_create_access': True, 'finances_suppliers_update_access': True,
            'finances_suppliers_delete_access': True, 'finances_suppliers_excel_access': True,
            'finances_expenses_read_access': True, 'expenses_read_access': True, 'finances_expenses_create_access': True,
            'expenses_create_access': True, 'finances_expenses_update_access': True, 'expenses_update_access': True,
            'finances_expenses_delete_access': True, 'expenses_delete_access': True, 'finances_kkm_transactions_access':
            True, 'kkm_transactions_accounts_access': True, 'finances_kkm_settings_read_access': True,
            'kkm_settings_reed_access': True, 'finances_kkm_settings_update_access': True, 'kkm_settings_update_access':
            True, 'finances_settings_invoicing_read_access': True, 'settings_invoicing_read_access': True,
            'finances_settings_invoicing_update_access': True, 'settings_invoicing_update_access': True,
            'finances_options_read_access': True, 'options_read_access': True, 'finances_options_update_access': True,
            'options_update_access': True, 'finances_salary_schemes_access': True, 'finances_salary_calc_access': True,
            'finances_salary_not_limitation_today_access': True, 'finances_payroll_calculation_create_access': True,
            'finances_payroll_calculation_create_not_limitation_today_access': True,
            'finances_salary_access_master_checkbox': True, 'finances_salary_access_master_id': 1000237,
            'get_salary_access_master_id': 1000237, 'finances_salary_master_not_limitation_today_access': True,
            'finances_payroll_calculation_create_by_master_access': True,
            'calculation_create_by_master_not_limitation_today_access': True, 'finances_period_report_access': True,
            'finances_period_report_excel_access': True, 'finances_year_report_access': True,
            'finances_year_report_excel_access': True, 'finances_print_check_access': True, 'finances_z_report_access':
            True, 'finances_z_report_no_limit_today_access': True, 'finances_z_report_excel_access': True}, 'clients':
            {'clients_access': True, 'client_phones_access': True, 'clients_phones_email_access': True,
            'clients_card_phone_access': True, 'clients_delete_access': True, 'clients_excel_access': True, 'excel_access':
            True, 'client_comments_list_access': True, 'client_comments_add_access': True,
            'client_comments_own_edit_access': True, 'client_comments_other_edit_access': True, 'client_files_list_access':
            True, 'client_files_upload_access': True, 'client_files_delete_access': True, 'clients_visit_master_id': 0,
            'get_visit_master_id': 0, 'clients_phones_access': True, 'clients_edit_access': True, 'clients_deposits_access':
            True, 'clients_deposits_create_access': True, 'clients_deposits_history_access': True,
            'clients_deposits_topup_access': True, 'clients_loyalty_read_access': True, 'clients_loyalty_settings_access':
            True, 'clients_card_comment_access': True, 'clients_card_comment_edit_access': True,
            'clients_surname_middle_name_access': True, 'clients_surname_middle_name_edit_access': True,
            'clients_show_attendance_history_access': True}, 'dashboard': {'dashboard_access': True, 'dash_access': True,
            'dash_phones_access': True, 'dash_records_access': True, 'dash_records_last_days_count': -1,
            'dash_records_excel_access': True, 'dash_records_phones_access': True, 'dash_message_access': True,
            'dash_message_excel_access': True, 'dash_message_phones_access': True, 'dash_reviews_access': True,
            'dash_reviews_delete_access': True, 'dashboard_calls_access': True, 'dashboard_calls_excel_access': True,
            'dashboard_calls_phones_access': True}, 'notification': {'notification': True, 'web_push': True,
            'web_phone_push': True, 'notification_sms_ending_license': True, 'notification_sms_low_balance': True,
            'notification_email_ending_license': True}, 'loyalty': {'loyalty_access': True, 'has_loyalty_access': True,
            'loyalty_cards_manual_transactions_access': True, 'has_loyalty_cards_manual_transactions_access': True,
            'loyalty_certificate_and_abonement_manual_transactions_access': True, 'loyalty_abonement_balance_edit_access':
            True, 'loyalty_abonement_history_access': True, 'loyalty_abonement_period_edit_access': True,
            'loyalty_cards_issue_and_removal_access': True, 'loyalty_certificate_balance_edit_access': True,
            'loyalty_certificate_period_edit_access': True}, 'storages': {'storages_access': True, 'storages_ids': [],
            'storages_transactions_access': True, 'storages_last_days_count': -1, 'storages_move_goods_access': True,
            'storages_create_transactions_access': True, 'storages_create_last_days_count': -1,
            'storages_create_transactions_buy_access': True, 'storages_create_transactions_sale_access': True,
            'storages_edit_transactions_access': True, 'storages_edit_last_days_count': -1,
            'storages_edit_transactions_buy_access': True, 'storages_edit_transactions_sale_access': True,
            'storages_delete_transactions_access': True, 'storages_transactions_excel_access': True,
            'storages_transactions_types': [], 'storages_inventory_access': True, 'storages_inventory_create_edit_access':
            True, 'storages_inventory_delete_access': True, 'storages_inventory_excel_access': True,
            'storages_remnants_report_access': True, 'storages_remnants_report_excel_access': True,
            'storages_sales_report_access': True, 'storages_sales_report_excel_access': True,
            'storages_consumable_report_access': True, 'storages_consumable_report_excel_access': True,
            'storages_write_off_report_access': True, 'storages_write_off_report_excel_access': True,
            'storages_turnover_report_access': True, 'storages_turnover_report_excel_access': True,
            'storages_goods_crud_access': True, 'storages_goods_create_access': True, 'storages_goods_update_access': True,
            'storages_goods_title_edit_access': True, 'storages_goods_category_edit_access': True,
            'storages_goods_selling_price_edit_access': True, 'storages_goods_cost_price_edit_access': True,
            'storages_goods_units_edit_access': True, 'storages_goods_critical_balance_edit_access': True,
            'storages_goods_masses_edit_access': True, 'storages_goods_comment_edit_access': True,
            'storages_goods_archive_access': True, 'storages_goods_delete_access': True, 'storages_limited_access': False,
            'storages_goods_prime_cost_view_access': True}, 'settings': {'settings_access': True, 'settings_basis_access':
            True, 'settings_information_access': True, 'users_access': True, 'delete_users_access': True,
            'create_users_access': True, 'edit_users_access': True, 'limited_users_access': False,
            'settings_services_access': True, 'settings_services_create_access': True, 'services_edit': True,
            'settings_services_edit_title_access': True, 'settings_services_relation_category_access': True,
            'settings_services_edit_price_access': True, 'settings_services_edit_image_access': True,
            'settings_services_edit_online_seance_date_time_access': True, 'settings_services_edit_online_pay_access': True,
            'settings_services_edit_services_related_resource_access': True, 'settings_positions_read': True,
            'settings_positions_create': True, 'settings_positions_delete': True, 'edit_master_service_and_duration': True,
            'tech_card_edit': True, 'services_delete': True, 'settings_master_access': True, 'master_create': True,
            'master_edit': True, 'master_delete': True, 'settings_master_dismiss_access': True, 'schedule_edit': True,
            'settings_notifications_access': True, 'settings_email_notifications_access': True,
            'settings_template_notifications_access': True, 'webhook_read_access': True, 'settings_clients_labels_access':
            True, 'settings_close_docs_access': True, 'settings_user_notifications_access': True, 'is_salon_tips_manager':
            False}, 'comers': {'comers_access': False, 'comers_info_vehicle_view_access': False,
            'comers_info_vehicle_edit_access': False}, 'other': {'stat_access': True, 'billing_access': True, 'send_sms':
            True, 'salon_to_salon_group_add_access': True, 'analytics_constructor_access': True, 'billing_invoices_access':
            True, 'auth_enable_check_ip': False, 'auth_list_allowed_ip': []}, 'online_record': {'online_record_access':
            True, 'online_record_privacy_policy_access': True}, 'security_access': False, 'security_2fa_access': False,
            'security_data_changes_access': False, 'security_employee_changes_access': False,
            'security_export_import_access': False, 'security_logins_access': False}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: RootTypeForUserPermissionsResponseDataTypesData | Unset = UNSET
    """ Access rights categories """
    meta: list[Any] | RootTypeForUserPermissionsResponseDataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForUserPermissionsResponseDataTypesData,
            RootTypeForUserPermissionsResponseDataTypesMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForUserPermissionsResponseDataTypesMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForUserPermissionsResponseDataTypesData,
            RootTypeForUserPermissionsResponseDataTypesMetaType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            try:
                data = RootTypeForUserPermissionsResponseDataTypesData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> list[Any] | RootTypeForUserPermissionsResponseDataTypesMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForUserPermissionsResponseDataTypesMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "meta", "list[Any] | RootTypeForUserPermissionsResponseDataTypesMetaType0", _get("meta")
            ) from None

        _obj = cls.__new__(cls)
        _obj.success = success
        _obj.data = data
        _obj.meta = meta

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
