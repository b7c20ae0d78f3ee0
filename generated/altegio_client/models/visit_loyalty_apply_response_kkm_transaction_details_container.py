from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit_loyalty_apply_response_kkm_transaction_details_container_transactions_item import (
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.visit_loyalty_apply_response_kkm_transaction_details_container_transactions_item import (
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "last_operation_type",
        "transactions",
    }
)


T = TypeVar("T", bound="VisitLoyaltyApplyResponseKkmTransactionDetailsContainer")


@_attrs_define
class VisitLoyaltyApplyResponseKkmTransactionDetailsContainer:
    """Transactions recorded by the fiscal register (POS)"""

    last_operation_type: int | Unset = UNSET
    """ Receipt printed: 0 refund receipt, 1 sale receipt """
    transactions: list[VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem] | Unset = UNSET
    """ Fiscal register (KKM) transactions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem,
        ) = _LAZY or _lazy()
        last_operation_type = self.last_operation_type

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_operation_type is not UNSET:
            field_dict["last_operation_type"] = last_operation_type
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        last_operation_type = _get("last_operation_type", UNSET)
        if type(last_operation_type) is not int and last_operation_type is not UNSET:
            last_operation_type = _v.int_(last_operation_type, "last_operation_type")

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
                        VisitLoyaltyApplyResponseKkmTransactionDetailsContainerTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "transactions", transactions) from None

        _obj = cls.__new__(cls)
        _obj.last_operation_type = last_operation_type
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
