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
        "parameter",
        "value",
        "service_id",
    }
)


T = TypeVar("T", bound="LoyaltyProgramRuleRequest")


@_attrs_define
class LoyaltyProgramRuleRequest:
    """Rule of a promotion, in a request

    Example:
        {'parameter': 10, 'value': 2.5, 'service_id': 0}

    """

    parameter: int | Unset = UNSET
    """ Threshold of the rule (0 for fixed promotions) """
    value: float | Unset = UNSET
    """ Size of the discount or bonus """
    service_id: int | Unset = UNSET
    """ ID of the service (Discount by condition promotions only) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameter = self.parameter

        value = self.value

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if value is not UNSET:
            field_dict["value"] = value
        if service_id is not UNSET:
            field_dict["service_id"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        parameter = _get("parameter", UNSET)
        if type(parameter) is not int and parameter is not UNSET:
            parameter = _v.int_(parameter, "parameter")

        value = _get("value", UNSET)
        if type(value) is not float and value is not UNSET:
            value = _v.float_(value, "value")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        _obj = cls.__new__(cls)
        _obj.parameter = parameter
        _obj.value = value
        _obj.service_id = service_id

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
