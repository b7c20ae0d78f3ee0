from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visit_details_data_types_data_items_item import (
        RootTypeForVisitDetailsDataTypesDataItemsItem,
    )
    from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container import (
        RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer,
    )
    from ..models.root_type_for_visit_details_data_types_data_loyalty_transactions_item import (
        RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem,
    )
    from ..models.root_type_for_visit_details_data_types_data_payment_transactions_item import (
        RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem,
    )


T = TypeVar("T", bound="RootTypeForVisitDetailsDataTypesData")


@_attrs_define
class RootTypeForVisitDetailsDataTypesData:
    """Payload"""

    payment_transactions: list[RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem] | Unset = UNSET
    """ List of payment transactions """
    loyalty_transactions: list[RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem] | Unset = UNSET
    """ Transactions of the loyalty program """
    kkm_transaction_details_container: RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer | Unset = (
        UNSET
    )
    """ Details of the KKM (cash register) transaction """
    items: list[RootTypeForVisitDetailsDataTypesDataItemsItem] | Unset = UNSET
    """ List of products and services """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_transactions, Unset):
            payment_transactions = []
            for payment_transactions_item_data in self.payment_transactions:
                payment_transactions_item = payment_transactions_item_data.to_dict()
                payment_transactions.append(payment_transactions_item)

        loyalty_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_transactions, Unset):
            loyalty_transactions = []
            for loyalty_transactions_item_data in self.loyalty_transactions:
                loyalty_transactions_item = loyalty_transactions_item_data.to_dict()
                loyalty_transactions.append(loyalty_transactions_item)

        kkm_transaction_details_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = self.kkm_transaction_details_container.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_transactions is not UNSET:
            field_dict["payment_transactions"] = payment_transactions
        if loyalty_transactions is not UNSET:
            field_dict["loyalty_transactions"] = loyalty_transactions
        if kkm_transaction_details_container is not UNSET:
            field_dict["kkm_transaction_details_container"] = kkm_transaction_details_container
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_visit_details_data_types_data_items_item import (
            RootTypeForVisitDetailsDataTypesDataItemsItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_visit_details_data_types_data_kkm_transaction_details_container import (
            RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer,  # noqa: PLC0415
        )
        from ..models.root_type_for_visit_details_data_types_data_loyalty_transactions_item import (
            RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_visit_details_data_types_data_payment_transactions_item import (
            RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _payment_transactions = d.pop("payment_transactions", UNSET)
        payment_transactions: list[RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem] | Unset = UNSET
        if _payment_transactions is not UNSET:
            payment_transactions = []
            for payment_transactions_item_data in _payment_transactions:
                payment_transactions_item = RootTypeForVisitDetailsDataTypesDataPaymentTransactionsItem.from_dict(
                    payment_transactions_item_data
                )

                payment_transactions.append(payment_transactions_item)

        _loyalty_transactions = d.pop("loyalty_transactions", UNSET)
        loyalty_transactions: list[RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem] | Unset = UNSET
        if _loyalty_transactions is not UNSET:
            loyalty_transactions = []
            for loyalty_transactions_item_data in _loyalty_transactions:
                loyalty_transactions_item = RootTypeForVisitDetailsDataTypesDataLoyaltyTransactionsItem.from_dict(
                    loyalty_transactions_item_data
                )

                loyalty_transactions.append(loyalty_transactions_item)

        _kkm_transaction_details_container = d.pop("kkm_transaction_details_container", UNSET)
        kkm_transaction_details_container: RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer | Unset
        if isinstance(_kkm_transaction_details_container, Unset):
            kkm_transaction_details_container = UNSET
        else:
            kkm_transaction_details_container = (
                RootTypeForVisitDetailsDataTypesDataKkmTransactionDetailsContainer.from_dict(
                    _kkm_transaction_details_container
                )
            )

        _items = d.pop("items", UNSET)
        items: list[RootTypeForVisitDetailsDataTypesDataItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = RootTypeForVisitDetailsDataTypesDataItemsItem.from_dict(items_item_data)

                items.append(items_item)

        root_type_for_visit_details_data_types_data = cls(
            payment_transactions=payment_transactions,
            loyalty_transactions=loyalty_transactions,
            kkm_transaction_details_container=kkm_transaction_details_container,
            items=items,
        )

        root_type_for_visit_details_data_types_data.additional_properties = d
        return root_type_for_visit_details_data_types_data

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
