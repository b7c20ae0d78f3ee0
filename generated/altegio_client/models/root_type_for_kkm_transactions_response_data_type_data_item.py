from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_kkm_transactions_response_data_type_data_item_cashier import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemCashier,
    )
    from ..models.root_type_for_kkm_transactions_response_data_type_data_item_document import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemDocument,
    )
    from ..models.root_type_for_kkm_transactions_response_data_type_data_item_status import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemStatus,
    )
    from ..models.root_type_for_kkm_transactions_response_data_type_data_item_type import (
        RootTypeForKkmTransactionsResponseDataTypeDataItemType,
    )


T = TypeVar("T", bound="RootTypeForKkmTransactionsResponseDataTypeDataItem")


@_attrs_define
class RootTypeForKkmTransactionsResponseDataTypeDataItem:
    id: int | Unset = UNSET
    """ ID of the transaction """
    print_date: datetime.datetime | None | Unset = UNSET
    """ When the receipt was printed """
    printed_count: int | Unset = UNSET
    """ Count of checks printed """
    sum_: Any | Unset = UNSET
    """ Amount (Decimal) """
    type_: RootTypeForKkmTransactionsResponseDataTypeDataItemType | Unset = UNSET
    """ Kind of transaction """
    status: RootTypeForKkmTransactionsResponseDataTypeDataItemStatus | Unset = UNSET
    """ Receipt printing status """
    document: RootTypeForKkmTransactionsResponseDataTypeDataItemDocument | Unset = UNSET
    """ Document of the transaction """
    cashier: RootTypeForKkmTransactionsResponseDataTypeDataItemCashier | Unset = UNSET
    """ Cashier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        print_date: None | str | Unset
        if isinstance(self.print_date, Unset):
            print_date = UNSET
        elif isinstance(self.print_date, datetime.datetime):
            print_date = self.print_date.isoformat()
        else:
            print_date = self.print_date

        printed_count = self.printed_count

        sum_ = self.sum_

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = self.cashier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if print_date is not UNSET:
            field_dict["print_date"] = print_date
        if printed_count is not UNSET:
            field_dict["printed_count"] = printed_count
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if document is not UNSET:
            field_dict["document"] = document
        if cashier is not UNSET:
            field_dict["cashier"] = cashier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_kkm_transactions_response_data_type_data_item_cashier import (
            RootTypeForKkmTransactionsResponseDataTypeDataItemCashier,  # noqa: PLC0415
        )
        from ..models.root_type_for_kkm_transactions_response_data_type_data_item_document import (
            RootTypeForKkmTransactionsResponseDataTypeDataItemDocument,  # noqa: PLC0415
        )
        from ..models.root_type_for_kkm_transactions_response_data_type_data_item_status import (
            RootTypeForKkmTransactionsResponseDataTypeDataItemStatus,  # noqa: PLC0415
        )
        from ..models.root_type_for_kkm_transactions_response_data_type_data_item_type import (
            RootTypeForKkmTransactionsResponseDataTypeDataItemType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_print_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            print_date_type_0 = datetime.datetime.fromisoformat(data)

            return print_date_type_0

        print_date = _parse_print_date(d.pop("print_date", UNSET))

        printed_count = d.pop("printed_count", UNSET)

        sum_ = d.pop("sum", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RootTypeForKkmTransactionsResponseDataTypeDataItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RootTypeForKkmTransactionsResponseDataTypeDataItemType.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: RootTypeForKkmTransactionsResponseDataTypeDataItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RootTypeForKkmTransactionsResponseDataTypeDataItemStatus.from_dict(_status)

        _document = d.pop("document", UNSET)
        document: RootTypeForKkmTransactionsResponseDataTypeDataItemDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = RootTypeForKkmTransactionsResponseDataTypeDataItemDocument.from_dict(_document)

        _cashier = d.pop("cashier", UNSET)
        cashier: RootTypeForKkmTransactionsResponseDataTypeDataItemCashier | Unset
        if isinstance(_cashier, Unset):
            cashier = UNSET
        else:
            cashier = RootTypeForKkmTransactionsResponseDataTypeDataItemCashier.from_dict(_cashier)

        root_type_for_kkm_transactions_response_data_type_data_item = cls(
            id=id,
            print_date=print_date,
            printed_count=printed_count,
            sum_=sum_,
            type_=type_,
            status=status,
            document=document,
            cashier=cashier,
        )

        root_type_for_kkm_transactions_response_data_type_data_item.additional_properties = d
        return root_type_for_kkm_transactions_response_data_type_data_item

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
