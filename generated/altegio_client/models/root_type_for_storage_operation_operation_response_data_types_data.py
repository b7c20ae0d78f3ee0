from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocument,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem,
    )


T = TypeVar("T", bound="RootTypeForStorageOperationOperationResponseDataTypesData")


@_attrs_define
class RootTypeForStorageOperationOperationResponseDataTypesData:
    """Payload"""

    document: RootTypeForStorageOperationOperationResponseDataTypesDataDocument | Unset = UNSET
    """ Document """
    transactions: list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem] | Unset = UNSET
    """ Transaction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_storage_operation_operation_response_data_types_data_document import (
            RootTypeForStorageOperationOperationResponseDataTypesDataDocument,  # noqa: PLC0415
        )
        from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item import (
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _document = d.pop("document", UNSET)
        document: RootTypeForStorageOperationOperationResponseDataTypesDataDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = RootTypeForStorageOperationOperationResponseDataTypesDataDocument.from_dict(_document)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem.from_dict(
                    transactions_item_data
                )

                transactions.append(transactions_item)

        root_type_for_storage_operation_operation_response_data_types_data = cls(
            document=document,
            transactions=transactions,
        )

        root_type_for_storage_operation_operation_response_data_types_data.additional_properties = d
        return root_type_for_storage_operation_operation_response_data_types_data

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
