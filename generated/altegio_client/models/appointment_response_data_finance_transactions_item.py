from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_response_data_finance_transactions_item_account import (
        AppointmentResponseDataFinanceTransactionsItemAccount,
    )
    from ..models.appointment_response_data_finance_transactions_item_client import (
        AppointmentResponseDataFinanceTransactionsItemClient,
    )
    from ..models.appointment_response_data_finance_transactions_item_expense import (
        AppointmentResponseDataFinanceTransactionsItemExpense,
    )
    from ..models.appointment_response_data_finance_transactions_item_master_item import (
        AppointmentResponseDataFinanceTransactionsItemMasterItem,
    )
    from ..models.appointment_response_data_finance_transactions_item_supplier_item import (
        AppointmentResponseDataFinanceTransactionsItemSupplierItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.appointment_response_data_finance_transactions_item_account import (
        AppointmentResponseDataFinanceTransactionsItemAccount,  # noqa: PLC0415
    )
    from ..models.appointment_response_data_finance_transactions_item_client import (
        AppointmentResponseDataFinanceTransactionsItemClient,  # noqa: PLC0415
    )
    from ..models.appointment_response_data_finance_transactions_item_expense import (
        AppointmentResponseDataFinanceTransactionsItemExpense,  # noqa: PLC0415
    )
    from ..models.appointment_response_data_finance_transactions_item_master_item import (
        AppointmentResponseDataFinanceTransactionsItemMasterItem,  # noqa: PLC0415
    )
    from ..models.appointment_response_data_finance_transactions_item_supplier_item import (
        AppointmentResponseDataFinanceTransactionsItemSupplierItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        AppointmentResponseDataFinanceTransactionsItemAccount,
        AppointmentResponseDataFinanceTransactionsItemClient,
        AppointmentResponseDataFinanceTransactionsItemExpense,
        AppointmentResponseDataFinanceTransactionsItemMasterItem,
        AppointmentResponseDataFinanceTransactionsItemSupplierItem,
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
        "expense",
        "account",
        "client",
        "master",
        "supplier",
    }
)


T = TypeVar("T", bound="AppointmentResponseDataFinanceTransactionsItem")


@_attrs_define
class AppointmentResponseDataFinanceTransactionsItem:
    id: int | Unset = UNSET
    """ ID of the financial transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    date: datetime.datetime | None | Unset = UNSET
    """ When it was created """
    type_id: int | Unset = UNSET
    """ Type of payment item """
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
    """ ID of the item (0 for a category) """
    target_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    goods_transaction_id: int | Unset = UNSET
    """ ID of the product transaction """
    expense: AppointmentResponseDataFinanceTransactionsItemExpense | Unset = UNSET
    """ Item of the payment """
    account: AppointmentResponseDataFinanceTransactionsItemAccount | Unset = UNSET
    """ Cash account """
    client: AppointmentResponseDataFinanceTransactionsItemClient | Unset = UNSET
    master: list[AppointmentResponseDataFinanceTransactionsItemMasterItem] | Unset = UNSET
    """ Team members """
    supplier: list[AppointmentResponseDataFinanceTransactionsItemSupplierItem] | Unset = UNSET
    """ Suppliers """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            AppointmentResponseDataFinanceTransactionsItemAccount,
            AppointmentResponseDataFinanceTransactionsItemClient,
            AppointmentResponseDataFinanceTransactionsItemExpense,
            AppointmentResponseDataFinanceTransactionsItemMasterItem,
            AppointmentResponseDataFinanceTransactionsItemSupplierItem,
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

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        master: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = []
            for master_item_data in self.master:
                master_item = master_item_data.to_dict()
                master.append(master_item)

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

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
        if expense is not UNSET:
            field_dict["expense"] = expense
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            AppointmentResponseDataFinanceTransactionsItemAccount,
            AppointmentResponseDataFinanceTransactionsItemClient,
            AppointmentResponseDataFinanceTransactionsItemExpense,
            AppointmentResponseDataFinanceTransactionsItemMasterItem,
            AppointmentResponseDataFinanceTransactionsItemSupplierItem,
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

        _expense = _get("expense", UNSET)
        if _expense is UNSET:
            expense = UNSET
        else:
            try:
                expense = AppointmentResponseDataFinanceTransactionsItemExpense.from_dict(_expense)
            except _v.Invalid as _e:
                raise _v.at(_e, "expense") from None

        _account = _get("account", UNSET)
        if _account is UNSET:
            account = UNSET
        else:
            try:
                account = AppointmentResponseDataFinanceTransactionsItemAccount.from_dict(_account)
            except _v.Invalid as _e:
                raise _v.at(_e, "account") from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            try:
                client = AppointmentResponseDataFinanceTransactionsItemClient.from_dict(_client)
            except _v.Invalid as _e:
                raise _v.at(_e, "client") from None

        _master = _get("master", UNSET)
        if _master is UNSET:
            master = UNSET
        else:
            if type(_master) is not list:
                _master = _v.array(_master, "master")
            master = []
            try:
                for _item in _master:
                    master.append(AppointmentResponseDataFinanceTransactionsItemMasterItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "master", master) from None

        _supplier = _get("supplier", UNSET)
        if _supplier is UNSET:
            supplier = UNSET
        else:
            if type(_supplier) is not list:
                _supplier = _v.array(_supplier, "supplier")
            supplier = []
            try:
                for _item in _supplier:
                    supplier.append(AppointmentResponseDataFinanceTransactionsItemSupplierItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "supplier", supplier) from None

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
        _obj.expense = expense
        _obj.account = account
        _obj.client = client
        _obj.master = master
        _obj.supplier = supplier

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
