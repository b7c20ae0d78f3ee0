from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_revenue_statistics_response_data_currency import LoyaltyRevenueStatisticsResponseDataCurrency
    from ..models.loyalty_revenue_statistics_response_data_income_stats import (
        LoyaltyRevenueStatisticsResponseDataIncomeStats,
    )
    from ..models.loyalty_revenue_statistics_response_data_income_stats_by_day_item import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem,
    )


T = TypeVar("T", bound="LoyaltyRevenueStatisticsResponseData")


@_attrs_define
class LoyaltyRevenueStatisticsResponseData:
    """Payload"""

    income_stats: LoyaltyRevenueStatisticsResponseDataIncomeStats | Unset = UNSET
    """ Revenue statistics """
    currency: LoyaltyRevenueStatisticsResponseDataCurrency | Unset = UNSET
    """ Currency """
    income_stats_by_day: list[LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem] | Unset = UNSET
    """ Revenue per day """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_stats, Unset):
            income_stats = self.income_stats.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        income_stats_by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.income_stats_by_day, Unset):
            income_stats_by_day = []
            for income_stats_by_day_item_data in self.income_stats_by_day:
                income_stats_by_day_item = income_stats_by_day_item_data.to_dict()
                income_stats_by_day.append(income_stats_by_day_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_stats is not UNSET:
            field_dict["income_stats"] = income_stats
        if currency is not UNSET:
            field_dict["currency"] = currency
        if income_stats_by_day is not UNSET:
            field_dict["income_stats_by_day"] = income_stats_by_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_revenue_statistics_response_data_currency import (
            LoyaltyRevenueStatisticsResponseDataCurrency,  # noqa: PLC0415
        )
        from ..models.loyalty_revenue_statistics_response_data_income_stats import (
            LoyaltyRevenueStatisticsResponseDataIncomeStats,  # noqa: PLC0415
        )
        from ..models.loyalty_revenue_statistics_response_data_income_stats_by_day_item import (
            LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _income_stats = d.pop("income_stats", UNSET)
        income_stats: LoyaltyRevenueStatisticsResponseDataIncomeStats | Unset
        if isinstance(_income_stats, Unset):
            income_stats = UNSET
        else:
            income_stats = LoyaltyRevenueStatisticsResponseDataIncomeStats.from_dict(_income_stats)

        _currency = d.pop("currency", UNSET)
        currency: LoyaltyRevenueStatisticsResponseDataCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = LoyaltyRevenueStatisticsResponseDataCurrency.from_dict(_currency)

        _income_stats_by_day = d.pop("income_stats_by_day", UNSET)
        income_stats_by_day: list[LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem] | Unset = UNSET
        if _income_stats_by_day is not UNSET:
            income_stats_by_day = []
            for income_stats_by_day_item_data in _income_stats_by_day:
                income_stats_by_day_item = LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem.from_dict(
                    income_stats_by_day_item_data
                )

                income_stats_by_day.append(income_stats_by_day_item)

        loyalty_revenue_statistics_response_data = cls(
            income_stats=income_stats,
            currency=currency,
            income_stats_by_day=income_stats_by_day,
        )

        loyalty_revenue_statistics_response_data.additional_properties = d
        return loyalty_revenue_statistics_response_data

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
