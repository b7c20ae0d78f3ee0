from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_cashier import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier,
    )
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_document import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument,
    )
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_status import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus,
    )
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_type import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_cashier import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier,  # noqa: PLC0415
    )
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_document import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument,  # noqa: PLC0415
    )
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_status import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus,  # noqa: PLC0415
    )
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item_type import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier,
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument,
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus,
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "print_date",
        "printed_count",
        "sum",
        "type",
        "status",
        "document",
        "cashier",
    }
)


T = TypeVar("T", bound="RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem")


@_attrs_define
class RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem:
    id: int | Unset = UNSET
    """ ID of the transaction """
    print_date: datetime.datetime | None | Unset = UNSET
    """ When the receipt was printed """
    printed_count: int | Unset = UNSET
    sum_: Any | Unset = UNSET
    """ Amount paid, to 2 decimal places (Decimal) """
    type_: RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType | Unset = UNSET
    """ Kind of payment """
    status: RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus | Unset = UNSET
    """ Receipt printing status """
    document: RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument | Unset = UNSET
    """ Document """
    cashier: RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier | Unset = UNSET
    """ Cashier """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus,
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        print_date = _get("print_date", UNSET)
        if type(print_date) is str:
            try:
                print_date = _v.fromisoformat(print_date)
            except ValueError:
                print_date = _v.datetime_(print_date, "print_date")
        elif print_date is not UNSET:
            print_date = _v.datetime_(print_date, "print_date", True)

        printed_count = _get("printed_count", UNSET)
        if type(printed_count) is not int and printed_count is not UNSET:
            printed_count = _v.int_(printed_count, "printed_count")

        sum_ = _get("sum", UNSET)
        if type(sum_) is int:
            sum_ = _Decimal(sum_)
        elif type(sum_) is not _Decimal and sum_ is not UNSET:
            sum_ = _v.money(sum_, "sum")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = (
                    RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemType.from_dict(
                        _type_
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _status = _get("status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = (
                    RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemStatus.from_dict(
                        _status
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "status") from None

        _document = _get("document", UNSET)
        if _document is UNSET:
            document = UNSET
        else:
            try:
                document = RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemDocument.from_dict(
                    _document
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "document") from None

        _cashier = _get("cashier", UNSET)
        if _cashier is UNSET:
            cashier = UNSET
        else:
            try:
                cashier = (
                    RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItemCashier.from_dict(
                        _cashier
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "cashier") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.print_date = print_date
        _obj.printed_count = printed_count
        _obj.sum_ = sum_
        _obj.type_ = type_
        _obj.status = status
        _obj.document = document
        _obj.cashier = cashier

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
