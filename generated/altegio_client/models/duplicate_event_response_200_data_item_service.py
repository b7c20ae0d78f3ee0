from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateEventResponse200DataItemService")


@_attrs_define
class DuplicateEventResponse200DataItemService:
    id: int | Unset = UNSET
    category_id: int | Unset = UNSET
    title: str | Unset = UNSET
    price_min: float | Unset = UNSET
    price_max: float | Unset = UNSET
    prepaid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category_id = self.category_id

        title = self.title

        price_min = self.price_min

        price_max = self.price_max

        prepaid = self.prepaid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        duplicate_event_response_200_data_item_service = cls(
            id=id,
            category_id=category_id,
            title=title,
            price_min=price_min,
            price_max=price_max,
            prepaid=prepaid,
        )

        duplicate_event_response_200_data_item_service.additional_properties = d
        return duplicate_event_response_200_data_item_service

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
