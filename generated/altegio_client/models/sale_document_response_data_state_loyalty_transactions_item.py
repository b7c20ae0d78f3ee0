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
        from ..models.sale_document_response_data_state_loyalty_transactions_item_chain import (
            SaleDocumentResponseDataStateLoyaltyTransactionsItemChain,  # noqa: PLC0415
        )
        from ..models.sale_document_response_data_state_loyalty_transactions_item_deposit import (
            SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit,  # noqa: PLC0415
        )
        from ..models.sale_document_response_data_state_loyalty_transactions_item_type import (
            SaleDocumentResponseDataStateLoyaltyTransactionsItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        sale_item_id = d.pop("sale_item_id", UNSET)

        sale_item_type = d.pop("sale_item_type", UNSET)

        amount = d.pop("amount", UNSET)

        type_id = d.pop("type_id", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        deposit_transaction_id = d.pop("deposit_transaction_id", UNSET)

        _chain = d.pop("chain", UNSET)
        chain: SaleDocumentResponseDataStateLoyaltyTransactionsItemChain | Unset
        if isinstance(_chain, Unset):
            chain = UNSET
        else:
            chain = SaleDocumentResponseDataStateLoyaltyTransactionsItemChain.from_dict(_chain)

        _type_ = d.pop("type", UNSET)
        type_: SaleDocumentResponseDataStateLoyaltyTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SaleDocumentResponseDataStateLoyaltyTransactionsItemType.from_dict(_type_)

        _deposit = d.pop("deposit", UNSET)
        deposit: SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = SaleDocumentResponseDataStateLoyaltyTransactionsItemDeposit.from_dict(_deposit)

        sale_document_response_data_state_loyalty_transactions_item = cls(
            id=id,
            document_id=document_id,
            sale_item_id=sale_item_id,
            sale_item_type=sale_item_type,
            amount=amount,
            type_id=type_id,
            created_at=created_at,
            deposit_transaction_id=deposit_transaction_id,
            chain=chain,
            type_=type_,
            deposit=deposit,
        )

        sale_document_response_data_state_loyalty_transactions_item.additional_properties = d
        return sale_document_response_data_state_loyalty_transactions_item

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
