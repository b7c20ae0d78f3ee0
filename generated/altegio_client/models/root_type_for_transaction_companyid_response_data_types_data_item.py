from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_account import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount,
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_client import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemClient,
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_expense import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense,
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_master import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster,
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_supplier import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_account import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount,  # noqa: PLC0415
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_client import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemClient,  # noqa: PLC0415
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_expense import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense,  # noqa: PLC0415
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_master import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster,  # noqa: PLC0415
    )
    from ..models.root_type_for_transaction_companyid_response_data_types_data_item_supplier import (
        RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount,
        RootTypeForTransactionCompanyidResponseDataTypesDataItemClient,
        RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense,
        RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster,
        RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "document_id",
        "expense",
        "date",
        "amount",
        "comment",
        "master",
        "supplier",
        "account",
        "client",
        "last_change_date",
        "record_id",
        "visit_id",
        "sold_item_id",
        "sold_item_type",
    }
)


T = TypeVar("T", bound="RootTypeForTransactionCompanyidResponseDataTypesDataItem")


@_attrs_define
class RootTypeForTransactionCompanyidResponseDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    expense: RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense | Unset = UNSET
    """ Kind of payment """
    date: datetime.datetime | None | Unset = UNSET
    """ Date the transaction was created """
    amount: float | Unset = UNSET
    """ Amount of the transaction """
    comment: str | Unset = UNSET
    """ Comment """
    master: RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster | Unset = UNSET
    """ Team member """
    supplier: RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier | Unset = UNSET
    """ Counterparty involved """
    account: RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount | Unset = UNSET
    """ Cash account """
    client: RootTypeForTransactionCompanyidResponseDataTypesDataItemClient | Unset = UNSET
    """ Customer """
    last_change_date: datetime.datetime | None | Unset = UNSET
    """ Date of the last change """
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    visit_id: int | Unset = UNSET
    """ ID of the visit """
    sold_item_id: int | Unset = UNSET
    """ ID of the product/service sold """
    sold_item_type: str | Unset = UNSET
    """ Type of sold entity (product/service) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemClient,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier,
        ) = _LAZY or _lazy()
        id = self.id

        document_id = self.document_id

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        amount = self.amount

        comment = self.comment

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
            last_change_date = self.last_change_date

        record_id = self.record_id

        visit_id = self.visit_id

        sold_item_id = self.sold_item_id

        sold_item_type = self.sold_item_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if expense is not UNSET:
            field_dict["expense"] = expense
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if sold_item_id is not UNSET:
            field_dict["sold_item_id"] = sold_item_id
        if sold_item_type is not UNSET:
            field_dict["sold_item_type"] = sold_item_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemClient,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster,
            RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier,
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

        _expense = _get("expense", UNSET)
        if _expense is UNSET:
            expense = UNSET
        else:
            try:
                expense = RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense.from_dict(_expense)
            except _v.Invalid as _e:
                raise _v.at(_e, "expense") from None

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date", True)

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        _master = _get("master", UNSET)
        if _master is UNSET:
            master = UNSET
        else:
            try:
                master = RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster.from_dict(_master)
            except _v.Invalid as _e:
                raise _v.at(_e, "master") from None

        _supplier = _get("supplier", UNSET)
        if _supplier is UNSET:
            supplier = UNSET
        else:
            try:
                supplier = RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier.from_dict(_supplier)
            except _v.Invalid as _e:
                raise _v.at(_e, "supplier") from None

        _account = _get("account", UNSET)
        if _account is UNSET:
            account = UNSET
        else:
            try:
                account = RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount.from_dict(_account)
            except _v.Invalid as _e:
                raise _v.at(_e, "account") from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            try:
                client = RootTypeForTransactionCompanyidResponseDataTypesDataItemClient.from_dict(_client)
            except _v.Invalid as _e:
                raise _v.at(_e, "client") from None

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = _v.fromisoformat(last_change_date)
            except ValueError:
                last_change_date = _v.datetime_(last_change_date, "last_change_date")
        elif last_change_date is not UNSET:
            last_change_date = _v.datetime_(last_change_date, "last_change_date", True)

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _v.int_(visit_id, "visit_id")

        sold_item_id = _get("sold_item_id", UNSET)
        if type(sold_item_id) is not int and sold_item_id is not UNSET:
            sold_item_id = _v.int_(sold_item_id, "sold_item_id")

        sold_item_type = _get("sold_item_type", UNSET)
        if type(sold_item_type) is not str and sold_item_type is not UNSET:
            sold_item_type = _v.str_(sold_item_type, "sold_item_type")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.document_id = document_id
        _obj.expense = expense
        _obj.date = date
        _obj.amount = amount
        _obj.comment = comment
        _obj.master = master
        _obj.supplier = supplier
        _obj.account = account
        _obj.client = client
        _obj.last_change_date = last_change_date
        _obj.record_id = record_id
        _obj.visit_id = visit_id
        _obj.sold_item_id = sold_item_id
        _obj.sold_item_type = sold_item_type

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
