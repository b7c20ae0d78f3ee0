from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_user_permissions_response_data_types_data_storages_storages_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem,
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_storages_storages_transactions_types_item import (
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_user_permissions_response_data_types_data_storages_storages_ids_item import (
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_user_permissions_response_data_types_data_storages_storages_transactions_types_item import (
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem,
        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "storages_access",
        "storages_ids",
        "storages_transactions_access",
        "storages_last_days_count",
        "storages_move_goods_access",
        "storages_create_transactions_access",
        "storages_create_last_days_count",
        "storages_create_transactions_buy_access",
        "storages_create_transactions_sale_access",
        "storages_edit_transactions_access",
        "storages_edit_last_days_count",
        "storages_edit_transactions_buy_access",
        "storages_edit_transactions_sale_access",
        "storages_delete_transactions_access",
        "storages_transactions_excel_access",
        "storages_transactions_types",
        "storages_inventory_access",
        "storages_inventory_create_edit_access",
        "storages_inventory_delete_access",
        "storages_inventory_excel_access",
        "storages_remnants_report_access",
        "storages_remnants_report_excel_access",
        "storages_sales_report_access",
        "storages_sales_report_excel_access",
        "storages_consumable_report_access",
        "storages_consumable_report_excel_access",
        "storages_write_off_report_access",
        "storages_write_off_report_excel_access",
        "storages_turnover_report_access",
        "storages_turnover_report_excel_access",
        "storages_goods_crud_access",
        "storages_goods_create_access",
        "storages_goods_update_access",
        "storages_goods_title_edit_access",
        "storages_goods_category_edit_access",
        "storages_goods_selling_price_edit_access",
        "storages_goods_cost_price_edit_access",
        "storages_goods_units_edit_access",
        "storages_goods_critical_balance_edit_access",
        "storages_goods_masses_edit_access",
        "storages_goods_comment_edit_access",
        "storages_goods_archive_access",
        "storages_goods_delete_access",
        "storages_limited_access",
        "storages_goods_prime_cost_view_access",
    }
)


T = TypeVar("T", bound="RootTypeForUserPermissionsResponseDataTypesDataStorages")


@_attrs_define
class RootTypeForUserPermissionsResponseDataTypesDataStorages:
    """Inventory section"""

    storages_access: bool | Unset = UNSET
    """ Access to inventory: true - allowed, false - denied """
    storages_ids: list[RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem] | Unset = UNSET
    """ Access to selected warehouses: true - allowed, false - denied """
    storages_transactions_access: bool | Unset = UNSET
    """ Permission to view product movements: true - allowed, false - denied """
    storages_last_days_count: int | Unset = UNSET
    """ -1: may view product movements with no time limit; >= 0: may view product movements only this many days back
    """
    storages_move_goods_access: bool | Unset = UNSET
    """ Permission for moving products between warehouses: true - allowed, false - denied """
    storages_create_transactions_access: bool | Unset = UNSET
    """ Permission to create commodity transactions: true - allowed, false - denied """
    storages_create_last_days_count: int | Unset = UNSET
    """ -1: commodity transactions can be created with no time limit; >= 0: only this many days back """
    storages_create_transactions_buy_access: bool | Unset = UNSET
    """ Permission for registering the arrival of products: true - allowed, false - denied """
    storages_create_transactions_sale_access: bool | Unset = UNSET
    """ Access to registration of sales of products: true - allowed, false - denied """
    storages_edit_transactions_access: bool | Unset = UNSET
    """ Permission for editing commodity transactions: true - allowed, false - denied """
    storages_edit_last_days_count: int | Unset = UNSET
    """ -1: commodity transactions editable with no time limit; >= 0: editable only this many days back """
    storages_edit_transactions_buy_access: bool | Unset = UNSET
    """ Permission for registering the arrival of products: true - allowed, false - denied """
    storages_edit_transactions_sale_access: bool | Unset = UNSET
    """ Access to registration of sales of products: true - allowed, false - denied """
    storages_delete_transactions_access: bool | Unset = UNSET
    """ Permission for deleting commodity transactions: true - allowed, false - denied """
    storages_transactions_excel_access: bool | Unset = UNSET
    """ Permission for exporting product movements to Excel: true - allowed, false - denied """
    storages_transactions_types: (
        list[RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem] | Unset
    ) = UNSET
    """ Permission for exporting product movements to Excel: true - allowed, false - denied """
    storages_inventory_access: bool | Unset = UNSET
    """ Access to inventory: true - allowed, false - denied """
    storages_inventory_create_edit_access: bool | Unset = UNSET
    """ Permission to create and edit inventory: true - allowed, false - denied """
    storages_inventory_delete_access: bool | Unset = UNSET
    """ Permission for deleting inventory: true - allowed, false - denied """
    storages_inventory_excel_access: bool | Unset = UNSET
    """ Permission for exporting inventory to Excel: true - allowed, false - denied """
    storages_remnants_report_access: bool | Unset = UNSET
    """ Access to stock balance report: true - allowed, false - denied """
    storages_remnants_report_excel_access: bool | Unset = UNSET
    """ Permission for exporting balances to Excel: true - allowed, false - denied """
    storages_sales_report_access: bool | Unset = UNSET
    """ Access to sales report: true - allowed, false - denied """
    storages_sales_report_excel_access: bool | Unset = UNSET
    """ Permission for downloading sales report as Excel: true - allowed, false - denied """
    storages_consumable_report_access: bool | Unset = UNSET
    """ Access to consumable write-off report: true - allowed, false - denied """
    storages_consumable_report_excel_access: bool | Unset = UNSET
    """ Permission for downloading a report on writing off consumables as Excel: true - allowed, false - denied """
    storages_write_off_report_access: bool | Unset = UNSET
    """ Access to write-off report: true - allowed, false - denied """
    storages_write_off_report_excel_access: bool | Unset = UNSET
    """ Permission for exporting a report on the write-off of products to Excel: true - allowed, false - denied """
    storages_turnover_report_access: bool | Unset = UNSET
    """ Access to turnover report: true - allowed, false - denied """
    storages_turnover_report_excel_access: bool | Unset = UNSET
    """ Permission for downloading the turnover report as Excel: true - allowed, false - denied """
    storages_goods_crud_access: bool | Unset = UNSET
    """ Access to product management: true - allowed, false - denied """
    storages_goods_create_access: bool | Unset = UNSET
    """ Permission to create products: true - allowed, false - denied """
    storages_goods_update_access: bool | Unset = UNSET
    """ Permission to change products: true - allowed, false - denied """
    storages_goods_title_edit_access: bool | Unset = UNSET
    """ Access to name, Article, Barcode: true - allowed, false - denied """
    storages_goods_category_edit_access: bool | Unset = UNSET
    """ Access to categories: true - allowed, false - denied """
    storages_goods_selling_price_edit_access: bool | Unset = UNSET
    """ Access to sell prices: true - allowed, false - denied """
    storages_goods_cost_price_edit_access: bool | Unset = UNSET
    """ Access to cost: true - allowed, false - denied """
    storages_goods_units_edit_access: bool | Unset = UNSET
    """ Access to units of measurement: true - allowed, false - denied """
    storages_goods_critical_balance_edit_access: bool | Unset = UNSET
    """ Access to critical balances and desired balance: true - allowed, false - denied """
    storages_goods_masses_edit_access: bool | Unset = UNSET
    """ Access to mass: true - allowed, false - denied """
    storages_goods_comment_edit_access: bool | Unset = UNSET
    """ Access to comments: true - allowed, false - denied """
    storages_goods_archive_access: bool | Unset = UNSET
    """ Permission to archive and restore products: true - allowed, false - denied """
    storages_goods_delete_access: bool | Unset = UNSET
    """ Permission to delete products: true - allowed, false - denied """
    storages_limited_access: bool | Unset = UNSET
    """ Limited access to inventory: true - allowed, false - denied """
    storages_goods_prime_cost_view_access: bool | Unset = UNSET
    """ Permission to view product prime cost: true - allowed, false - denied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem,
            RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem,
        ) = _LAZY or _lazy()
        storages_access = self.storages_access

        storages_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storages_ids, Unset):
            storages_ids = []
            for storages_ids_item_data in self.storages_ids:
                storages_ids_item = storages_ids_item_data.to_dict()
                storages_ids.append(storages_ids_item)

        storages_transactions_access = self.storages_transactions_access

        storages_last_days_count = self.storages_last_days_count

        storages_move_goods_access = self.storages_move_goods_access

        storages_create_transactions_access = self.storages_create_transactions_access

        storages_create_last_days_count = self.storages_create_last_days_count

        storages_create_transactions_buy_access = self.storages_create_transactions_buy_access

        storages_create_transactions_sale_access = self.storages_create_transactions_sale_access

        storages_edit_transactions_access = self.storages_edit_transactions_access

        storages_edit_last_days_count = self.storages_edit_last_days_count

        storages_edit_transactions_buy_access = self.storages_edit_transactions_buy_access

        storages_edit_transactions_sale_access = self.storages_edit_transactions_sale_access

        storages_delete_transactions_access = self.storages_delete_transactions_access

        storages_transactions_excel_access = self.storages_transactions_excel_access

        storages_transactions_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storages_transactions_types, Unset):
            storages_transactions_types = []
            for storages_transactions_types_item_data in self.storages_transactions_types:
                storages_transactions_types_item = storages_transactions_types_item_data.to_dict()
                storages_transactions_types.append(storages_transactions_types_item)

        storages_inventory_access = self.storages_inventory_access

        storages_inventory_create_edit_access = self.storages_inventory_create_edit_access

        storages_inventory_delete_access = self.storages_inventory_delete_access

        storages_inventory_excel_access = self.storages_inventory_excel_access

        storages_remnants_report_access = self.storages_remnants_report_access

        storages_remnants_report_excel_access = self.storages_remnants_report_excel_access

        storages_sales_report_access = self.storages_sales_report_access

        storages_sales_report_excel_access = self.storages_sales_report_excel_access

        storages_consumable_report_access = self.storages_consumable_report_access

        storages_consumable_report_excel_access = self.storages_consumable_report_excel_access

        storages_write_off_report_access = self.storages_write_off_report_access

        storages_write_off_report_excel_access = self.storages_write_off_report_excel_access

        storages_turnover_report_access = self.storages_turnover_report_access

        storages_turnover_report_excel_access = self.storages_turnover_report_excel_access

        storages_goods_crud_access = self.storages_goods_crud_access

        storages_goods_create_access = self.storages_goods_create_access

        storages_goods_update_access = self.storages_goods_update_access

        storages_goods_title_edit_access = self.storages_goods_title_edit_access

        storages_goods_category_edit_access = self.storages_goods_category_edit_access

        storages_goods_selling_price_edit_access = self.storages_goods_selling_price_edit_access

        storages_goods_cost_price_edit_access = self.storages_goods_cost_price_edit_access

        storages_goods_units_edit_access = self.storages_goods_units_edit_access

        storages_goods_critical_balance_edit_access = self.storages_goods_critical_balance_edit_access

        storages_goods_masses_edit_access = self.storages_goods_masses_edit_access

        storages_goods_comment_edit_access = self.storages_goods_comment_edit_access

        storages_goods_archive_access = self.storages_goods_archive_access

        storages_goods_delete_access = self.storages_goods_delete_access

        storages_limited_access = self.storages_limited_access

        storages_goods_prime_cost_view_access = self.storages_goods_prime_cost_view_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storages_access is not UNSET:
            field_dict["storages_access"] = storages_access
        if storages_ids is not UNSET:
            field_dict["storages_ids"] = storages_ids
        if storages_transactions_access is not UNSET:
            field_dict["storages_transactions_access"] = storages_transactions_access
        if storages_last_days_count is not UNSET:
            field_dict["storages_last_days_count"] = storages_last_days_count
        if storages_move_goods_access is not UNSET:
            field_dict["storages_move_goods_access"] = storages_move_goods_access
        if storages_create_transactions_access is not UNSET:
            field_dict["storages_create_transactions_access"] = storages_create_transactions_access
        if storages_create_last_days_count is not UNSET:
            field_dict["storages_create_last_days_count"] = storages_create_last_days_count
        if storages_create_transactions_buy_access is not UNSET:
            field_dict["storages_create_transactions_buy_access"] = storages_create_transactions_buy_access
        if storages_create_transactions_sale_access is not UNSET:
            field_dict["storages_create_transactions_sale_access"] = storages_create_transactions_sale_access
        if storages_edit_transactions_access is not UNSET:
            field_dict["storages_edit_transactions_access"] = storages_edit_transactions_access
        if storages_edit_last_days_count is not UNSET:
            field_dict["storages_edit_last_days_count"] = storages_edit_last_days_count
        if storages_edit_transactions_buy_access is not UNSET:
            field_dict["storages_edit_transactions_buy_access"] = storages_edit_transactions_buy_access
        if storages_edit_transactions_sale_access is not UNSET:
            field_dict["storages_edit_transactions_sale_access"] = storages_edit_transactions_sale_access
        if storages_delete_transactions_access is not UNSET:
            field_dict["storages_delete_transactions_access"] = storages_delete_transactions_access
        if storages_transactions_excel_access is not UNSET:
            field_dict["storages_transactions_excel_access"] = storages_transactions_excel_access
        if storages_transactions_types is not UNSET:
            field_dict["storages_transactions_types"] = storages_transactions_types
        if storages_inventory_access is not UNSET:
            field_dict["storages_inventory_access"] = storages_inventory_access
        if storages_inventory_create_edit_access is not UNSET:
            field_dict["storages_inventory_create_edit_access"] = storages_inventory_create_edit_access
        if storages_inventory_delete_access is not UNSET:
            field_dict["storages_inventory_delete_access"] = storages_inventory_delete_access
        if storages_inventory_excel_access is not UNSET:
            field_dict["storages_inventory_excel_access"] = storages_inventory_excel_access
        if storages_remnants_report_access is not UNSET:
            field_dict["storages_remnants_report_access"] = storages_remnants_report_access
        if storages_remnants_report_excel_access is not UNSET:
            field_dict["storages_remnants_report_excel_access"] = storages_remnants_report_excel_access
        if storages_sales_report_access is not UNSET:
            field_dict["storages_sales_report_access"] = storages_sales_report_access
        if storages_sales_report_excel_access is not UNSET:
            field_dict["storages_sales_report_excel_access"] = storages_sales_report_excel_access
        if storages_consumable_report_access is not UNSET:
            field_dict["storages_consumable_report_access"] = storages_consumable_report_access
        if storages_consumable_report_excel_access is not UNSET:
            field_dict["storages_consumable_report_excel_access"] = storages_consumable_report_excel_access
        if storages_write_off_report_access is not UNSET:
            field_dict["storages_write_off_report_access"] = storages_write_off_report_access
        if storages_write_off_report_excel_access is not UNSET:
            field_dict["storages_write_off_report_excel_access"] = storages_write_off_report_excel_access
        if storages_turnover_report_access is not UNSET:
            field_dict["storages_turnover_report_access"] = storages_turnover_report_access
        if storages_turnover_report_excel_access is not UNSET:
            field_dict["storages_turnover_report_excel_access"] = storages_turnover_report_excel_access
        if storages_goods_crud_access is not UNSET:
            field_dict["storages_goods_crud_access"] = storages_goods_crud_access
        if storages_goods_create_access is not UNSET:
            field_dict["storages_goods_create_access"] = storages_goods_create_access
        if storages_goods_update_access is not UNSET:
            field_dict["storages_goods_update_access"] = storages_goods_update_access
        if storages_goods_title_edit_access is not UNSET:
            field_dict["storages_goods_title_edit_access"] = storages_goods_title_edit_access
        if storages_goods_category_edit_access is not UNSET:
            field_dict["storages_goods_category_edit_access"] = storages_goods_category_edit_access
        if storages_goods_selling_price_edit_access is not UNSET:
            field_dict["storages_goods_selling_price_edit_access"] = storages_goods_selling_price_edit_access
        if storages_goods_cost_price_edit_access is not UNSET:
            field_dict["storages_goods_cost_price_edit_access"] = storages_goods_cost_price_edit_access
        if storages_goods_units_edit_access is not UNSET:
            field_dict["storages_goods_units_edit_access"] = storages_goods_units_edit_access
        if storages_goods_critical_balance_edit_access is not UNSET:
            field_dict["storages_goods_critical_balance_edit_access"] = storages_goods_critical_balance_edit_access
        if storages_goods_masses_edit_access is not UNSET:
            field_dict["storages_goods_masses_edit_access"] = storages_goods_masses_edit_access
        if storages_goods_comment_edit_access is not UNSET:
            field_dict["storages_goods_comment_edit_access"] = storages_goods_comment_edit_access
        if storages_goods_archive_access is not UNSET:
            field_dict["storages_goods_archive_access"] = storages_goods_archive_access
        if storages_goods_delete_access is not UNSET:
            field_dict["storages_goods_delete_access"] = storages_goods_delete_access
        if storages_limited_access is not UNSET:
            field_dict["storages_limited_access"] = storages_limited_access
        if storages_goods_prime_cost_view_access is not UNSET:
            field_dict["storages_goods_prime_cost_view_access"] = storages_goods_prime_cost_view_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem,
            RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        storages_access = _get("storages_access", UNSET)
        if type(storages_access) is not bool and storages_access is not UNSET:
            storages_access = _v.bool_(storages_access, "storages_access")

        _storages_ids = _get("storages_ids", UNSET)
        if _storages_ids is UNSET:
            storages_ids = UNSET
        else:
            if type(_storages_ids) is not list:
                _storages_ids = _v.array(_storages_ids, "storages_ids")
            storages_ids = []
            try:
                for _item in _storages_ids:
                    storages_ids.append(
                        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesIdsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "storages_ids", storages_ids) from None

        storages_transactions_access = _get("storages_transactions_access", UNSET)
        if type(storages_transactions_access) is not bool and storages_transactions_access is not UNSET:
            storages_transactions_access = _v.bool_(storages_transactions_access, "storages_transactions_access")

        storages_last_days_count = _get("storages_last_days_count", UNSET)
        if type(storages_last_days_count) is not int and storages_last_days_count is not UNSET:
            storages_last_days_count = _v.int_(storages_last_days_count, "storages_last_days_count")

        storages_move_goods_access = _get("storages_move_goods_access", UNSET)
        if type(storages_move_goods_access) is not bool and storages_move_goods_access is not UNSET:
            storages_move_goods_access = _v.bool_(storages_move_goods_access, "storages_move_goods_access")

        storages_create_transactions_access = _get("storages_create_transactions_access", UNSET)
        if type(storages_create_transactions_access) is not bool and storages_create_transactions_access is not UNSET:
            storages_create_transactions_access = _v.bool_(
                storages_create_transactions_access, "storages_create_transactions_access"
            )

        storages_create_last_days_count = _get("storages_create_last_days_count", UNSET)
        if type(storages_create_last_days_count) is not int and storages_create_last_days_count is not UNSET:
            storages_create_last_days_count = _v.int_(
                storages_create_last_days_count, "storages_create_last_days_count"
            )

        storages_create_transactions_buy_access = _get("storages_create_transactions_buy_access", UNSET)
        if (
            type(storages_create_transactions_buy_access) is not bool
            and storages_create_transactions_buy_access is not UNSET
        ):
            storages_create_transactions_buy_access = _v.bool_(
                storages_create_transactions_buy_access, "storages_create_transactions_buy_access"
            )

        storages_create_transactions_sale_access = _get("storages_create_transactions_sale_access", UNSET)
        if (
            type(storages_create_transactions_sale_access) is not bool
            and storages_create_transactions_sale_access is not UNSET
        ):
            storages_create_transactions_sale_access = _v.bool_(
                storages_create_transactions_sale_access, "storages_create_transactions_sale_access"
            )

        storages_edit_transactions_access = _get("storages_edit_transactions_access", UNSET)
        if type(storages_edit_transactions_access) is not bool and storages_edit_transactions_access is not UNSET:
            storages_edit_transactions_access = _v.bool_(
                storages_edit_transactions_access, "storages_edit_transactions_access"
            )

        storages_edit_last_days_count = _get("storages_edit_last_days_count", UNSET)
        if type(storages_edit_last_days_count) is not int and storages_edit_last_days_count is not UNSET:
            storages_edit_last_days_count = _v.int_(storages_edit_last_days_count, "storages_edit_last_days_count")

        storages_edit_transactions_buy_access = _get("storages_edit_transactions_buy_access", UNSET)
        if (
            type(storages_edit_transactions_buy_access) is not bool
            and storages_edit_transactions_buy_access is not UNSET
        ):
            storages_edit_transactions_buy_access = _v.bool_(
                storages_edit_transactions_buy_access, "storages_edit_transactions_buy_access"
            )

        storages_edit_transactions_sale_access = _get("storages_edit_transactions_sale_access", UNSET)
        if (
            type(storages_edit_transactions_sale_access) is not bool
            and storages_edit_transactions_sale_access is not UNSET
        ):
            storages_edit_transactions_sale_access = _v.bool_(
                storages_edit_transactions_sale_access, "storages_edit_transactions_sale_access"
            )

        storages_delete_transactions_access = _get("storages_delete_transactions_access", UNSET)
        if type(storages_delete_transactions_access) is not bool and storages_delete_transactions_access is not UNSET:
            storages_delete_transactions_access = _v.bool_(
                storages_delete_transactions_access, "storages_delete_transactions_access"
            )

        storages_transactions_excel_access = _get("storages_transactions_excel_access", UNSET)
        if type(storages_transactions_excel_access) is not bool and storages_transactions_excel_access is not UNSET:
            storages_transactions_excel_access = _v.bool_(
                storages_transactions_excel_access, "storages_transactions_excel_access"
            )

        _storages_transactions_types = _get("storages_transactions_types", UNSET)
        if _storages_transactions_types is UNSET:
            storages_transactions_types = UNSET
        else:
            if type(_storages_transactions_types) is not list:
                _storages_transactions_types = _v.array(_storages_transactions_types, "storages_transactions_types")
            storages_transactions_types = []
            try:
                for _item in _storages_transactions_types:
                    storages_transactions_types.append(
                        RootTypeForUserPermissionsResponseDataTypesDataStoragesStoragesTransactionsTypesItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "storages_transactions_types", storages_transactions_types) from None

        storages_inventory_access = _get("storages_inventory_access", UNSET)
        if type(storages_inventory_access) is not bool and storages_inventory_access is not UNSET:
            storages_inventory_access = _v.bool_(storages_inventory_access, "storages_inventory_access")

        storages_inventory_create_edit_access = _get("storages_inventory_create_edit_access", UNSET)
        if (
            type(storages_inventory_create_edit_access) is not bool
            and storages_inventory_create_edit_access is not UNSET
        ):
            storages_inventory_create_edit_access = _v.bool_(
                storages_inventory_create_edit_access, "storages_inventory_create_edit_access"
            )

        storages_inventory_delete_access = _get("storages_inventory_delete_access", UNSET)
        if type(storages_inventory_delete_access) is not bool and storages_inventory_delete_access is not UNSET:
            storages_inventory_delete_access = _v.bool_(
                storages_inventory_delete_access, "storages_inventory_delete_access"
            )

        storages_inventory_excel_access = _get("storages_inventory_excel_access", UNSET)
        if type(storages_inventory_excel_access) is not bool and storages_inventory_excel_access is not UNSET:
            storages_inventory_excel_access = _v.bool_(
                storages_inventory_excel_access, "storages_inventory_excel_access"
            )

        storages_remnants_report_access = _get("storages_remnants_report_access", UNSET)
        if type(storages_remnants_report_access) is not bool and storages_remnants_report_access is not UNSET:
            storages_remnants_report_access = _v.bool_(
                storages_remnants_report_access, "storages_remnants_report_access"
            )

        storages_remnants_report_excel_access = _get("storages_remnants_report_excel_access", UNSET)
        if (
            type(storages_remnants_report_excel_access) is not bool
            and storages_remnants_report_excel_access is not UNSET
        ):
            storages_remnants_report_excel_access = _v.bool_(
                storages_remnants_report_excel_access, "storages_remnants_report_excel_access"
            )

        storages_sales_report_access = _get("storages_sales_report_access", UNSET)
        if type(storages_sales_report_access) is not bool and storages_sales_report_access is not UNSET:
            storages_sales_report_access = _v.bool_(storages_sales_report_access, "storages_sales_report_access")

        storages_sales_report_excel_access = _get("storages_sales_report_excel_access", UNSET)
        if type(storages_sales_report_excel_access) is not bool and storages_sales_report_excel_access is not UNSET:
            storages_sales_report_excel_access = _v.bool_(
                storages_sales_report_excel_access, "storages_sales_report_excel_access"
            )

        storages_consumable_report_access = _get("storages_consumable_report_access", UNSET)
        if type(storages_consumable_report_access) is not bool and storages_consumable_report_access is not UNSET:
            storages_consumable_report_access = _v.bool_(
                storages_consumable_report_access, "storages_consumable_report_access"
            )

        storages_consumable_report_excel_access = _get("storages_consumable_report_excel_access", UNSET)
        if (
            type(storages_consumable_report_excel_access) is not bool
            and storages_consumable_report_excel_access is not UNSET
        ):
            storages_consumable_report_excel_access = _v.bool_(
                storages_consumable_report_excel_access, "storages_consumable_report_excel_access"
            )

        storages_write_off_report_access = _get("storages_write_off_report_access", UNSET)
        if type(storages_write_off_report_access) is not bool and storages_write_off_report_access is not UNSET:
            storages_write_off_report_access = _v.bool_(
                storages_write_off_report_access, "storages_write_off_report_access"
            )

        storages_write_off_report_excel_access = _get("storages_write_off_report_excel_access", UNSET)
        if (
            type(storages_write_off_report_excel_access) is not bool
            and storages_write_off_report_excel_access is not UNSET
        ):
            storages_write_off_report_excel_access = _v.bool_(
                storages_write_off_report_excel_access, "storages_write_off_report_excel_access"
            )

        storages_turnover_report_access = _get("storages_turnover_report_access", UNSET)
        if type(storages_turnover_report_access) is not bool and storages_turnover_report_access is not UNSET:
            storages_turnover_report_access = _v.bool_(
                storages_turnover_report_access, "storages_turnover_report_access"
            )

        storages_turnover_report_excel_access = _get("storages_turnover_report_excel_access", UNSET)
        if (
            type(storages_turnover_report_excel_access) is not bool
            and storages_turnover_report_excel_access is not UNSET
        ):
            storages_turnover_report_excel_access = _v.bool_(
                storages_turnover_report_excel_access, "storages_turnover_report_excel_access"
            )

        storages_goods_crud_access = _get("storages_goods_crud_access", UNSET)
        if type(storages_goods_crud_access) is not bool and storages_goods_crud_access is not UNSET:
            storages_goods_crud_access = _v.bool_(storages_goods_crud_access, "storages_goods_crud_access")

        storages_goods_create_access = _get("storages_goods_create_access", UNSET)
        if type(storages_goods_create_access) is not bool and storages_goods_create_access is not UNSET:
            storages_goods_create_access = _v.bool_(storages_goods_create_access, "storages_goods_create_access")

        storages_goods_update_access = _get("storages_goods_update_access", UNSET)
        if type(storages_goods_update_access) is not bool and storages_goods_update_access is not UNSET:
            storages_goods_update_access = _v.bool_(storages_goods_update_access, "storages_goods_update_access")

        storages_goods_title_edit_access = _get("storages_goods_title_edit_access", UNSET)
        if type(storages_goods_title_edit_access) is not bool and storages_goods_title_edit_access is not UNSET:
            storages_goods_title_edit_access = _v.bool_(
                storages_goods_title_edit_access, "storages_goods_title_edit_access"
            )

        storages_goods_category_edit_access = _get("storages_goods_category_edit_access", UNSET)
        if type(storages_goods_category_edit_access) is not bool and storages_goods_category_edit_access is not UNSET:
            storages_goods_category_edit_access = _v.bool_(
                storages_goods_category_edit_access, "storages_goods_category_edit_access"
            )

        storages_goods_selling_price_edit_access = _get("storages_goods_selling_price_edit_access", UNSET)
        if (
            type(storages_goods_selling_price_edit_access) is not bool
            and storages_goods_selling_price_edit_access is not UNSET
        ):
            storages_goods_selling_price_edit_access = _v.bool_(
                storages_goods_selling_price_edit_access, "storages_goods_selling_price_edit_access"
            )

        storages_goods_cost_price_edit_access = _get("storages_goods_cost_price_edit_access", UNSET)
        if (
            type(storages_goods_cost_price_edit_access) is not bool
            and storages_goods_cost_price_edit_access is not UNSET
        ):
            storages_goods_cost_price_edit_access = _v.bool_(
                storages_goods_cost_price_edit_access, "storages_goods_cost_price_edit_access"
            )

        storages_goods_units_edit_access = _get("storages_goods_units_edit_access", UNSET)
        if type(storages_goods_units_edit_access) is not bool and storages_goods_units_edit_access is not UNSET:
            storages_goods_units_edit_access = _v.bool_(
                storages_goods_units_edit_access, "storages_goods_units_edit_access"
            )

        storages_goods_critical_balance_edit_access = _get("storages_goods_critical_balance_edit_access", UNSET)
        if (
            type(storages_goods_critical_balance_edit_access) is not bool
            and storages_goods_critical_balance_edit_access is not UNSET
        ):
            storages_goods_critical_balance_edit_access = _v.bool_(
                storages_goods_critical_balance_edit_access, "storages_goods_critical_balance_edit_access"
            )

        storages_goods_masses_edit_access = _get("storages_goods_masses_edit_access", UNSET)
        if type(storages_goods_masses_edit_access) is not bool and storages_goods_masses_edit_access is not UNSET:
            storages_goods_masses_edit_access = _v.bool_(
                storages_goods_masses_edit_access, "storages_goods_masses_edit_access"
            )

        storages_goods_comment_edit_access = _get("storages_goods_comment_edit_access", UNSET)
        if type(storages_goods_comment_edit_access) is not bool and storages_goods_comment_edit_access is not UNSET:
            storages_goods_comment_edit_access = _v.bool_(
                storages_goods_comment_edit_access, "storages_goods_comment_edit_access"
            )

        storages_goods_archive_access = _get("storages_goods_archive_access", UNSET)
        if type(storages_goods_archive_access) is not bool and storages_goods_archive_access is not UNSET:
            storages_goods_archive_access = _v.bool_(storages_goods_archive_access, "storages_goods_archive_access")

        storages_goods_delete_access = _get("storages_goods_delete_access", UNSET)
        if type(storages_goods_delete_access) is not bool and storages_goods_delete_access is not UNSET:
            storages_goods_delete_access = _v.bool_(storages_goods_delete_access, "storages_goods_delete_access")

        storages_limited_access = _get("storages_limited_access", UNSET)
        if type(storages_limited_access) is not bool and storages_limited_access is not UNSET:
            storages_limited_access = _v.bool_(storages_limited_access, "storages_limited_access")

        storages_goods_prime_cost_view_access = _get("storages_goods_prime_cost_view_access", UNSET)
        if (
            type(storages_goods_prime_cost_view_access) is not bool
            and storages_goods_prime_cost_view_access is not UNSET
        ):
            storages_goods_prime_cost_view_access = _v.bool_(
                storages_goods_prime_cost_view_access, "storages_goods_prime_cost_view_access"
            )

        _obj = cls.__new__(cls)
        _obj.storages_access = storages_access
        _obj.storages_ids = storages_ids
        _obj.storages_transactions_access = storages_transactions_access
        _obj.storages_last_days_count = storages_last_days_count
        _obj.storages_move_goods_access = storages_move_goods_access
        _obj.storages_create_transactions_access = storages_create_transactions_access
        _obj.storages_create_last_days_count = storages_create_last_days_count
        _obj.storages_create_transactions_buy_access = storages_create_transactions_buy_access
        _obj.storages_create_transactions_sale_access = storages_create_transactions_sale_access
        _obj.storages_edit_transactions_access = storages_edit_transactions_access
        _obj.storages_edit_last_days_count = storages_edit_last_days_count
        _obj.storages_edit_transactions_buy_access = storages_edit_transactions_buy_access
        _obj.storages_edit_transactions_sale_access = storages_edit_transactions_sale_access
        _obj.storages_delete_transactions_access = storages_delete_transactions_access
        _obj.storages_transactions_excel_access = storages_transactions_excel_access
        _obj.storages_transactions_types = storages_transactions_types
        _obj.storages_inventory_access = storages_inventory_access
        _obj.storages_inventory_create_edit_access = storages_inventory_create_edit_access
        _obj.storages_inventory_delete_access = storages_inventory_delete_access
        _obj.storages_inventory_excel_access = storages_inventory_excel_access
        _obj.storages_remnants_report_access = storages_remnants_report_access
        _obj.storages_remnants_report_excel_access = storages_remnants_report_excel_access
        _obj.storages_sales_report_access = storages_sales_report_access
        _obj.storages_sales_report_excel_access = storages_sales_report_excel_access
        _obj.storages_consumable_report_access = storages_consumable_report_access
        _obj.storages_consumable_report_excel_access = storages_consumable_report_excel_access
        _obj.storages_write_off_report_access = storages_write_off_report_access
        _obj.storages_write_off_report_excel_access = storages_write_off_report_excel_access
        _obj.storages_turnover_report_access = storages_turnover_report_access
        _obj.storages_turnover_report_excel_access = storages_turnover_report_excel_access
        _obj.storages_goods_crud_access = storages_goods_crud_access
        _obj.storages_goods_create_access = storages_goods_create_access
        _obj.storages_goods_update_access = storages_goods_update_access
        _obj.storages_goods_title_edit_access = storages_goods_title_edit_access
        _obj.storages_goods_category_edit_access = storages_goods_category_edit_access
        _obj.storages_goods_selling_price_edit_access = storages_goods_selling_price_edit_access
        _obj.storages_goods_cost_price_edit_access = storages_goods_cost_price_edit_access
        _obj.storages_goods_units_edit_access = storages_goods_units_edit_access
        _obj.storages_goods_critical_balance_edit_access = storages_goods_critical_balance_edit_access
        _obj.storages_goods_masses_edit_access = storages_goods_masses_edit_access
        _obj.storages_goods_comment_edit_access = storages_goods_comment_edit_access
        _obj.storages_goods_archive_access = storages_goods_archive_access
        _obj.storages_goods_delete_access = storages_goods_delete_access
        _obj.storages_limited_access = storages_limited_access
        _obj.storages_goods_prime_cost_view_access = storages_goods_prime_cost_view_access

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
