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
        "is_discount",
        "is_cashback",
        "is_static",
        "is_accumulative",
    }
)


T = TypeVar("T", bound="LoyaltyCardResponseProgramsItemLoyaltyType")


@_attrs_define
class LoyaltyCardResponseProgramsItemLoyaltyType:
    """The promotion kind"""

    id: int | Unset = UNSET
    """ ID of the promotion kind """
    title: str | Unset = UNSET
    """ Name of the promotion kind """
    is_discount: bool | Unset = UNSET
    """ Whether it is a discount """
    is_cashback: bool | Unset = UNSET
    """ Whether it is cashback """
    is_static: bool | Unset = UNSET
    """ Whether it is a fixed discount """
    is_accumulative: bool | Unset = UNSET
    """ Whether it is a cumulative discount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        is_discount = self.is_discount

        is_cashback = self.is_cashback

        is_static = self.is_static

        is_accumulative = self.is_accumulative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount
        if is_cashback is not UNSET:
            field_dict["is_cashback"] = is_cashback
        if is_static is not UNSET:
            field_dict["is_static"] = is_static
        if is_accumulative is not UNSET:
            field_dict["is_accumulative"] = is_accumulative

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

        is_discount = _get("is_discount", UNSET)
        if type(is_discount) is not bool and is_discount is not UNSET:
            is_discount = _v.bool_(is_discount, "is_discount")

        is_cashback = _get("is_cashback", UNSET)
        if type(is_cashback) is not bool and is_cashback is not UNSET:
            is_cashback = _v.bool_(is_cashback, "is_cashback")

        is_static = _get("is_static", UNSET)
        if type(is_static) is not bool and is_static is not UNSET:
            is_static = _v.bool_(is_static, "is_static")

        is_accumulative = _get("is_accumulative", UNSET)
        if type(is_accumulative) is not bool and is_accumulative is not UNSET:
            is_accumulative = _v.bool_(is_accumulative, "is_accumulative")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.is_discount = is_discount
        _obj.is_cashback = is_cashback
        _obj.is_static = is_static
        _obj.is_accumulative = is_accumulative

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
