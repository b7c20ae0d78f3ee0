from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_deposit_operation_response_data_types_data_payment_transactions_item_type import (
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType,
    )


T = TypeVar("T", bound="RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem")


@_attrs_define
class RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItem:
    id: int | Unset = UNSET
    """ ID of the payment transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    date: datetime.datetime | None | Unset = UNSET
    """ Date the payment was made """
    type_id: int | Unset = UNSET
    """ ID of the document type """
    expense_id: int | Unset = UNSET
    """ ID of the payment item (expense category) """
    account_id: int | Unset = UNSET
    """ ID of the cash account """
    amount: float | Unset = UNSET
    """ Amount of the transaction """
    client_id: int | Unset = UNSET
    """ ID of the client """
    master_id: int | Unset = UNSET
    """ ID of the team member """
    supplier_id: int | Unset = UNSET
    """ ID of the vendor """
    comment: str | Unset = UNSET
    """ Comment """
    item_id: int | Unset = UNSET
    target_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    goods_transaction_id: int | Unset = UNSET
    """ ID of the product transaction """
    type_: RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        type_id = self.type_id

        expense_id = self.expense_id

        account_id = self.account_id

        amount = self.amount

        client_id = self.client_id

        master_id = self.master_id

        supplier_id = self.supplier_id

        comment = self.comment

        item_id = self.item_id

        target_type_id = self.target_type_id

        record_id = self.record_id

        goods_transaction_id = self.goods_transaction_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if date is not UNSET:
            field_dict["date"] = date
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_deposit_operation_response_data_types_data_payment_transactions_item_type import (
            RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(data)

            return date_type_0

        date = _parse_date(d.pop("date", UNSET))

        type_id = d.pop("type_id", UNSET)

        expense_id = d.pop("expense_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        amount = d.pop("amount", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        comment = d.pop("comment", UNSET)

        item_id = d.pop("item_id", UNSET)

        target_type_id = d.pop("target_type_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType.from_dict(_type_)

        root_type_for_deposit_operation_response_data_types_data_payment_transactions_item = cls(
            id=id,
            document_id=document_id,
            date=date,
            type_id=type_id,
            expense_id=expense_id,
            account_id=account_id,
            amount=amount,
            client_id=client_id,
            master_id=master_id,
            supplier_id=supplier_id,
            comment=comment,
            item_id=item_id,
            target_type_id=target_type_id,
            record_id=record_id,
            goods_transaction_id=goods_transaction_id,
            type_=type_,
        )

        root_type_for_deposit_operation_response_data_types_data_payment_transactions_item.additional_properties = d
        return root_type_for_deposit_operation_response_data_types_data_payment_transactions_item

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
