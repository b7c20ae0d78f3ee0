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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocument,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationOperationResponseDataTypesDataDocument,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "document",
        "transactions",
    }
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
        (
            _,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocument,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocument,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _document = _get("document", UNSET)
        if _document is UNSET:
            document = UNSET
        else:
            try:
                document = RootTypeForStorageOperationOperationResponseDataTypesDataDocument.from_dict(_document)
            except _v.Invalid as _e:
                raise _v.at(_e, "document") from None

        _transactions = _get("transactions", UNSET)
        if _transactions is UNSET:
            transactions = UNSET
        else:
            if type(_transactions) is not list:
                _transactions = _v.array(_transactions, "transactions")
            transactions = []
            try:
                for _item in _transactions:
                    transactions.append(
                        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "transactions", transactions) from None

        _obj = cls.__new__(cls)
        _obj.document = document
        _obj.transactions = transactions

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
