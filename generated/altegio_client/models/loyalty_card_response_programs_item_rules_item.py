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
        "loyalty_program_id",
        "loyalty_type_id",
        "value",
        "parameter",
    }
)


T = TypeVar("T", bound="LoyaltyCardResponseProgramsItemRulesItem")


@_attrs_define
class LoyaltyCardResponseProgramsItemRulesItem:
    id: int | Unset = UNSET
    """ ID of the rule """
    loyalty_program_id: int | Unset = UNSET
    """ ID of the promotion the rule belongs to """
    loyalty_type_id: int | Unset = UNSET
    """ ID of the promotion kind """
    value: int | Unset = UNSET
    """ Threshold the rule starts at """
    parameter: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loyalty_program_id = self.loyalty_program_id

        loyalty_type_id = self.loyalty_type_id

        value = self.value

        parameter = self.parameter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if loyalty_program_id is not UNSET:
            field_dict["loyalty_program_id"] = loyalty_program_id
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if value is not UNSET:
            field_dict["value"] = value
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

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

        loyalty_program_id = _get("loyalty_program_id", UNSET)
        if type(loyalty_program_id) is not int and loyalty_program_id is not UNSET:
            loyalty_program_id = _v.int_(loyalty_program_id, "loyalty_program_id")

        loyalty_type_id = _get("loyalty_type_id", UNSET)
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _v.int_(loyalty_type_id, "loyalty_type_id")

        value = _get("value", UNSET)
        if type(value) is not int and value is not UNSET:
            value = _v.int_(value, "value")

        parameter = _get("parameter", UNSET)
        if type(parameter) is not int and parameter is not UNSET:
            parameter = _v.int_(parameter, "parameter")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.loyalty_program_id = loyalty_program_id
        _obj.loyalty_type_id = loyalty_type_id
        _obj.value = value
        _obj.parameter = parameter

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
