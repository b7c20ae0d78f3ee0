from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForTechnologicalCardsResponse200DataTypesDataType1ItemTechnologicalCardItemsItem")


@_attrs_define
class RootTypeForTechnologicalCardsResponse200DataTypesDataType1ItemTechnologicalCardItemsItem:
    id: int | Unset = UNSET
    """ ID of the consumable """
    technological_card_id: int | Unset = UNSET
    """ ID of tech cards """
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    good_id: int | Unset = UNSET
    """ ID of the product """
    amount: float | Unset = UNSET
    """ How many """
    unit: str | Unset = UNSET
    """ Measurement unit """
    price: Any | Unset = UNSET
    """ Price (Decimal) """
    title: str | Unset = UNSET
    """ Title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        technological_card_id = self.technological_card_id

        storage_id = self.storage_id

        good_id = self.good_id

        amount = self.amount

        unit = self.unit

        price = self.price

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit is not UNSET:
            field_dict["unit"] = unit
        if price is not UNSET:
            field_dict["price"] = price
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        technological_card_id = d.pop("technological_card_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        unit = d.pop("unit", UNSET)

        price = d.pop("price", UNSET)

        title = d.pop("title", UNSET)

        root_type_for_technological_cards_response_200_data_types_data_type_1_item_technological_card_items_item = cls(
            id=id,
            technological_card_id=technological_card_id,
            storage_id=storage_id,
            good_id=good_id,
            amount=amount,
            unit=unit,
            price=price,
            title=title,
        )

        root_type_for_technological_cards_response_200_data_types_data_type_1_item_technological_card_items_item.additional_properties = d
        return root_type_for_technological_cards_response_200_data_types_data_type_1_item_technological_card_items_item

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
