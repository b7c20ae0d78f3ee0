from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem,
    )


T = TypeVar("T", bound="RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer")


@_attrs_define
class RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer:
    """Details of the KKM (cash register) transaction"""

    last_operation_type: float | Unset = UNSET
    """ Kind of the last fiscal register (KKM) operation """
    transactions: list[RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem] | Unset = (
        UNSET
    )
    """ Fiscal register (KKM) transactions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_operation_type = self.last_operation_type

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_operation_type is not UNSET:
            field_dict["last_operation_type"] = last_operation_type
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container_transactions_item import (
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        last_operation_type = d.pop("last_operation_type", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: (
            list[RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem] | Unset
        ) = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = (
                    RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainerTransactionsItem.from_dict(
                        transactions_item_data
                    )
                )

                transactions.append(transactions_item)

        root_type_for_visit_details_data_types_data_kkm_transaction_details_container = cls(
            last_operation_type=last_operation_type,
            transactions=transactions,
        )

        root_type_for_visit_details_data_types_data_kkm_transaction_details_container.additional_properties = d
        return root_type_for_visit_details_data_types_data_kkm_transaction_details_container

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
