from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForGoodsCategoriesResponse201DataTypesData")


@_attrs_define
class RootTypeForGoodsCategoriesResponse201DataTypesData:
    """Payload"""

    id: int | Unset = UNSET
    """ ID of the product category """
    title: str | Unset = UNSET
    """ Name of the product category """
    parent_category_id: int | Unset = UNSET
    """ ID of the parent product category (null when there is none) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        parent_category_id = self.parent_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        parent_category_id = d.pop("parent_category_id", UNSET)

        root_type_for_goods_categories_response_201_data_types_data = cls(
            id=id,
            title=title,
            parent_category_id=parent_category_id,
        )

        root_type_for_goods_categories_response_201_data_types_data.additional_properties = d
        return root_type_for_goods_categories_response_201_data_types_data

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
