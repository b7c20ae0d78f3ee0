from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem,
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_document import (
        RootTypeForDepositOperationResponseDataTypesDataDocument,
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_payment_transactions_item import (
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_document import (
        RootTypeForDepositOperationResponseDataTypesDataDocument,  # noqa: PLC0415
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_payment_transactions_item import (
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem,
        RootTypeForDepositOperationResponseDataTypesDataDocument,
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "document",
        "deposits_transactions",
        "payment_transactions",
    }
)


T = TypeVar("T", bound="RootTypeForDepositOperationResponseDataTypesData")


@_attrs_define
class RootTypeForDepositOperationResponseDataTypesData:
    """Payload"""

    document: RootTypeForDepositOperationResponseDataTypesDataDocument | Unset = UNSET
    deposits_transactions: list[RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem] | Unset = (
        UNSET
    )
    """ Transaction on a client account """
    payment_transactions: list[RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem] | Unset = UNSET
    """ A payment transaction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem,
            RootTypeForDepositOperationResponseDataTypesDataDocument,
            RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem,
        ) = _LAZY or _lazy()
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        deposits_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deposits_transactions, Unset):
            deposits_transactions = []
            for deposits_transactions_item_data in self.deposits_transactions:
                deposits_transactions_item = deposits_transactions_item_data.to_dict()
                deposits_transactions.append(deposits_transactions_item)

        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document
        if deposits_transactions is not UNSET:
            field_dict["deposits_transactions"] = deposits_transactions
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem,
            RootTypeForDepositOperationResponseDataTypesDataDocument,
            RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _document = _get("document", UNSET)
        if _document is UNSET:
            document = UNSET
        else:
            try:
                document = RootTypeForDepositOperationResponseDataTypesDataDocument.from_dict(_document)
            except _v.Invalid as _e:
                raise _v.at(_e, "document") from None

        _deposits_transactions = _get("deposits_transactions", UNSET)
        if _deposits_transactions is UNSET:
            deposits_transactions = UNSET
        else:
            if type(_deposits_transactions) is not list:
                _deposits_transactions = _v.array(_deposits_transactions, "deposits_transactions")
            deposits_transactions = []
            try:
                for _item in _deposits_transactions:
                    deposits_transactions.append(
                        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "deposits_transactions", deposits_transactions) from None

        _payment_transactions = _get("payment_transactions", UNSET)
        if _payment_transactions is UNSET:
            payment_transactions = UNSET
        else:
            if type(_payment_transactions) is not list:
                _payment_transactions = _v.array(_payment_transactions, "payment_transactions")
            payment_transactions = []
            try:
                for _item in _payment_transactions:
                    payment_transactions.append(
                        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "payment_transactions", payment_transactions) from None

        _obj = cls.__new__(cls)
        _obj.document = document
        _obj.deposits_transactions = deposits_transactions
        _obj.payment_transactions = payment_transactions

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
