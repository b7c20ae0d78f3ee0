from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_finance_transaction_response_data_types_data_item import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem,
    )
    from ..models.root_type_for_storage_operation_finance_transaction_response_data_types_meta_type_0 import (
        RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0,
    )


T = TypeVar("T", bound="RootTypeForStorageOperationFinanceTransactionResponseDataTypes")


@_attrs_define
class RootTypeForStorageOperationFinanceTransactionResponseDataTypes:
    """Fetch the financial transactions of a document

    Example:
        {'success': True, 'data': [{'id': 9053737, 'date': '2026-09-21T23:00:00.000-05:00', 'type_id': 2640,
            'expense_id': 2640, 'account_id': 35501, 'amount': 434, 'client_id': 4240788, 'master_id': 0, 'supplier_id': 0,
            'comment': 'Transaction comment', 'item_id': 0, 'target_type_id': 0, 'record_id': 0, 'expense': {'id': 2640,
            'title': 'Provision of corporate services'}, 'account': {'id': 35501, 'title': 'Location account', 'type_id': 0,
            'type': 0, 'comment': '', 'company_id': 4564}, 'client': {'id': 4240788, 'name': 'Client', 'phone':
            '+13155550175'}, 'master': [], 'supplier': []}, {'id': 9053738, 'date': '2026-09-21T23:00:00.000-05:00',
            'type_id': 2640, 'expense_id': 2640, 'account_id': 35501, 'amount': 434, 'client_id': 4240788, 'master_id': 0,
            'supplier_id': 0, 'comment': 'Transaction comment', 'item_id': 0, 'target_type_id': 0, 'record_id': 0,
            'expense': {'id': 2640, 'title': 'Provision of corporate services'}, 'account': {'id': 35501, 'title': 'Location
            account', 'type_id': 0, 'type': 0, 'comment': '', 'company_id': 4564}, 'client': {'id': 4240788, 'name':
            'Client', 'phone': '+13155550175'}, 'master': [], 'supplier': []}], 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem] | Unset = UNSET
    """ List of memberships """
    meta: list[Any] | RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.root_type_for_storage_operation_finance_transaction_response_data_types_meta_type_0 import (
            RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0,  # noqa: PLC0415
        )

        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0):
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
        from ..models.root_type_for_storage_operation_finance_transaction_response_data_types_data_item import (
            RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_storage_operation_finance_transaction_response_data_types_meta_type_0 import (
            RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = RootTypeForStorageOperationFinanceTransactionResponseDataTypesDataItem.from_dict(
                    data_item_data
                )

                data.append(data_item)

        def _parse_meta(
            data: object,
        ) -> list[Any] | RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = RootTypeForStorageOperationFinanceTransactionResponseDataTypesMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            meta_type_1 = cast(list[Any], data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        root_type_for_storage_operation_finance_transaction_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        root_type_for_storage_operation_finance_transaction_response_data_types.additional_properties = d
        return root_type_for_storage_operation_finance_transaction_response_data_types

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
