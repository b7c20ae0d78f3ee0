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
        "title",
        "for_service",
        "for_sale",
        "comment",
        "weight",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        for_service = _get("for_service", UNSET)
        if type(for_service) is not float and for_service is not UNSET:
            for_service = _v.float_(for_service, "for_service")

        for_sale = _get("for_sale", UNSET)
        if type(for_sale) is not float and for_sale is not UNSET:
            for_sale = _v.float_(for_sale, "for_sale")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        weight = _get("weight", UNSET)
        if type(weight) is not float and weight is not UNSET:
            weight = _v.float_(weight, "weight")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.for_service = for_service
        _obj.for_sale = for_sale
        _obj.comment = comment
        _obj.weight = weight

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
