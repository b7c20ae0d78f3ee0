from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_revenue_statistics_response_data_income_stats_new import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsNew,
    )
    from ..models.loyalty_revenue_statistics_response_data_income_stats_old import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsOld,
    )
    from ..models.loyalty_revenue_statistics_response_data_income_stats_total import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal,
    )


T = TypeVar("T", bound="LoyaltyRevenueStatisticsResponseDataIncomeStats")


@_attrs_define
class LoyaltyRevenueStatisticsResponseDataIncomeStats:
    """Revenue statistics"""

    new: LoyaltyRevenueStatisticsResponseDataIncomeStatsNew | Unset = UNSET
    """ New clients """
    old: LoyaltyRevenueStatisticsResponseDataIncomeStatsOld | Unset = UNSET
    """ Existing clients """
    total: LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal | Unset = UNSET
    """ Totals for all clients """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new, Unset):
            new = self.new.to_dict()

        old: dict[str, Any] | Unset = UNSET
        if not isinstance(self.old, Unset):
            old = self.old.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_revenue_statistics_response_data_income_stats_new import (
            LoyaltyRevenueStatisticsResponseDataIncomeStatsNew,  # noqa: PLC0415
        )
        from ..models.loyalty_revenue_statistics_response_data_income_stats_old import (
            LoyaltyRevenueStatisticsResponseDataIncomeStatsOld,  # noqa: PLC0415
        )
        from ..models.loyalty_revenue_statistics_response_data_income_stats_total import (
            LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _new = d.pop("new", UNSET)
        new: LoyaltyRevenueStatisticsResponseDataIncomeStatsNew | Unset
        if isinstance(_new, Unset):
            new = UNSET
        else:
            new = LoyaltyRevenueStatisticsResponseDataIncomeStatsNew.from_dict(_new)

        _old = d.pop("old", UNSET)
        old: LoyaltyRevenueStatisticsResponseDataIncomeStatsOld | Unset
        if isinstance(_old, Unset):
            old = UNSET
        else:
            old = LoyaltyRevenueStatisticsResponseDataIncomeStatsOld.from_dict(_old)

        _total = d.pop("total", UNSET)
        total: LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal.from_dict(_total)

        loyalty_revenue_statistics_response_data_income_stats = cls(
            new=new,
            old=old,
            total=total,
        )

        loyalty_revenue_statistics_response_data_income_stats.additional_properties = d
        return loyalty_revenue_statistics_response_data_income_stats

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
