from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_totals import SalaryTotals

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.salary_totals import SalaryTotals  # noqa: PLC0415

    _LAZY = (
        _v,
        SalaryTotals,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "date",
        "period_calculation",
    }
)


T = TypeVar("T", bound="PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem")


@_attrs_define
class PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem:
    date: datetime.date | None | Unset = UNSET
    """ Date. """
    period_calculation: SalaryTotals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SalaryTotals,
        ) = _LAZY or _lazy()
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        period_calculation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period_calculation, Unset):
            period_calculation = self.period_calculation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if period_calculation is not UNSET:
            field_dict["period_calculation"] = period_calculation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SalaryTotals,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            date = _v.date_(date, "date", True)

        _period_calculation = _get("period_calculation", UNSET)
        if _period_calculation is UNSET:
            period_calculation = UNSET
        else:
            try:
                period_calculation = SalaryTotals.from_dict(_period_calculation)
            except _v.Invalid as _e:
                raise _v.at(_e, "period_calculation") from None

        _obj = cls.__new__(cls)
        _obj.date = date
        _obj.period_calculation = period_calculation

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
