from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit_loyalty_apply_response_items_item import VisitLoyaltyApplyResponseItemsItem
    from ..models.visit_loyalty_apply_response_kkm_transaction_details_container import (
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainer,
    )
    from ..models.visit_loyalty_apply_response_loyalty_transactions_item import (
        VisitLoyaltyApplyResponseLoyaltyTransactionsItem,
    )
    from ..models.visit_loyalty_apply_response_payment_transactions_item import (
        VisitLoyaltyApplyResponsePaymentTransactionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.visit_loyalty_apply_response_items_item import VisitLoyaltyApplyResponseItemsItem  # noqa: PLC0415
    from ..models.visit_loyalty_apply_response_kkm_transaction_details_container import (
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainer,  # noqa: PLC0415
    )
    from ..models.visit_loyalty_apply_response_loyalty_transactions_item import (
        VisitLoyaltyApplyResponseLoyaltyTransactionsItem,  # noqa: PLC0415
    )
    from ..models.visit_loyalty_apply_response_payment_transactions_item import (
        VisitLoyaltyApplyResponsePaymentTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        VisitLoyaltyApplyResponseItemsItem,
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainer,
        VisitLoyaltyApplyResponseLoyaltyTransactionsItem,
        VisitLoyaltyApplyResponsePaymentTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "payment_transactions",
        "loyalty_transactions",
        "kkm_transaction_details_container",
        "items",
    }
)


T = TypeVar("T", bound="VisitLoyaltyApplyResponse")


@_attrs_define
class VisitLoyaltyApplyResponse:
    """Result of applying loyalty in a visit

    Example:
        {'payment_transactions': [], 'loyalty_transactions': [{'id': 22985556, 'status_id': 1, 'amount': 20, 'type_id':
            1, 'program_id': 20802, 'card_id': 9223622, 'salon_group_id': 145071, 'item_id': 5048384, 'item_type_id': 7,
            'item_record_id': 0, 'goods_transaction_id': 96063258, 'is_discount': True, 'is_loyalty_withdraw': False,
            'type': {'id': 1, 'title': 'Promotion discount'}}], 'kkm_transaction_details_container': {'last_operation_type':
            1, 'transactions': []}, 'items': [{'id': 96063258, 'item_id': 5048384, 'item_type_id': 7, 'record_id': 0,
            'item_title': 'test two', 'amount': 1, 'first_cost': 20, 'manual_cost': 20, 'discount': 0, 'cost': 20,
            'master_id': 548096, 'good_id': 5048384, 'service_id': 0, 'event_id': 0, 'is_service': False, 'is_event': False,
            'is_good': True}, {'id': 0, 'item_id': 2560779, 'item_type_id': 1, 'record_id': 140878948, 'item_title': 'Deep
            bikini', 'amount': 1, 'first_cost': 3000, 'manual_cost': 3000, 'discount': 0, 'cost': 3000, 'master_id':
            140878948, 'good_id': 0, 'service_id': 2560779, 'event_id': 0, 'is_service': True, 'is_event': False, 'is_good':
            False}]}

    """

    payment_transactions: list[VisitLoyaltyApplyResponsePaymentTransactionsItem] | Unset = UNSET
    """ Financial transactions of the appointment """
    loyalty_transactions: list[VisitLoyaltyApplyResponseLoyaltyTransactionsItem] | Unset = UNSET
    """ Loyalty transactions applied in the visit """
    kkm_transaction_details_container: VisitLoyaltyApplyResponseKkmTransactionDetailsContainer | Unset = UNSET
    """ Transactions recorded by the fiscal register (POS) """
    items: list[VisitLoyaltyApplyResponseItemsItem] | Unset = UNSET
    """ Products and services of the appointment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            VisitLoyaltyApplyResponseItemsItem,
            VisitLoyaltyApplyResponseKkmTransactionDetailsContainer,
            VisitLoyaltyApplyResponseLoyaltyTransactionsItem,
            VisitLoyaltyApplyResponsePaymentTransactionsItem,
        ) = _LAZY or _lazy()
        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        loyalty_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_transactions, Unset):
            loyalty_transactions = []
            for loyalty_transactions_item_data in self.loyalty_transactions:
                loyalty_transactions_item = loyalty_transactions_item_data.to_dict()
                loyalty_transactions.append(loyalty_transactions_item)

        kkm_transaction_details_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = self.kkm_transaction_details_container.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = loyalty_transactions
        if kkm_transaction_details_container is not UNSET:
            field_dict["kkm_transaction_details_container"] = kkm_transaction_details_container
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            VisitLoyaltyApplyResponseItemsItem,
            VisitLoyaltyApplyResponseKkmTransactionDetailsContainer,
            VisitLoyaltyApplyResponseLoyaltyTransactionsItem,
            VisitLoyaltyApplyResponsePaymentTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _payment_transactions = _get("payment_transactions", UNSET)
        if _payment_transactions is UNSET:
            payment_transactions = UNSET
        else:
            if type(_payment_transactions) is not list:
                _payment_transactions = _v.array(_payment_transactions, "payment_transactions")
            payment_transactions = []
            try:
                for _item in _payment_transactions:
                    payment_transactions.append(VisitLoyaltyApplyResponsePaymentTransactionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "payment_transactions", payment_transactions) from None

        _loyalty_transactions = _get("loyalty_transactions", UNSET)
        if _loyalty_transactions is UNSET:
            loyalty_transactions = UNSET
        else:
            if type(_loyalty_transactions) is not list:
                _loyalty_transactions = _v.array(_loyalty_transactions, "loyalty_transactions")
            loyalty_transactions = []
            try:
                for _item in _loyalty_transactions:
                    loyalty_transactions.append(VisitLoyaltyApplyResponseLoyaltyTransactionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "loyalty_transactions", loyalty_transactions) from None

        _kkm_transaction_details_container = _get("kkm_transaction_details_container", UNSET)
        if _kkm_transaction_details_container is UNSET:
            kkm_transaction_details_container = UNSET
        else:
            try:
                kkm_transaction_details_container = VisitLoyaltyApplyResponseKkmTransactionDetailsContainer.from_dict(
                    _kkm_transaction_details_container
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "kkm_transaction_details_container") from None

        _items = _get("items", UNSET)
        if _items is UNSET:
            items = UNSET
        else:
            if type(_items) is not list:
                _items = _v.array(_items, "items")
            items = []
            try:
                for _item in _items:
                    items.append(VisitLoyaltyApplyResponseItemsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "items", items) from None

        _obj = cls.__new__(cls)
        _obj.payment_transactions = payment_transactions
        _obj.loyalty_transactions = loyalty_transactions
        _obj.kkm_transaction_details_container = kkm_transaction_details_container
        _obj.items = items

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
