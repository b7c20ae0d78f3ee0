from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_user_permissions_response_data_types_data_finances_finances_accounts_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_finances_finances_expenses_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_user_permissions_response_data_types_data_finances_finances_accounts_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_finances_finances_expenses_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem,
        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "finances_access",
        "finances_accounts_ids",
        "finances_transactions_access",
        "finances_last_days_count",
        "finances_create_transactions_access",
        "finances_create_last_days_count",
        "finances_edit_transactions_access",
        "finances_edit_last_days_count",
        "finances_delete_transactions_access",
        "finances_transactions_excel_access",
        "finances_expenses_ids",
        "finances_accounts_access",
        "finances_accounts_limited_access",
        "finances_accounts_banalce_access",
        "finances_suppliers_read_access",
        "finances_suppliers_create_access",
        "finances_suppliers_update_access",
        "finances_suppliers_delete_access",
        "finances_suppliers_excel_access",
        "finances_expenses_read_access",
        "expenses_read_access",
        "finances_expenses_create_access",
        "expenses_create_access",
        "finances_expenses_update_access",
        "expenses_update_access",
        "finances_expenses_delete_access",
        "expenses_delete_access",
        "finances_kkm_transactions_access",
        "kkm_transactions_accounts_access",
        "finances_kkm_settings_read_access",
        "kkm_settings_reed_access",
        "finances_kkm_settings_update_access",
        "kkm_settings_update_access",
        "finances_settings_invoicing_read_access",
        "finances_settings_invoicing_update_access",
        "settings_invoicing_read_access",
        "settings_invoicing_update_access",
        "finances_options_read_access",
        "options_read_access",
        "finances_options_update_access",
        "options_update_access",
        "finances_salary_schemes_access",
        "finances_salary_calc_access",
        "finances_salary_not_limitation_today_access",
        "finances_payroll_calculation_create_access",
        "finances_payroll_calculation_create_not_limitation_today_access",
        "finances_salary_access_master_checkbox",
        "finances_salary_access_master_id",
        "get_salary_access_master_id",
        "finances_salary_master_not_limitation_today_access",
        "finances_payroll_calculation_create_by_master_access",
        "calculation_create_by_master_not_limitation_today_access",
        "finances_period_report_access",
        "finances_period_report_excel_access",
        "finances_year_report_access",
        "finances_year_report_excel_access",
        "finances_print_check_access",
        "finances_z_report_access",
        "finances_z_report_no_limit_today_access",
        "finances_z_report_excel_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataFinances")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataFinances:
    """Finance section"""

    finances_access: bool | Unset = UNSET
    """ Access to finances: true - allowed, false - denied """
    finances_accounts_ids: (
        list[RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem] | Unset
    ) = UNSET
    """ IDs of the chosen checkouts (array) """
    finances_transactions_access: bool | Unset = UNSET
    """ Permission to view funds movements: true - allowed, false - denied """
    finances_last_days_count: int | Unset = UNSET
    """ -1: may view funds movements with no time limit; >= 0: may view funds movements only this many days back """
    finances_create_transactions_access: bool | Unset = UNSET
    """ Permission to create transactions: true - allowed, false - denied """
    finances_create_last_days_count: int | Unset = UNSET
    """ -1: may create transactions with no time limit; >= 0: may create transactions only this many days back """
    finances_edit_transactions_access: bool | Unset = UNSET
    """ Permission for editing transactions: true - allowed, false - denied """
    finances_edit_last_days_count: int | Unset = UNSET
    """ -1: may edit transactions with no time limit; >= 0: may edit transactions only this many days back """
    finances_delete_transactions_access: bool | Unset = UNSET
    """ Permission to delete transactions: true - allowed, false - denied """
    finances_transactions_excel_access: bool | Unset = UNSET
    """ Permission for exporting cash flows to Excel: true - allowed, false - denied """
    finances_expenses_ids: (
        list[RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem] | Unset
    ) = UNSET
    """ Access to transfers between location accounts: true - allowed, false - denied """
    finances_accounts_access: bool | Unset = UNSET
    """ Access to accounts and location accounts: true - allowed, false - denied """
    finances_accounts_limited_access: bool | Unset = UNSET
    """ Limited access to accounts: true - allowed, false - denied """
    finances_accounts_banalce_access: bool | Unset = UNSET
    """ Access to balance: true - allowed, false - denied """
    finances_suppliers_read_access: bool | Unset = UNSET
    """ Access to counterparties: true - allowed, false - denied """
    finances_suppliers_create_access: bool | Unset = UNSET
    """ Permission to create counterparties: true - allowed, false - denied """
    finances_suppliers_update_access: bool | Unset = UNSET
    """ Permission to change counterparties: true - allowed, false - denied """
    finances_suppliers_delete_access: bool | Unset = UNSET
    """ Permission for deleting counterparties: true - allowed, false - denied """
    finances_suppliers_excel_access: bool | Unset = UNSET
    """ Permission to export to Excel: true - allowed, false - denied """
    finances_expenses_read_access: bool | Unset = UNSET
    """ Access to payment item: true - allowed, false - denied """
    expenses_read_access: bool | Unset = UNSET
    """ Access to payment item: true - allowed, false - denied """
    finances_expenses_create_access: bool | Unset = UNSET
    """ Permission to create a payment item: true - allowed, false - denied """
    expenses_create_access: bool | Unset = UNSET
    """ Permission to create a payment item: true - allowed, false - denied """
    finances_expenses_update_access: bool | Unset = UNSET
    """ Permission to change the payment item: true - allowed, false - denied """
    expenses_update_access: bool | Unset = UNSET
    """ Permission to change the payment item: true - allowed, false - denied """
    finances_expenses_delete_access: bool | Unset = UNSET
    """ Permission for deleting a payment item: true - allowed, false - denied """
    expenses_delete_access: bool | Unset = UNSET
    """ Permission for deleting a payment item: true - allowed, false - denied """
    finances_kkm_transactions_access: bool | Unset = UNSET
    """ Access to operations with KKM: true - allowed, false - denied """
    kkm_transactions_accounts_access: bool | Unset = UNSET
    """ Access to operations with KKM: true - allowed, false - denied """
    finances_kkm_settings_read_access: bool | Unset = UNSET
    """ Access to KKM settings: true - allowed, false - denied """
    kkm_settings_reed_access: bool | Unset = UNSET
    """ Access to KKM settings: true - allowed, false - denied """
    finances_kkm_settings_update_access: bool | Unset = UNSET
    """ Permission to change KKM: true - allowed, false - denied """
    kkm_settings_update_access: bool | Unset = UNSET
    """ Permission to change KKM: true - allowed, false - denied """
    finances_settings_invoicing_read_access: bool | Unset = UNSET
    """ Access to online payments: true - allowed, false - denied """
    finances_settings_invoicing_update_access: bool | Unset = UNSET
    """ Permission to change online payments: true - allowed, false - denied """
    settings_invoicing_read_access: bool | Unset = UNSET
    """ Access to online payments: true - allowed, false - denied """
    settings_invoicing_update_access: bool | Unset = UNSET
    """ Permission to change online payments: true - allowed, false - denied """
    finances_options_read_access: bool | Unset = UNSET
    """ Access to payment settings: true - allowed, false - denied """
    options_read_access: bool | Unset = UNSET
    """ Permission to read payment options: true - allowed, false - denied """
    finances_options_update_access: bool | Unset = UNSET
    """ Permission to change payment settings: true - allowed, false - denied """
    options_update_access: bool | Unset = UNSET
    """ Permission to change payment settings: true - allowed, false - denied """
    finances_salary_schemes_access: bool | Unset = UNSET
    """ Access to payroll schemes: true - allowed, false - denied """
    finances_salary_calc_access: bool | Unset = UNSET
    """ Access to payroll: true - allowed, false - denied """
    finances_salary_not_limitation_today_access: bool | Unset = UNSET
    """ Payroll access: true - full, false - only for the current day """
    finances_payroll_calculation_create_access: bool | Unset = UNSET
    """ Access to payroll: true - allowed, false - denied """
    finances_payroll_calculation_create_not_limitation_today_access: bool | Unset = UNSET
    """ Payroll access: true - full, false - only for the current day """
    finances_salary_access_master_checkbox: bool | Unset = UNSET
    """ true - payroll access only for a specific team member, false - full access """
    finances_salary_access_master_id: int | Unset = UNSET
    """ ID of the team member whose payroll can be accessed """
    get_salary_access_master_id: int | Unset = UNSET
    """ ID of the team member whose payroll can be accessed """
    finances_salary_master_not_limitation_today_access: bool | Unset = UNSET
    """ true - not limited to the current day, false - today only """
    finances_payroll_calculation_create_by_master_access: bool | Unset = UNSET
    """ true - payroll access for a specific team member, false - unrestricted """
    calculation_create_by_master_not_limitation_today_access: bool | Unset = UNSET
    """ Access to payroll: true - allowed, false - denied """
    finances_period_report_access: bool | Unset = UNSET
    """ Access to report for the period: true - allowed, false - denied """
    finances_period_report_excel_access: bool | Unset = UNSET
    """ Permission for exporting a report for the period to Excel: true - allowed, false - denied """
    finances_year_report_access: bool | Unset = UNSET
    """ Access to annual report: true - allowed, false - denied """
    finances_year_report_excel_access: bool | Unset = UNSET
    """ Permission for exporting the annual report to Excel: true - allowed, false - denied """
    finances_print_check_access: bool | Unset = UNSET
    """ Access to receipt printing: true - allowed, false - denied """
    finances_z_report_access: bool | Unset = UNSET
    """ Access to daily location account report: true - allowed, false - denied """
    finances_z_report_no_limit_today_access: bool | Unset = UNSET
    """ Location account report access: true - full, false - current day only """
    finances_z_report_excel_access: bool | Unset = UNSET
    """ Permission to export to Excel: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem,
            RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem,
        ) = _LAZY or _lazy()
        finances_access = self.finances_access

        finances_accounts_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finances_accounts_ids, Unset):
            finances_accounts_ids = []
            for finances_accounts_ids_item_data in self.finances_accounts_ids:
                finances_accounts_ids_item = finances_accounts_ids_item_data.to_dict()
                finances_accounts_ids.append(finances_accounts_ids_item)

        finances_transactions_access = self.finances_transactions_access

        finances_last_days_count = self.finances_last_days_count

        finances_create_transactions_access = self.finances_create_transactions_access

        finances_create_last_days_count = self.finances_create_last_days_count

        finances_edit_transactions_access = self.finances_edit_transactions_access

        finances_edit_last_days_count = self.finances_edit_last_days_count

        finances_delete_transactions_access = self.finances_delete_transactions_access

        finances_transactions_excel_access = self.finances_transactions_excel_access

        finances_expenses_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finances_expenses_ids, Unset):
            finances_expenses_ids = []
            for finances_expenses_ids_item_data in self.finances_expenses_ids:
                finances_expenses_ids_item = finances_expenses_ids_item_data.to_dict()
                finances_expenses_ids.append(finances_expenses_ids_item)

        finances_accounts_access = self.finances_accounts_access

        finances_accounts_limited_access = self.finances_accounts_limited_access

        finances_accounts_banalce_access = self.finances_accounts_banalce_access

        finances_suppliers_read_access = self.finances_suppliers_read_access

        finances_suppliers_create_access = self.finances_suppliers_create_access

        finances_suppliers_update_access = self.finances_suppliers_update_access

        finances_suppliers_delete_access = self.finances_suppliers_delete_access

        finances_suppliers_excel_access = self.finances_suppliers_excel_access

        finances_expenses_read_access = self.finances_expenses_read_access

        expenses_read_access = self.expenses_read_access

        finances_expenses_create_access = self.finances_expenses_create_access

        expenses_create_access = self.expenses_create_access

        finances_expenses_update_access = self.finances_expenses_update_access

        expenses_update_access = self.expenses_update_access

        finances_expenses_delete_access = self.finances_expenses_delete_access

        expenses_delete_access = self.expenses_delete_access

        finances_kkm_transactions_access = self.finances_kkm_transactions_access

        kkm_transactions_accounts_access = self.kkm_transactions_accounts_access

        finances_kkm_settings_read_access = self.finances_kkm_settings_read_access

        kkm_settings_reed_access = self.kkm_settings_reed_access

        finances_kkm_settings_update_access = self.finances_kkm_settings_update_access

        kkm_settings_update_access = self.kkm_settings_update_access

        finances_settings_invoicing_read_access = self.finances_settings_invoicing_read_access

        finances_settings_invoicing_update_access = self.finances_settings_invoicing_update_access

        settings_invoicing_read_access = self.settings_invoicing_read_access

        settings_invoicing_update_access = self.settings_invoicing_update_access

        finances_options_read_access = self.finances_options_read_access

        options_read_access = self.options_read_access

        finances_options_update_access = self.finances_options_update_access

        options_update_access = self.options_update_access

        finances_salary_schemes_access = self.finances_salary_schemes_access

        finances_salary_calc_access = self.finances_salary_calc_access

        finances_salary_not_limitation_today_access = self.finances_salary_not_limitation_today_access

        finances_payroll_calculation_create_access = self.finances_payroll_calculation_create_access

        finances_payroll_calculation_create_not_limitation_today_access = (
            self.finances_payroll_calculation_create_not_limitation_today_access
        )

        finances_salary_access_master_checkbox = self.finances_salary_access_master_checkbox

        finances_salary_access_master_id = self.finances_salary_access_master_id

        get_salary_access_master_id = self.get_salary_access_master_id

        finances_salary_master_not_limitation_today_access = self.finances_salary_master_not_limitation_today_access

        finances_payroll_calculation_create_by_master_access = self.finances_payroll_calculation_create_by_master_access

        calculation_create_by_master_not_limitation_today_access = (
            self.calculation_create_by_master_not_limitation_today_access
        )

        finances_period_report_access = self.finances_period_report_access

        finances_period_report_excel_access = self.finances_period_report_excel_access

        finances_year_report_access = self.finances_year_report_access

        finances_year_report_excel_access = self.finances_year_report_excel_access

        finances_print_check_access = self.finances_print_check_access

        finances_z_report_access = self.finances_z_report_access

        finances_z_report_no_limit_today_access = self.finances_z_report_no_limit_today_access

        finances_z_report_excel_access = self.finances_z_report_excel_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finances_access is not UNSET:
            field_dict["finances_access"] = finances_access
        if finances_accounts_ids is not UNSET:
            field_dict["finances_accounts_ids"] = finances_accounts_ids
        if finances_transactions_access is not UNSET:
            field_dict["finances_transactions_access"] = finances_transactions_access
        if finances_last_days_count is not UNSET:
            field_dict["finances_last_days_count"] = finances_last_days_count
        if finances_create_transactions_access is not UNSET:
            field_dict["finances_create_transactions_access"] = finances_create_transactions_access
        if finances_create_last_days_count is not UNSET:
            field_dict["finances_create_last_days_count"] = finances_create_last_days_count
        if finances_edit_transactions_access is not UNSET:
            field_dict["finances_edit_transactions_access"] = finances_edit_transactions_access
        if finances_edit_last_days_count is not UNSET:
            field_dict["finances_edit_last_days_count"] = finances_edit_last_days_count
        if finances_delete_transactions_access is not UNSET:
            field_dict["finances_delete_transactions_access"] = finances_delete_transactions_access
        if finances_transactions_excel_access is not UNSET:
            field_dict["finances_transactions_excel_access"] = finances_transactions_excel_access
        if finances_expenses_ids is not UNSET:
            field_dict["finances_expenses_ids"] = finances_expenses_ids
        if finances_accounts_access is not UNSET:
            field_dict["finances_accounts_access"] = finances_accounts_access
        if finances_accounts_limited_access is not UNSET:
            field_dict["finances_accounts_limited_access"] = finances_accounts_limited_access
        if finances_accounts_banalce_access is not UNSET:
            field_dict["finances_accounts_banalce_access"] = finances_accounts_banalce_access
        if finances_suppliers_read_access is not UNSET:
            field_dict["finances_suppliers_read_access"] = finances_suppliers_read_access
        if finances_suppliers_create_access is not UNSET:
            field_dict["finances_suppliers_create_access"] = finances_suppliers_create_access
        if finances_suppliers_update_access is not UNSET:
            field_dict["finances_suppliers_update_access"] = finances_suppliers_update_access
        if finances_suppliers_delete_access is not UNSET:
            field_dict["finances_suppliers_delete_access"] = finances_suppliers_delete_access
        if finances_suppliers_excel_access is not UNSET:
            field_dict["finances_suppliers_excel_access"] = finances_suppliers_excel_access
        if finances_expenses_read_access is not UNSET:
            field_dict["finances_expenses_read_access"] = finances_expenses_read_access
        if expenses_read_access is not UNSET:
            field_dict["expenses_read_access"] = expenses_read_access
        if finances_expenses_create_access is not UNSET:
            field_dict["finances_expenses_create_access"] = finances_expenses_create_access
        if expenses_create_access is not UNSET:
            field_dict["expenses_create_access"] = expenses_create_access
        if finances_expenses_update_access is not UNSET:
            field_dict["finances_expenses_update_access"] = finances_expenses_update_access
        if expenses_update_access is not UNSET:
            field_dict["expenses_update_access"] = expenses_update_access
        if finances_expenses_delete_access is not UNSET:
            field_dict["finances_expenses_delete_access"] = finances_expenses_delete_access
        if expenses_delete_access is not UNSET:
            field_dict["expenses_delete_access"] = expenses_delete_access
        if finances_kkm_transactions_access is not UNSET:
            field_dict["finances_kkm_transactions_access"] = finances_kkm_transactions_access
        if kkm_transactions_accounts_access is not UNSET:
            field_dict["kkm_transactions_accounts_access"] = kkm_transactions_accounts_access
        if finances_kkm_settings_read_access is not UNSET:
            field_dict["finances_kkm_settings_read_access"] = finances_kkm_settings_read_access
        if kkm_settings_reed_access is not UNSET:
            field_dict["kkm_settings_reed_access"] = kkm_settings_reed_access
        if finances_kkm_settings_update_access is not UNSET:
            field_dict["finances_kkm_settings_update_access"] = finances_kkm_settings_update_access
        if kkm_settings_update_access is not UNSET:
            field_dict["kkm_settings_update_access"] = kkm_settings_update_access
        if finances_settings_invoicing_read_access is not UNSET:
            field_dict["finances_settings_invoicing_read_access"] = finances_settings_invoicing_read_access
        if finances_settings_invoicing_update_access is not UNSET:
            field_dict["finances_settings_invoicing_update_access"] = finances_settings_invoicing_update_access
        if settings_invoicing_read_access is not UNSET:
            field_dict["settings_invoicing_read_access"] = settings_invoicing_read_access
        if settings_invoicing_update_access is not UNSET:
            field_dict["settings_invoicing_update_access"] = settings_invoicing_update_access
        if finances_options_read_access is not UNSET:
            field_dict["finances_options_read_access"] = finances_options_read_access
        if options_read_access is not UNSET:
            field_dict["options_read_access"] = options_read_access
        if finances_options_update_access is not UNSET:
            field_dict["finances_options_update_access"] = finances_options_update_access
        if options_update_access is not UNSET:
            field_dict["options_update_access"] = options_update_access
        if finances_salary_schemes_access is not UNSET:
            field_dict["finances_salary_schemes_access"] = finances_salary_schemes_access
        if finances_salary_calc_access is not UNSET:
            field_dict["finances_salary_calc_access"] = finances_salary_calc_access
        if finances_salary_not_limitation_today_access is not UNSET:
            field_dict["finances_salary_not_limitation_today_access"] = finances_salary_not_limitation_today_access
        if finances_payroll_calculation_create_access is not UNSET:
            field_dict["finances_payroll_calculation_create_access"] = finances_payroll_calculation_create_access
        if finances_payroll_calculation_create_not_limitation_today_access is not UNSET:
            field_dict["finances_payroll_calculation_create_not_limitation_today_access"] = (
                finances_payroll_calculation_create_not_limitation_today_access
            )
        if finances_salary_access_master_checkbox is not UNSET:
            field_dict["finances_salary_access_master_checkbox"] = finances_salary_access_master_checkbox
        if finances_salary_access_master_id is not UNSET:
            field_dict["finances_salary_access_master_id"] = finances_salary_access_master_id
        if get_salary_access_master_id is not UNSET:
            field_dict["get_salary_access_master_id"] = get_salary_access_master_id
        if finances_salary_master_not_limitation_today_access is not UNSET:
            field_dict["finances_salary_master_not_limitation_today_access"] = (
                finances_salary_master_not_limitation_today_access
            )
        if finances_payroll_calculation_create_by_master_access is not UNSET:
            field_dict["finances_payroll_calculation_create_by_master_access"] = (
                finances_payroll_calculation_create_by_master_access
            )
        if calculation_create_by_master_not_limitation_today_access is not UNSET:
            field_dict["calculation_create_by_master_not_limitation_today_access"] = (
                calculation_create_by_master_not_limitation_today_access
            )
        if finances_period_report_access is not UNSET:
            field_dict["finances_period_report_access"] = finances_period_report_access
        if finances_period_report_excel_access is not UNSET:
            field_dict["finances_period_report_excel_access"] = finances_period_report_excel_access
        if finances_year_report_access is not UNSET:
            field_dict["finances_year_report_access"] = finances_year_report_access
        if finances_year_report_excel_access is not UNSET:
            field_dict["finances_year_report_excel_access"] = finances_year_report_excel_access
        if finances_print_check_access is not UNSET:
            field_dict["finances_print_check_access"] = finances_print_check_access
        if finances_z_report_access is not UNSET:
            field_dict["finances_z_report_access"] = finances_z_report_access
        if finances_z_report_no_limit_today_access is not UNSET:
            field_dict["finances_z_report_no_limit_today_access"] = finances_z_report_no_limit_today_access
        if finances_z_report_excel_access is not UNSET:
            field_dict["finances_z_report_excel_access"] = finances_z_report_excel_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem,
            RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        finances_access = _get("finances_access", UNSET)
        if type(finances_access) is not bool and finances_access is not UNSET:
            finances_access = _v.bool_(finances_access, "finances_access")

        _finances_accounts_ids = _get("finances_accounts_ids", UNSET)
        if _finances_accounts_ids is UNSET:
            finances_accounts_ids = UNSET
        else:
            if type(_finances_accounts_ids) is not list:
                _finances_accounts_ids = _v.array(_finances_accounts_ids, "finances_accounts_ids")
            finances_accounts_ids = []
            try:
                for _item in _finances_accounts_ids:
                    finances_accounts_ids.append(
                        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesAccountsIdsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "finances_accounts_ids", finances_accounts_ids) from None

        finances_transactions_access = _get("finances_transactions_access", UNSET)
        if type(finances_transactions_access) is not bool and finances_transactions_access is not UNSET:
            finances_transactions_access = _v.bool_(finances_transactions_access, "finances_transactions_access")

        finances_last_days_count = _get("finances_last_days_count", UNSET)
        if type(finances_last_days_count) is not int and finances_last_days_count is not UNSET:
            finances_last_days_count = _v.int_(finances_last_days_count, "finances_last_days_count")

        finances_create_transactions_access = _get("finances_create_transactions_access", UNSET)
        if type(finances_create_transactions_access) is not bool and finances_create_transactions_access is not UNSET:
            finances_create_transactions_access = _v.bool_(
                finances_create_transactions_access, "finances_create_transactions_access"
            )

        finances_create_last_days_count = _get("finances_create_last_days_count", UNSET)
        if type(finances_create_last_days_count) is not int and finances_create_last_days_count is not UNSET:
            finances_create_last_days_count = _v.int_(
                finances_create_last_days_count, "finances_create_last_days_count"
            )

        finances_edit_transactions_access = _get("finances_edit_transactions_access", UNSET)
        if type(finances_edit_transactions_access) is not bool and finances_edit_transactions_access is not UNSET:
            finances_edit_transactions_access = _v.bool_(
                finances_edit_transactions_access, "finances_edit_transactions_access"
            )

        finances_edit_last_days_count = _get("finances_edit_last_days_count", UNSET)
        if type(finances_edit_last_days_count) is not int and finances_edit_last_days_count is not UNSET:
            finances_edit_last_days_count = _v.int_(finances_edit_last_days_count, "finances_edit_last_days_count")

        finances_delete_transactions_access = _get("finances_delete_transactions_access", UNSET)
        if type(finances_delete_transactions_access) is not bool and finances_delete_transactions_access is not UNSET:
            finances_delete_transactions_access = _v.bool_(
                finances_delete_transactions_access, "finances_delete_transactions_access"
            )

        finances_transactions_excel_access = _get("finances_transactions_excel_access", UNSET)
        if type(finances_transactions_excel_access) is not bool and finances_transactions_excel_access is not UNSET:
            finances_transactions_excel_access = _v.bool_(
                finances_transactions_excel_access, "finances_transactions_excel_access"
            )

        _finances_expenses_ids = _get("finances_expenses_ids", UNSET)
        if _finances_expenses_ids is UNSET:
            finances_expenses_ids = UNSET
        else:
            if type(_finances_expenses_ids) is not list:
                _finances_expenses_ids = _v.array(_finances_expenses_ids, "finances_expenses_ids")
            finances_expenses_ids = []
            try:
                for _item in _finances_expenses_ids:
                    finances_expenses_ids.append(
                        RootTypeForUserPermissionsResponseDataTypesDataFinancesFinancesExpensesIdsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "finances_expenses_ids", finances_expenses_ids) from None

        finances_accounts_access = _get("finances_accounts_access", UNSET)
        if type(finances_accounts_access) is not bool and finances_accounts_access is not UNSET:
            finances_accounts_access = _v.bool_(finances_accounts_access, "finances_accounts_access")

        finances_accounts_limited_access = _get("finances_accounts_limited_access", UNSET)
        if type(finances_accounts_limited_access) is not bool and finances_accounts_limited_access is not UNSET:
            finances_accounts_limited_access = _v.bool_(
                finances_accounts_limited_access, "finances_accounts_limited_access"
            )

        finances_accounts_banalce_access = _get("finances_accounts_banalce_access", UNSET)
        if type(finances_accounts_banalce_access) is not bool and finances_accounts_banalce_access is not UNSET:
            finances_accounts_banalce_access = _v.bool_(
                finances_accounts_banalce_access, "finances_accounts_banalce_access"
            )

        finances_suppliers_read_access = _get("finances_suppliers_read_access", UNSET)
        if type(finances_suppliers_read_access) is not bool and finances_suppliers_read_access is not UNSET:
            finances_suppliers_read_access = _v.bool_(finances_suppliers_read_access, "finances_suppliers_read_access")

        finances_suppliers_create_access = _get("finances_suppliers_create_access", UNSET)
        if type(finances_suppliers_create_access) is not bool and finances_suppliers_create_access is not UNSET:
            finances_suppliers_create_access = _v.bool_(
                finances_suppliers_create_access, "finances_suppliers_create_access"
            )

        finances_suppliers_update_access = _get("finances_suppliers_update_access", UNSET)
        if type(finances_suppliers_update_access) is not bool and finances_suppliers_update_access is not UNSET:
            finances_suppliers_update_access = _v.bool_(
                finances_suppliers_update_access, "finances_suppliers_update_access"
            )

        finances_suppliers_delete_access = _get("finances_suppliers_delete_access", UNSET)
        if type(finances_suppliers_delete_access) is not bool and finances_suppliers_delete_access is not UNSET:
            finances_suppliers_delete_access = _v.bool_(
                finances_suppliers_delete_access, "finances_suppliers_delete_access"
            )

        finances_suppliers_excel_access = _get("finances_suppliers_excel_access", UNSET)
        if type(finances_suppliers_excel_access) is not bool and finances_suppliers_excel_access is not UNSET:
            finances_suppliers_excel_access = _v.bool_(
                finances_suppliers_excel_access, "finances_suppliers_excel_access"
            )

        finances_expenses_read_access = _get("finances_expenses_read_access", UNSET)
        if type(finances_expenses_read_access) is not bool and finances_expenses_read_access is not UNSET:
            finances_expenses_read_access = _v.bool_(finances_expenses_read_access, "finances_expenses_read_access")

        expenses_read_access = _get("expenses_read_access", UNSET)
        if type(expenses_read_access) is not bool and expenses_read_access is not UNSET:
            expenses_read_access = _v.bool_(expenses_read_access, "expenses_read_access")

        finances_expenses_create_access = _get("finances_expenses_create_access", UNSET)
        if type(finances_expenses_create_access) is not bool and finances_expenses_create_access is not UNSET:
            finances_expenses_create_access = _v.bool_(
                finances_expenses_create_access, "finances_expenses_create_access"
            )

        expenses_create_access = _get("expenses_create_access", UNSET)
        if type(expenses_create_access) is not bool and expenses_create_access is not UNSET:
            expenses_create_access = _v.bool_(expenses_create_access, "expenses_create_access")

        finances_expenses_update_access = _get("finances_expenses_update_access", UNSET)
        if type(finances_expenses_update_access) is not bool and finances_expenses_update_access is not UNSET:
            finances_expenses_update_access = _v.bool_(
                finances_expenses_update_access, "finances_expenses_update_access"
            )

        expenses_update_access = _get("expenses_update_access", UNSET)
        if type(expenses_update_access) is not bool and expenses_update_access is not UNSET:
            expenses_update_access = _v.bool_(expenses_update_access, "expenses_update_access")

        finances_expenses_delete_access = _get("finances_expenses_delete_access", UNSET)
        if type(finances_expenses_delete_access) is not bool and finances_expenses_delete_access is not UNSET:
            finances_expenses_delete_access = _v.bool_(
                finances_expenses_delete_access, "finances_expenses_delete_access"
            )

        expenses_delete_access = _get("expenses_delete_access", UNSET)
        if type(expenses_delete_access) is not bool and expenses_delete_access is not UNSET:
            expenses_delete_access = _v.bool_(expenses_delete_access, "expenses_delete_access")

        finances_kkm_transactions_access = _get("finances_kkm_transactions_access", UNSET)
        if type(finances_kkm_transactions_access) is not bool and finances_kkm_transactions_access is not UNSET:
            finances_kkm_transactions_access = _v.bool_(
                finances_kkm_transactions_access, "finances_kkm_transactions_access"
            )

        kkm_transactions_accounts_access = _get("kkm_transactions_accounts_access", UNSET)
        if type(kkm_transactions_accounts_access) is not bool and kkm_transactions_accounts_access is not UNSET:
            kkm_transactions_accounts_access = _v.bool_(
                kkm_transactions_accounts_access, "kkm_transactions_accounts_access"
            )

        finances_kkm_settings_read_access = _get("finances_kkm_settings_read_access", UNSET)
        if type(finances_kkm_settings_read_access) is not bool and finances_kkm_settings_read_access is not UNSET:
            finances_kkm_settings_read_access = _v.bool_(
                finances_kkm_settings_read_access, "finances_kkm_settings_read_access"
            )

        kkm_settings_reed_access = _get("kkm_settings_reed_access", UNSET)
        if type(kkm_settings_reed_access) is not bool and kkm_settings_reed_access is not UNSET:
            kkm_settings_reed_access = _v.bool_(kkm_settings_reed_access, "kkm_settings_reed_access")

        finances_kkm_settings_update_access = _get("finances_kkm_settings_update_access", UNSET)
        if type(finances_kkm_settings_update_access) is not bool and finances_kkm_settings_update_access is not UNSET:
            finances_kkm_settings_update_access = _v.bool_(
                finances_kkm_settings_update_access, "finances_kkm_settings_update_access"
            )

        kkm_settings_update_access = _get("kkm_settings_update_access", UNSET)
        if type(kkm_settings_update_access) is not bool and kkm_settings_update_access is not UNSET:
            kkm_settings_update_access = _v.bool_(kkm_settings_update_access, "kkm_settings_update_access")

        finances_settings_invoicing_read_access = _get("finances_settings_invoicing_read_access", UNSET)
        if (
            type(finances_settings_invoicing_read_access) is not bool
            and finances_settings_invoicing_read_access is not UNSET
        ):
            finances_settings_invoicing_read_access = _v.bool_(
                finances_settings_invoicing_read_access, "finances_settings_invoicing_read_access"
            )

        finances_settings_invoicing_update_access = _get("finances_settings_invoicing_update_access", UNSET)
        if (
            type(finances_settings_invoicing_update_access) is not bool
            and finances_settings_invoicing_update_access is not UNSET
        ):
            finances_settings_invoicing_update_access = _v.bool_(
                finances_settings_invoicing_update_access, "finances_settings_invoicing_update_access"
            )

        settings_invoicing_read_access = _get("settings_invoicing_read_access", UNSET)
        if type(settings_invoicing_read_access) is not bool and settings_invoicing_read_access is not UNSET:
            settings_invoicing_read_access = _v.bool_(settings_invoicing_read_access, "settings_invoicing_read_access")

        settings_invoicing_update_access = _get("settings_invoicing_update_access", UNSET)
        if type(settings_invoicing_update_access) is not bool and settings_invoicing_update_access is not UNSET:
            settings_invoicing_update_access = _v.bool_(
                settings_invoicing_update_access, "settings_invoicing_update_access"
            )

        finances_options_read_access = _get("finances_options_read_access", UNSET)
        if type(finances_options_read_access) is not bool and finances_options_read_access is not UNSET:
            finances_options_read_access = _v.bool_(finances_options_read_access, "finances_options_read_access")

        options_read_access = _get("options_read_access", UNSET)
        if type(options_read_access) is not bool and options_read_access is not UNSET:
            options_read_access = _v.bool_(options_read_access, "options_read_access")

        finances_options_update_access = _get("finances_options_update_access", UNSET)
        if type(finances_options_update_access) is not bool and finances_options_update_access is not UNSET:
            finances_options_update_access = _v.bool_(finances_options_update_access, "finances_options_update_access")

        options_update_access = _get("options_update_access", UNSET)
        if type(options_update_access) is not bool and options_update_access is not UNSET:
            options_update_access = _v.bool_(options_update_access, "options_update_access")

        finances_salary_schemes_access = _get("finances_salary_schemes_access", UNSET)
        if type(finances_salary_schemes_access) is not bool and finances_salary_schemes_access is not UNSET:
            finances_salary_schemes_access = _v.bool_(finances_salary_schemes_access, "finances_salary_schemes_access")

        finances_salary_calc_access = _get("finances_salary_calc_access", UNSET)
        if type(finances_salary_calc_access) is not bool and finances_salary_calc_access is not UNSET:
            finances_salary_calc_access = _v.bool_(finances_salary_calc_access, "finances_salary_calc_access")

        finances_salary_not_limitation_today_access = _get("finances_salary_not_limitation_today_access", UNSET)
        if (
            type(finances_salary_not_limitation_today_access) is not bool
            and finances_salary_not_limitation_today_access is not UNSET
        ):
            finances_salary_not_limitation_today_access = _v.bool_(
                finances_salary_not_limitation_today_access, "finances_salary_not_limitation_today_access"
            )

        finances_payroll_calculation_create_access = _get("finances_payroll_calculation_create_access", UNSET)
        if (
            type(finances_payroll_calculation_create_access) is not bool
            and finances_payroll_calculation_create_access is not UNSET
        ):
            finances_payroll_calculation_create_access = _v.bool_(
                finances_payroll_calculation_create_access, "finances_payroll_calculation_create_access"
            )

        finances_payroll_calculation_create_not_limitation_today_access = _get(
            "finances_payroll_calculation_create_not_limitation_today_access", UNSET
        )
        if (
            type(finances_payroll_calculation_create_not_limitation_today_access) is not bool
            and finances_payroll_calculation_create_not_limitation_today_access is not UNSET
        ):
            finances_payroll_calculation_create_not_limitation_today_access = _v.bool_(
                finances_payroll_calculation_create_not_limitation_today_access,
                "finances_payroll_calculation_create_not_limitation_today_access",
            )

        finances_salary_access_master_checkbox = _get("finances_salary_access_master_checkbox", UNSET)
        if (
            type(finances_salary_access_master_checkbox) is not bool
            and finances_salary_access_master_checkbox is not UNSET
        ):
            finances_salary_access_master_checkbox = _v.bool_(
                finances_salary_access_master_checkbox, "finances_salary_access_master_checkbox"
            )

        finances_salary_access_master_id = _get("finances_salary_access_master_id", UNSET)
        if type(finances_salary_access_master_id) is not int and finances_salary_access_master_id is not UNSET:
            finances_salary_access_master_id = _v.int_(
                finances_salary_access_master_id, "finances_salary_access_master_id"
            )

        get_salary_access_master_id = _get("get_salary_access_master_id", UNSET)
        if type(get_salary_access_master_id) is not int and get_salary_access_master_id is not UNSET:
            get_salary_access_master_id = _v.int_(get_salary_access_master_id, "get_salary_access_master_id")

        finances_salary_master_not_limitation_today_access = _get(
            "finances_salary_master_not_limitation_today_access", UNSET
        )
        if (
            type(finances_salary_master_not_limitation_today_access) is not bool
            and finances_salary_master_not_limitation_today_access is not UNSET
        ):
            finances_salary_master_not_limitation_today_access = _v.bool_(
                finances_salary_master_not_limitation_today_access, "finances_salary_master_not_limitation_today_access"
            )

        finances_payroll_calculation_create_by_master_access = _get(
            "finances_payroll_calculation_create_by_master_access", UNSET
        )
        if (
            type(finances_payroll_calculation_create_by_master_access) is not bool
            and finances_payroll_calculation_create_by_master_access is not UNSET
        ):
            finances_payroll_calculation_create_by_master_access = _v.bool_(
                finances_payroll_calculation_create_by_master_access,
                "finances_payroll_calculation_create_by_master_access",
            )

        calculation_create_by_master_not_limitation_today_access = _get(
            "calculation_create_by_master_not_limitation_today_access", UNSET
        )
        if (
            type(calculation_create_by_master_not_limitation_today_access) is not bool
            and calculation_create_by_master_not_limitation_today_access is not UNSET
        ):
            calculation_create_by_master_not_limitation_today_access = _v.bool_(
                calculation_create_by_master_not_limitation_today_access,
                "calculation_create_by_master_not_limitation_today_access",
            )

        finances_period_report_access = _get("finances_period_report_access", UNSET)
        if type(finances_period_report_access) is not bool and finances_period_report_access is not UNSET:
            finances_period_report_access = _v.bool_(finances_period_report_access, "finances_period_report_access")

        finances_period_report_excel_access = _get("finances_period_report_excel_access", UNSET)
        if type(finances_period_report_excel_access) is not bool and finances_period_report_excel_access is not UNSET:
            finances_period_report_excel_access = _v.bool_(
                finances_period_report_excel_access, "finances_period_report_excel_access"
            )

        finances_year_report_access = _get("finances_year_report_access", UNSET)
        if type(finances_year_report_access) is not bool and finances_year_report_access is not UNSET:
            finances_year_report_access = _v.bool_(finances_year_report_access, "finances_year_report_access")

        finances_year_report_excel_access = _get("finances_year_report_excel_access", UNSET)
        if type(finances_year_report_excel_access) is not bool and finances_year_report_excel_access is not UNSET:
            finances_year_report_excel_access = _v.bool_(
                finances_year_report_excel_access, "finances_year_report_excel_access"
            )

        finances_print_check_access = _get("finances_print_check_access", UNSET)
        if type(finances_print_check_access) is not bool and finances_print_check_access is not UNSET:
            finances_print_check_access = _v.bool_(finances_print_check_access, "finances_print_check_access")

        finances_z_report_access = _get("finances_z_report_access", UNSET)
        if type(finances_z_report_access) is not bool and finances_z_report_access is not UNSET:
            finances_z_report_access = _v.bool_(finances_z_report_access, "finances_z_report_access")

        finances_z_report_no_limit_today_access = _get("finances_z_report_no_limit_today_access", UNSET)
        if (
            type(finances_z_report_no_limit_today_access) is not bool
            and finances_z_report_no_limit_today_access is not UNSET
        ):
            finances_z_report_no_limit_today_access = _v.bool_(
                finances_z_report_no_limit_today_access, "finances_z_report_no_limit_today_access"
            )

        finances_z_report_excel_access = _get("finances_z_report_excel_access", UNSET)
        if type(finances_z_report_excel_access) is not bool and finances_z_report_excel_access is not UNSET:
            finances_z_report_excel_access = _v.bool_(finances_z_report_excel_access, "finances_z_report_excel_access")

        _obj = cls.__new__(cls)
        _obj.finances_access = finances_access
        _obj.finances_accounts_ids = finances_accounts_ids
        _obj.finances_transactions_access = finances_transactions_access
        _obj.finances_last_days_count = finances_last_days_count
        _obj.finances_create_transactions_access = finances_create_transactions_access
        _obj.finances_create_last_days_count = finances_create_last_days_count
        _obj.finances_edit_transactions_access = finances_edit_transactions_access
        _obj.finances_edit_last_days_count = finances_edit_last_days_count
        _obj.finances_delete_transactions_access = finances_delete_transactions_access
        _obj.finances_transactions_excel_access = finances_transactions_excel_access
        _obj.finances_expenses_ids = finances_expenses_ids
        _obj.finances_accounts_access = finances_accounts_access
        _obj.finances_accounts_limited_access = finances_accounts_limited_access
        _obj.finances_accounts_banalce_access = finances_accounts_banalce_access
        _obj.finances_suppliers_read_access = finances_suppliers_read_access
        _obj.finances_suppliers_create_access = finances_suppliers_create_access
        _obj.finances_suppliers_update_access = finances_suppliers_update_access
        _obj.finances_suppliers_delete_access = finances_suppliers_delete_access
        _obj.finances_suppliers_excel_access = finances_suppliers_excel_access
        _obj.finances_expenses_read_access = finances_expenses_read_access
        _obj.expenses_read_access = expenses_read_access
        _obj.finances_expenses_create_access = finances_expenses_create_access
        _obj.expenses_create_access = expenses_create_access
        _obj.finances_expenses_update_access = finances_expenses_update_access
        _obj.expenses_update_access = expenses_update_access
        _obj.finances_expenses_delete_access = finances_expenses_delete_access
        _obj.expenses_delete_access = expenses_delete_access
        _obj.finances_kkm_transactions_access = finances_kkm_transactions_access
        _obj.kkm_transactions_accounts_access = kkm_transactions_accounts_access
        _obj.finances_kkm_settings_read_access = finances_kkm_settings_read_access
        _obj.kkm_settings_reed_access = kkm_settings_reed_access
        _obj.finances_kkm_settings_update_access = finances_kkm_settings_update_access
        _obj.kkm_settings_update_access = kkm_settings_update_access
        _obj.finances_settings_invoicing_read_access = finances_settings_invoicing_read_access
        _obj.finances_settings_invoicing_update_access = finances_settings_invoicing_update_access
        _obj.settings_invoicing_read_access = settings_invoicing_read_access
        _obj.settings_invoicing_update_access = settings_invoicing_update_access
        _obj.finances_options_read_access = finances_options_read_access
        _obj.options_read_access = options_read_access
        _obj.finances_options_update_access = finances_options_update_access
        _obj.options_update_access = options_update_access
        _obj.finances_salary_schemes_access = finances_salary_schemes_access
        _obj.finances_salary_calc_access = finances_salary_calc_access
        _obj.finances_salary_not_limitation_today_access = finances_salary_not_limitation_today_access
        _obj.finances_payroll_calculation_create_access = finances_payroll_calculation_create_access
        _obj.finances_payroll_calculation_create_not_limitation_today_access = (
            finances_payroll_calculation_create_not_limitation_today_access
        )
        _obj.finances_salary_access_master_checkbox = finances_salary_access_master_checkbox
        _obj.finances_salary_access_master_id = finances_salary_access_master_id
        _obj.get_salary_access_master_id = get_salary_access_master_id
        _obj.finances_salary_master_not_limitation_today_access = finances_salary_master_not_limitation_today_access
        _obj.finances_payroll_calculation_create_by_master_access = finances_payroll_calculation_create_by_master_access
        _obj.calculation_create_by_master_not_limitation_today_access = (
            calculation_create_by_master_not_limitation_today_access
        )
        _obj.finances_period_report_access = finances_period_report_access
        _obj.finances_period_report_excel_access = finances_period_report_excel_access
        _obj.finances_year_report_access = finances_year_report_access
        _obj.finances_year_report_excel_access = finances_year_report_excel_access
        _obj.finances_print_check_access = finances_print_check_access
        _obj.finances_z_report_access = finances_z_report_access
        _obj.finances_z_report_no_limit_today_access = finances_z_report_no_limit_today_access
        _obj.finances_z_report_excel_access = finances_z_report_excel_access

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
