from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from altegio import _validate as _v
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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The models this one refers to, imported on first use (they refer back: no import at module level)."""
    global _LAZY
    from ..models.loyalty_revenue_statistics_response_data_income_stats_new import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsNew,  # noqa: PLC0415
    )
    from ..models.loyalty_revenue_statistics_response_data_income_stats_old import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsOld,  # noqa: PLC0415
    )
    from ..models.loyalty_revenue_statistics_response_data_income_stats_total import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal,  # noqa: PLC0415
    )

    _LAZY = (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsNew,
        LoyaltyRevenueStatisticsResponseDataIncomeStatsOld,
        LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "new",
        "old",
        "total",
    }
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
        (
            LoyaltyRevenueStatisticsResponseDataIncomeStatsNew,
            LoyaltyRevenueStatisticsResponseDataIncomeStatsOld,
            LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal,
        ) = _LAZY or _lazy()
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
        (
            LoyaltyRevenueStatisticsResponseDataIncomeStatsNew,
            LoyaltyRevenueStatisticsResponseDataIncomeStatsOld,
            LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _new = _get("new", UNSET)
        if _new is UNSET:
            new = UNSET
        else:
            try:
                new = LoyaltyRevenueStatisticsResponseDataIncomeStatsNew.from_dict(_new)
            except _v.Invalid as _e:
                raise _v.at(_e, "new") from None

        _old = _get("old", UNSET)
        if _old is UNSET:
            old = UNSET
        else:
            try:
                old = LoyaltyRevenueStatisticsResponseDataIncomeStatsOld.from_dict(_old)
            except _v.Invalid as _e:
                raise _v.at(_e, "old") from None

        _total = _get("total", UNSET)
        if _total is UNSET:
            total = UNSET
        else:
            try:
                total = LoyaltyRevenueStatisticsResponseDataIncomeStatsTotal.from_dict(_total)
            except _v.Invalid as _e:
                raise _v.at(_e, "total") from None

        loyalty_revenue_statistics_response_data_income_stats = cls(
            new=new,
            old=old,
            total=total,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            loyalty_revenue_statistics_response_data_income_stats.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
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
