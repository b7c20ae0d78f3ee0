from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_response_data_state_loyalty_transactions_item_chain import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemChain,
    )
    from ..models.sale_document_response_data_state_loyalty_transactions_item_deposit import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit,
    )
    from ..models.sale_document_response_data_state_loyalty_transactions_item_type import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.sale_document_response_data_state_loyalty_transactions_item_chain import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemChain,  # noqa: PLC0415
    )
    from ..models.sale_document_response_data_state_loyalty_transactions_item_deposit import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit,  # noqa: PLC0415
    )
    from ..models.sale_document_response_data_state_loyalty_transactions_item_type import (
        SaleDocumentResponseDataStateLoyaltyTransactionsItemType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SaleDocumentResponseDataStateLoyaltyTransactionsItemChain,
        SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit,
        SaleDocumentResponseDataStateLoyaltyTransactionsItemType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "document_id",
        "sale_item_id",
        "sale_item_type",
        "amount",
        "type_id",
        "created_at",
        "deposit_transaction_id",
        "chain",
        "type",
        "deposit",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataStateLoyaltyTransactionsItem")


@_attrs_define
class SaleDocumentResponseDataStateLoyaltyTransactionsItem:
    id: int | Unset = UNSET
    """ ID of the loyalty transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    sale_item_id: int | Unset = UNSET
    """ ID of the sold item """
    sale_item_type: str | Unset = UNSET
    """ Kind of sold item """
    amount: float | Unset = UNSET
    """ Amount of the transaction """
    type_id: int | Unset = UNSET
    """ ID of the transaction kind """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When it was created """
    deposit_transaction_id: int | Unset = UNSET
    """ ID of the related transaction (depends on the kind) """
    chain: SaleDocumentResponseDataStateLoyaltyTransactionsItemChain | Unset = UNSET
    """ The chain """
    type_: SaleDocumentResponseDataStateLoyaltyTransactionsItemType | Unset = UNSET
    """ Transaction kind """
    deposit: SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit | Unset = UNSET
    """ Client account the amount was taken from """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemChain,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemType,
        ) = _LAZY or _lazy()
        id = self.id

        document_id = self.document_id

        sale_item_id = self.sale_item_id

        sale_item_type = self.sale_item_type

        amount = self.amount

        type_id = self.type_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        deposit_transaction_id = self.deposit_transaction_id

        chain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deposit_transaction_id is not UNSET:
            field_dict["deposit_transaction_id"] = deposit_transaction_id
        if chain is not UNSET:
            field_dict["chain"] = chain
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deposit is not UNSET:
            field_dict["deposit"] = deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemChain,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit,
            SaleDocumentResponseDataStateLoyaltyTransactionsItemType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _v.int_(document_id, "document_id")

        sale_item_id = _get("sale_item_id", UNSET)
        if type(sale_item_id) is not int and sale_item_id is not UNSET:
            sale_item_id = _v.int_(sale_item_id, "sale_item_id")

        sale_item_type = _get("sale_item_type", UNSET)
        if type(sale_item_type) is not str and sale_item_type is not UNSET:
            sale_item_type = _v.str_(sale_item_type, "sale_item_type")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        created_at = _get("created_at", UNSET)
        if type(created_at) is str:
            try:
                created_at = _v.fromisoformat(created_at)
            except ValueError:
                created_at = _v.datetime_(created_at, "created_at")
        elif created_at is not UNSET:
            created_at = _v.datetime_(created_at, "created_at", True)

        deposit_transaction_id = _get("deposit_transaction_id", UNSET)
        if type(deposit_transaction_id) is not int and deposit_transaction_id is not UNSET:
            deposit_transaction_id = _v.int_(deposit_transaction_id, "deposit_transaction_id")

        _chain = _get("chain", UNSET)
        if _chain is UNSET:
            chain = UNSET
        else:
            try:
                chain = SaleDocumentResponseDataStateLoyaltyTransactionsItemChain.from_dict(_chain)
            except _v.Invalid as _e:
                raise _v.at(_e, "chain") from None

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = SaleDocumentResponseDataStateLoyaltyTransactionsItemType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _deposit = _get("deposit", UNSET)
        if _deposit is UNSET:
            deposit = UNSET
        else:
            try:
                deposit = SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit.from_dict(_deposit)
            except _v.Invalid as _e:
                raise _v.at(_e, "deposit") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.document_id = document_id
        _obj.sale_item_id = sale_item_id
        _obj.sale_item_type = sale_item_type
        _obj.amount = amount
        _obj.type_id = type_id
        _obj.created_at = created_at
        _obj.deposit_transaction_id = deposit_transaction_id
        _obj.chain = chain
        _obj.type_ = type_
        _obj.deposit = deposit

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
