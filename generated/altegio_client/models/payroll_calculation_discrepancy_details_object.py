from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

        payroll_calculation_discrepancy_details_object = cls(
            reason=reason,
            actual_sum=actual_sum,
            difference_sum=difference_sum,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            payroll_calculation_discrepancy_details_object.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return payroll_calculation_discrepancy_details_object

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
