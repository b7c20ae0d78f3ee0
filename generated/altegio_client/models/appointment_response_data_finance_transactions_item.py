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

        _expense = d.pop("expense", UNSET)
        expense: AppointmentResponseDataFinanceTransactionsItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = AppointmentResponseDataFinanceTransactionsItemExpense.from_dict(_expense)

        _account = d.pop("account", UNSET)
        account: AppointmentResponseDataFinanceTransactionsItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AppointmentResponseDataFinanceTransactionsItemAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: AppointmentResponseDataFinanceTransactionsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = AppointmentResponseDataFinanceTransactionsItemClient.from_dict(_client)

        _master = d.pop("master", UNSET)
        master: list[AppointmentResponseDataFinanceTransactionsItemMasterItem] | Unset = UNSET
        if _master is not UNSET:
            master = []
            for master_item_data in _master:
                master_item = AppointmentResponseDataFinanceTransactionsItemMasterItem.from_dict(master_item_data)

                master.append(master_item)

        _supplier = d.pop("supplier", UNSET)
        supplier: list[AppointmentResponseDataFinanceTransactionsItemSupplierItem] | Unset = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = AppointmentResponseDataFinanceTransactionsItemSupplierItem.from_dict(supplier_item_data)

                supplier.append(supplier_item)

        appointment_response_data_finance_transactions_item = cls(
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
            expense=expense,
            account=account,
            client=client,
            master=master,
            supplier=supplier,
        )

        appointment_response_data_finance_transactions_item.additional_properties = d
        return appointment_response_data_finance_transactions_item

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
