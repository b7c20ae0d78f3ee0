from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForGoodsCategoriesResponse200DataTypesDataItem")


@_attrs_define
class RootTypeForGoodsCategoriesResponse200DataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the product category """
    title: str | Unset = UNSET
    """ Name of the product category """
    parent_category_id: int | None | Unset = UNSET
    """ ID of the parent category; null for top-level ones """
    is_chain: bool | Unset = UNSET
    """ Whether the category is a chain category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        parent_category_id: int | None | Unset
        if isinstance(self.parent_category_id, Unset):
            parent_category_id = UNSET
        else:
            parent_category_id = self.parent_category_id

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        def _parse_parent_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_category_id = _parse_parent_category_id(d.pop("parent_category_id", UNSET))

        is_chain = d.pop("is_chain", UNSET)

        root_type_for_goods_categories_response_200_data_types_data_item = cls(
            id=id,
            title=title,
            parent_category_id=parent_category_id,
            is_chain=is_chain,
        )

        root_type_for_goods_categories_response_200_data_types_data_item.additional_properties = d
        return root_type_for_goods_categories_response_200_data_types_data_item

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
