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
    sold_item_type: float | Unset = UNSET
    """ Type of sold entity (product/service) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        _expense = d.pop("expense", UNSET)
        expense: RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense | Unset
        if isinstance(_expense, Unset):
            expense = UNSET
        else:
            expense = RootTypeForTransactionCompanyidResponseDataTypesDataItemExpense.from_dict(_expense)

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

        amount = d.pop("amount", UNSET)

        comment = d.pop("comment", UNSET)

        _master = d.pop("master", UNSET)
        master: RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = RootTypeForTransactionCompanyidResponseDataTypesDataItemMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = RootTypeForTransactionCompanyidResponseDataTypesDataItemSupplier.from_dict(_supplier)

        _account = d.pop("account", UNSET)
        account: RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = RootTypeForTransactionCompanyidResponseDataTypesDataItemAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: RootTypeForTransactionCompanyidResponseDataTypesDataItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = RootTypeForTransactionCompanyidResponseDataTypesDataItemClient.from_dict(_client)

        def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_change_date_type_0 = datetime.datetime.fromisoformat(data)

            return last_change_date_type_0

        last_change_date = _parse_last_change_date(d.pop("last_change_date", UNSET))

        record_id = d.pop("record_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        sold_item_id = d.pop("sold_item_id", UNSET)

        sold_item_type = d.pop("sold_item_type", UNSET)

        root_type_for_transaction_companyid_response_data_types_data_item = cls(
            id=id,
            document_id=document_id,
            expense=expense,
            date=date,
            amount=amount,
            comment=comment,
            master=master,
            supplier=supplier,
            account=account,
            client=client,
            last_change_date=last_change_date,
            record_id=record_id,
            visit_id=visit_id,
            sold_item_id=sold_item_id,
            sold_item_type=sold_item_type,
        )

        root_type_for_transaction_companyid_response_data_types_data_item.additional_properties = d
        return root_type_for_transaction_companyid_response_data_types_data_item

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
