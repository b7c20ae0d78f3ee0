from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForStorageResponseDataTypesDataItem")


@_attrs_define
class RootTypeForStorageResponseDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the inventory """
    title: str | Unset = UNSET
    """ Name of the inventory """
    for_service: float | Unset = UNSET
    """ 1 when used to write off consumables automatically """
    for_sale: float | Unset = UNSET
    """ 1 when this is the default inventory for product sales """
    comment: str | Unset = UNSET
    """ What the inventory is about """
    weight: float | Unset = UNSET
    """ Weight used for sorting """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        for_service = self.for_service

        for_sale = self.for_sale

        comment = self.comment

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if for_service is not UNSET:
            field_dict["for_service"] = for_service
        if for_sale is not UNSET:
            field_dict["for_sale"] = for_sale
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        for_service = d.pop("for_service", UNSET)

        for_sale = d.pop("for_sale", UNSET)

        comment = d.pop("comment", UNSET)

        weight = d.pop("weight", UNSET)

        root_type_for_storage_response_data_types_data_item = cls(
            id=id,
            title=title,
            for_service=for_service,
            for_sale=for_sale,
            comment=comment,
            weight=weight,
        )

        root_type_for_storage_response_data_types_data_item.additional_properties = d
        return root_type_for_storage_response_data_types_data_item

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
