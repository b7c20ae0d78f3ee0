from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "category_id",
        "is_category",
        "title",
        "online_sale_title",
    }
)


T = TypeVar("T", bound="SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType1")


@_attrs_define
class SubscriptionTypeBalanceContainerLinksItemServiceCategoryCategoryType1:
    """Child category, as an object"""

    id: int | Unset = UNSET
    category_id: int | Unset = UNSET
    is_category: bool | Unset = UNSET
    title: str | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category_id = self.category_id

        is_category = self.is_category

        title = self.title

        online_sale_title = self.online_sale_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if is_category is not UNSET:
            field_dict["is_category"] = is_category
        if title is not UNSET:
            field_dict["title"] = title
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        is_category = _get("is_category", UNSET)
        if type(is_category) is not bool and is_category is not UNSET:
            is_category = _v.bool_(is_category, "is_category")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        online_sale_title = _get("online_sale_title", UNSET)
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _v.str_(online_sale_title, "online_sale_title")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.category_id = category_id
        _obj.is_category = is_category
        _obj.title = title
        _obj.online_sale_title = online_sale_title

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
