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
        from ..models.payroll_for_a_period_for_a_team_member_grouped_by_date_period_calculation_daily_item import (
            PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415

        d = dict(src_dict)
        _period_calculation_daily = d.pop("period_calculation_daily", UNSET)
        period_calculation_daily: (
            list[PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem] | Unset
        ) = UNSET
        if _period_calculation_daily is not UNSET:
            period_calculation_daily = []
            for period_calculation_daily_item_data in _period_calculation_daily:
                period_calculation_daily_item = (
                    PayrollForAPeriodForATeamMemberGroupedByDatePeriodCalculationDailyItem.from_dict(
                        period_calculation_daily_item_data
                    )
                )

                period_calculation_daily.append(period_calculation_daily_item)

        _currency = d.pop("currency", UNSET)
        currency: RootTypeForCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = RootTypeForCurrency.from_dict(_currency)

        payroll_for_a_period_for_a_team_member_grouped_by_date = cls(
            period_calculation_daily=period_calculation_daily,
            currency=currency,
        )

        payroll_for_a_period_for_a_team_member_grouped_by_date.additional_properties = d
        return payroll_for_a_period_for_a_team_member_grouped_by_date

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
