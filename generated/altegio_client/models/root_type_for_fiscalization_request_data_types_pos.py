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
        "enabled",
        "slip_count",
    }
)


T = TypeVar("T", bound="RootTypeForFiscalizationRequestDataTypesPos")


@_attrs_define
class RootTypeForFiscalizationRequestDataTypesPos:
    """Settings of the connected POS terminal"""

    enabled: bool | Unset = UNSET
    """ Whether the card must be accepted via a POS terminal before fiscalization """
    slip_count: int | Unset = UNSET
    """ How many receipts to print after a POS transaction succeeds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        slip_count = self.slip_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if slip_count is not UNSET:
            field_dict["slip_count"] = slip_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        enabled = _get("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = _v.bool_(enabled, "enabled")

        slip_count = _get("slip_count", UNSET)
        if type(slip_count) is not int and slip_count is not UNSET:
            slip_count = _v.int_(slip_count, "slip_count")

        _obj = cls.__new__(cls)
        _obj.enabled = enabled
        _obj.slip_count = slip_count

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
