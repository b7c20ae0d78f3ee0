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
        "reason",
        "actual_sum",
        "difference_sum",
    }
)


T = TypeVar("T", bound="PayrollCalculationDiscrepancyDetailsObject")


@_attrs_define
class PayrollCalculationDiscrepancyDetailsObject:
    reason: str | Unset = UNSET
    """ Kind of discrepancy (known values: new, deleted, updated_rule, updated_sum) """
    actual_sum: str | Unset = UNSET
    """ Salary amount actually due. """
    difference_sum: str | Unset = UNSET
    """ Gap between the actual and the calculated salary amounts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        actual_sum = self.actual_sum

        difference_sum = self.difference_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if actual_sum is not UNSET:
            field_dict["actual_sum"] = actual_sum
        if difference_sum is not UNSET:
            field_dict["difference_sum"] = difference_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        reason = _get("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = _v.str_(reason, "reason")

        actual_sum = _get("actual_sum", UNSET)
        if type(actual_sum) is not str and actual_sum is not UNSET:
            actual_sum = _v.str_(actual_sum, "actual_sum")

        difference_sum = _get("difference_sum", UNSET)
        if type(difference_sum) is not str and difference_sum is not UNSET:
            difference_sum = _v.str_(difference_sum, "difference_sum")

        _obj = cls.__new__(cls)
        _obj.reason = reason
        _obj.actual_sum = actual_sum
        _obj.difference_sum = difference_sum

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
