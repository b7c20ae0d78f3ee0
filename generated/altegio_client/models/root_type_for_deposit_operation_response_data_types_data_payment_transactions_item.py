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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_deposit_operation_response_data_types_data_payment_transactions_item_type import (
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "document_id",
        "date",
        "type_id",
        "expense_id",
        "account_id",
        "amount",
        "client_id",
        "master_id",
        "supplier_id",
        "comment",
        "item_id",
        "target_type_id",
        "record_id",
        "goods_transaction_id",
        "type",
    }
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
        (
            _,
            RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType,
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

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date", True)

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        expense_id = _get("expense_id", UNSET)
        if type(expense_id) is not int and expense_id is not UNSET:
            expense_id = _v.int_(expense_id, "expense_id")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _v.int_(account_id, "account_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _v.int_(client_id, "client_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _v.int_(supplier_id, "supplier_id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _v.int_(item_id, "item_id")

        target_type_id = _get("target_type_id", UNSET)
        if type(target_type_id) is not int and target_type_id is not UNSET:
            target_type_id = _v.int_(target_type_id, "target_type_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _v.int_(goods_transaction_id, "goods_transaction_id")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = RootTypeForDepositOperationResponseDataTypesDataPaymentTransactionsItemType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.document_id = document_id
        _obj.date = date
        _obj.type_id = type_id
        _obj.expense_id = expense_id
        _obj.account_id = account_id
        _obj.amount = amount
        _obj.client_id = client_id
        _obj.master_id = master_id
        _obj.supplier_id = supplier_id
        _obj.comment = comment
        _obj.item_id = item_id
        _obj.target_type_id = target_type_id
        _obj.record_id = record_id
        _obj.goods_transaction_id = goods_transaction_id
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
