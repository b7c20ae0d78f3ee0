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
        "type_slug",
        "value",
        "description",
    }
)


T = TypeVar("T", bound="SalaryCalculationItemTargetRuleObject")


@_attrs_define
class SalaryCalculationItemTargetRuleObject:
    type_slug: str | Unset = UNSET
    """ Type of rule (known values: fix, percent) """
    value: float | Unset = UNSET
    """ The value. """
    description: str | Unset = UNSET
    """ Explanation of the calculation rule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_slug = self.type_slug

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_slug is not UNSET:
            field_dict["type_slug"] = type_slug
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        type_slug = _get("type_slug", UNSET)
        if type(type_slug) is not str and type_slug is not UNSET:
            type_slug = _v.str_(type_slug, "type_slug")

        value = _get("value", UNSET)
        if type(value) is not float and value is not UNSET:
            value = _v.float_(value, "value")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        _obj = cls.__new__(cls)
        _obj.type_slug = type_slug
        _obj.value = value
        _obj.description = description

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
