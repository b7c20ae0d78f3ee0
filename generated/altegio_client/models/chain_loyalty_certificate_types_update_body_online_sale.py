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
        "is_enabled",
        "title",
        "description",
        "price",
    }
)


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBodyOnlineSale")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBodyOnlineSale:
    """Online sale settings"""

    is_enabled: bool
    """ Whether it can be bought online """
    title: str | Unset = UNSET
    """ Name in the online store """
    description: str | Unset = UNSET
    """ Text in the online store """
    price: float | Unset = UNSET
    """ Online price """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        title = self.title

        description = self.description

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_enabled": is_enabled,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "is_enabled" not in src_dict:
            raise _v.missing("is_enabled")
        is_enabled = _get("is_enabled", UNSET)
        if type(is_enabled) is not bool and is_enabled is not UNSET:
            is_enabled = _v.bool_(is_enabled, "is_enabled")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        price = _get("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = _v.float_(price, "price")

        _obj = cls.__new__(cls)
        _obj.is_enabled = is_enabled
        _obj.title = title
        _obj.description = description
        _obj.price = price

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
