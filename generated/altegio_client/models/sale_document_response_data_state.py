from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_response_data_state_items_item import SaleDocumentResponseDataStateItemsItem
    from ..models.sale_document_response_data_state_loyalty_transactions_item import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItem,
    )
    from ..models.sale_document_response_data_state_payment_transactions_item import (
        SaleDocumentResponseDataStatePaymentTransactionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.sale_document_response_data_state_items_item import SaleDocumentResponseDataStateItemsItem  # noqa: PLC0415
    from ..models.sale_document_response_data_state_loyalty_transactions_item import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItem,  # noqa: PLC0415
    )
    from ..models.sale_document_response_data_state_payment_transactions_item import (
        SaleDocumentResponseDataStatePaymentTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SaleDocumentResponseDataStateItemsItem,
        SaleDocumentResponseDataStateLoyaltyTransactionsItem,
        SaleDocumentResponseDataStatePaymentTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "items",
        "loyalty_transactions",
        "payment_transactions",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataState")


@_attrs_define
class SaleDocumentResponseDataState:
    items: list[SaleDocumentResponseDataStateItemsItem] | Unset = UNSET
    loyalty_transactions: list[SaleDocumentResponseDataStateLoyaltyTransactionsItem] | Unset = UNSET
    """ Payments made with loyalty tools """
    payment_transactions: list[SaleDocumentResponseDataStatePaymentTransactionsItem] | Unset = UNSET
    """ Payments made at the cash desk """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SaleDocumentResponseDataStateItemsItem,
            SaleDocumentResponseDataStateLoyaltyTransactionsItem,
            SaleDocumentResponseDataStatePaymentTransactionsItem,
        ) = _LAZY or _lazy()
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        loyalty_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_transactions, Unset):
            loyalty_transactions = []
            for loyalty_transactions_item_data in self.loyalty_transactions:
                loyalty_transactions_item = loyalty_transactions_item_data.to_dict()
                loyalty_transactions.append(loyalty_transactions_item)

        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = loyalty_transactions
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SaleDocumentResponseDataStateItemsItem,
            SaleDocumentResponseDataStateLoyaltyTransactionsItem,
            SaleDocumentResponseDataStatePaymentTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _items = _get("items", UNSET)
        if _items is UNSET:
            items = UNSET
        else:
            if type(_items) is not list:
                _items = _v.array(_items, "items")
            items = []
            try:
                for _item in _items:
                    items.append(SaleDocumentResponseDataStateItemsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "items", items) from None

        _loyalty_transactions = _get("loyalty_transactions", UNSET)
        if _loyalty_transactions is UNSET:
            loyalty_transactions = UNSET
        else:
            if type(_loyalty_transactions) is not list:
                _loyalty_transactions = _v.array(_loyalty_transactions, "loyalty_transactions")
            loyalty_transactions = []
            try:
                for _item in _loyalty_transactions:
                    loyalty_transactions.append(SaleDocumentResponseDataStateLoyaltyTransactionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "loyalty_transactions", loyalty_transactions) from None

        _payment_transactions = _get("payment_transactions", UNSET)
        if _payment_transactions is UNSET:
            payment_transactions = UNSET
        else:
            if type(_payment_transactions) is not list:
                _payment_transactions = _v.array(_payment_transactions, "payment_transactions")
            payment_transactions = []
            try:
                for _item in _payment_transactions:
                    payment_transactions.append(SaleDocumentResponseDataStatePaymentTransactionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "payment_transactions", payment_transactions) from None

        _obj = cls.__new__(cls)
        _obj.items = items
        _obj.loyalty_transactions = loyalty_transactions
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
