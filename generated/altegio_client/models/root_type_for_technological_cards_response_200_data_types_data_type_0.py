from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_technological_cards_response_200_data_types_data_type_0_technological_card_items_item import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem,
    )


T = TypeVar("T", bound="RootTypeForTechnologicalCardsResponse200DataTypesDataType0")


@_attrs_define
class RootTypeForTechnologicalCardsResponse200DataTypesDataType0:
    id: int | Unset = UNSET
    """ ID of tech cards """
    title: str | Unset = UNSET
    """ Name of the tech cards """
    technological_card_items: (
        list[RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem] | Unset
    ) = UNSET
    """ Tech card consumables """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        technological_card_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technological_card_items, Unset):
            technological_card_items = []
            for technological_card_items_item_data in self.technological_card_items:
                technological_card_items_item = technological_card_items_item_data.to_dict()
                technological_card_items.append(technological_card_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if technological_card_items is not UNSET:
            field_dict["technological_card_items"] = technological_card_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_technological_cards_response_200_data_types_data_type_0_technological_card_items_item import (
            RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _technological_card_items = d.pop("technological_card_items", UNSET)
        technological_card_items: (
            list[RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem] | Unset
        ) = UNSET
        if _technological_card_items is not UNSET:
            technological_card_items = []
            for technological_card_items_item_data in _technological_card_items:
                technological_card_items_item = (
                    RootTypeForTechnologicalCardsResponse200DataTypesDataType0TechnologicalCardItemsItem.from_dict(
                        technological_card_items_item_data
                    )
                )

                technological_card_items.append(technological_card_items_item)

        root_type_for_technological_cards_response_200_data_types_data_type_0 = cls(
            id=id,
            title=title,
            technological_card_items=technological_card_items,
        )

        root_type_for_technological_cards_response_200_data_types_data_type_0.additional_properties = d
        return root_type_for_technological_cards_response_200_data_types_data_type_0

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
