from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payroll_for_a_period_for_a_team_member_grouped_by_date_period_calculation_daily_item import (
        PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem,
    )
    from ..models.root_type_for_currency import RootTypeForCurrency

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.payroll_for_a_period_for_a_team_member_grouped_by_date_period_calculation_daily_item import (
        PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415

    _LAZY = (
        _v,
        PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem,
        RootTypeForCurrency,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "period_calculation_daily",
        "currency",
    }
)


T = TypeVar("T", bound="PayrollForAPeriodForATeamMemberGroupedByDate")


@_attrs_define
class PayrollForAPeriodForATeamMemberGroupedByDate:
    """One team member's payroll over a period, grouped by date."""

    period_calculation_daily: list[PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem] | Unset = (
        UNSET
    )
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        period_calculation_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.period_calculation_daily, Unset):
            period_calculation_daily = []
            for period_calculation_daily_item_data in self.period_calculation_daily:
                period_calculation_daily_item = period_calculation_daily_item_data.to_dict()
                period_calculation_daily.append(period_calculation_daily_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_calculation_daily is not UNSET:
            field_dict["period_calculation_daily"] = period_calculation_daily
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _period_calculation_daily = _get("period_calculation_daily", UNSET)
        if _period_calculation_daily is UNSET:
            period_calculation_daily = UNSET
        else:
            if type(_period_calculation_daily) is not list:
                _period_calculation_daily = _v.array(_period_calculation_daily, "period_calculation_daily")
            period_calculation_daily = []
            try:
                for _item in _period_calculation_daily:
                    period_calculation_daily.append(
                        PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "period_calculation_daily", period_calculation_daily) from None

        _currency = _get("currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            try:
                currency = RootTypeForCurrency.from_dict(_currency)
            except _v.Invalid as _e:
                raise _v.at(_e, "currency") from None

        _obj = cls.__new__(cls)
        _obj.period_calculation_daily = period_calculation_daily
        _obj.currency = currency

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
