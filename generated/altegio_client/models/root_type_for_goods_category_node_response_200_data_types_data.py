from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_goods_category_node_response_200_data_types_data_children_item import (
        RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_goods_category_node_response_200_data_types_data_children_item import (
        RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "parent_id",
        "item_id",
        "category_id",
        "title",
        "is_chain",
        "is_category",
        "is_item",
        "children",
        "children_count",
    }
)


T = TypeVar("T", bound="RootTypeForGoodsCategoryNodeResponse200DataTypesData")


@_attrs_define
class RootTypeForGoodsCategoryNodeResponse200DataTypesData:
    """Payload"""

    parent_id: int | Unset = UNSET
    """ ID of the parent element; 0 for root elements """
    item_id: int | Unset = UNSET
    """ ID of the item (always 0) """
    category_id: int | Unset = UNSET
    """ ID of the product category """
    title: str | Unset = UNSET
    """ Name of the product category """
    is_chain: bool | Unset = UNSET
    """ Whether the element is tied to the chain: true - tied, false - not tied """
    is_category: bool | Unset = UNSET
    """ Whether the element is a category; always true """
    is_item: bool | Unset = UNSET
    """ Whether the element is a product; always false """
    children: list[RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem] | Unset = UNSET
    """ Child items of a product category """
    children_count: int | Unset = UNSET
    """ Number of direct child products and categories (not recursive) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem,
        ) = _LAZY or _lazy()
        parent_id = self.parent_id

        item_id = self.item_id

        category_id = self.category_id

        title = self.title

        is_chain = self.is_chain

        is_category = self.is_category

        is_item = self.is_item

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        children_count = self.children_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_category is not UNSET:
            field_dict["is_category"] = is_category
        if is_item is not UNSET:
            field_dict["is_item"] = is_item
        if children is not UNSET:
            field_dict["children"] = children
        if children_count is not UNSET:
            field_dict["children_count"] = children_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        parent_id = _get("parent_id", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = _v.int_(parent_id, "parent_id")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _v.int_(item_id, "item_id")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _v.bool_(is_chain, "is_chain")

        is_category = _get("is_category", UNSET)
        if type(is_category) is not bool and is_category is not UNSET:
            is_category = _v.bool_(is_category, "is_category")

        is_item = _get("is_item", UNSET)
        if type(is_item) is not bool and is_item is not UNSET:
            is_item = _v.bool_(is_item, "is_item")

        _children = _get("children", UNSET)
        if _children is UNSET:
            children = UNSET
        else:
            if type(_children) is not list:
                _children = _v.array(_children, "children")
            children = []
            try:
                for _item in _children:
                    children.append(RootTypeForGoodsCategoryNodeResponse200DataTypesDataChildrenItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "children", children) from None

        children_count = _get("children_count", UNSET)
        if type(children_count) is not int and children_count is not UNSET:
            children_count = _v.int_(children_count, "children_count")

        _obj = cls.__new__(cls)
        _obj.parent_id = parent_id
        _obj.item_id = item_id
        _obj.category_id = category_id
        _obj.title = title
        _obj.is_chain = is_chain
        _obj.is_category = is_category
        _obj.is_item = is_item
        _obj.children = children
        _obj.children_count = children_count

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
