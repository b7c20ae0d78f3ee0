from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_response_data_state_loyalty_transactions_item_deposit_type import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.sale_document_response_data_state_loyalty_transactions_item_deposit_type import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "balance",
        "reserved_balance",
        "type",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit")


@_attrs_define
class SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit:
    """Client account the amount was taken from"""

    id: int | Unset = UNSET
    """ ID of the client account """
    balance: Any | Unset = UNSET
    """ Balance of the client account that can be used (Decimal) """
    reserved_balance: Any | Unset = UNSET
    """ Amount held by active reservations (Decimal) """
    type_: SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType | Unset = UNSET
    """ Type of the client account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType,
        ) = _LAZY or _lazy()
        id = self.id

        balance = self.balance

        reserved_balance = self.reserved_balance

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = reserved_balance
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        balance = _get("balance", UNSET)
        if type(balance) is int:
            balance = _Decimal(balance)
        elif type(balance) is not _Decimal and balance is not UNSET:
            balance = _v.money(balance, "balance")

        reserved_balance = _get("reserved_balance", UNSET)
        if type(reserved_balance) is int:
            reserved_balance = _Decimal(reserved_balance)
        elif type(reserved_balance) is not _Decimal and reserved_balance is not UNSET:
            reserved_balance = _v.money(reserved_balance, "reserved_balance")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = SaleDocumentResponseDataStateLoyaltyTransactionsItemDepositType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.balance = balance
        _obj.reserved_balance = reserved_balance
        _obj.type_ = type_

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
