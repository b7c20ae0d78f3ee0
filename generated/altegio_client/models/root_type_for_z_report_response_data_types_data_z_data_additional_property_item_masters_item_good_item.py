from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item_transactions_item import (
        RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem,
    )


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItem:
    item_title: str | Unset = UNSET
    """ Name of the product """
    first_cost: Any | Unset = UNSET
    """ Price before changes (Decimal) """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    result_cost: float | Unset = UNSET
    """ Final price """
    transactions: (
        list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem]
        | Unset
    ) = UNSET
    """ List of transactions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_title = self.item_title

        first_cost = self.first_cost

        discount = self.discount

        result_cost = self.result_cost

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_title is not UNSET:
            field_dict["item_title"] = item_title
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if result_cost is not UNSET:
            field_dict["result_cost"] = result_cost
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item_transactions_item import (
            RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        item_title = d.pop("item_title", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount = d.pop("discount", UNSET)

        result_cost = d.pop("result_cost", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: (
            list[RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem]
            | Unset
        ) = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = RootTypeForZReportResponseDataTypesDataZDataAdditionalPropertyItemMastersItemGoodItemTransactionsItem.from_dict(
                    transactions_item_data
                )

                transactions.append(transactions_item)

        root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item = cls(
            item_title=item_title,
            first_cost=first_cost,
            discount=discount,
            result_cost=result_cost,
            transactions=transactions,
        )

        root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item.additional_properties = d
        return root_type_for_z_report_response_data_types_data_z_data_additional_property_item_masters_item_good_item

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
