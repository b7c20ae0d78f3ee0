from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
    )
    from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransaction,  # noqa: PLC0415
    )
    from ..models.get_chain_client_account_history_response_200_data_item_deposit_transaction_type import (
        GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
        GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "deposit_transaction",
        "deposit_transaction_type",
    }
)


T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200DataItem")


@_attrs_define
class GetChainClientAccountHistoryResponse200DataItem:
    deposit_transaction: GetChainClientAccountHistoryResponse200DataItemDepositTransaction | Unset = UNSET
    """ Details of a client account transaction """
    deposit_transaction_type: GetChainClientAccountHistoryResponse200DataItemDepositTransactionType | Unset = UNSET
    """ Details of the transaction type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
            GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,
        ) = _LAZY or _lazy()
        deposit_transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction, Unset):
            deposit_transaction = self.deposit_transaction.to_dict()

        deposit_transaction_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_transaction_type, Unset):
            deposit_transaction_type = self.deposit_transaction_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit_transaction is not UNSET:
            field_dict["deposit_transaction"] = deposit_transaction
        if deposit_transaction_type is not UNSET:
            field_dict["deposit_transaction_type"] = deposit_transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GetChainClientAccountHistoryResponse200DataItemDepositTransaction,
            GetChainClientAccountHistoryResponse200DataItemDepositTransactionType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _deposit_transaction = _get("deposit_transaction", UNSET)
        if _deposit_transaction is UNSET:
            deposit_transaction = UNSET
        else:
            try:
                deposit_transaction = GetChainClientAccountHistoryResponse200DataItemDepositTransaction.from_dict(
                    _deposit_transaction
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "deposit_transaction") from None

        _deposit_transaction_type = _get("deposit_transaction_type", UNSET)
        if _deposit_transaction_type is UNSET:
            deposit_transaction_type = UNSET
        else:
            try:
                deposit_transaction_type = (
                    GetChainClientAccountHistoryResponse200DataItemDepositTransactionType.from_dict(
                        _deposit_transaction_type
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "deposit_transaction_type") from None

        _obj = cls.__new__(cls)
        _obj.deposit_transaction = deposit_transaction
        _obj.deposit_transaction_type = deposit_transaction_type

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
