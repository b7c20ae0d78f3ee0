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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.loyalty_revenue_statistics_response_data_currency import LoyaltyRevenueStatisticsResponseDataCurrency  # noqa: PLC0415
    from ..models.loyalty_revenue_statistics_response_data_income_stats import (
        LoyaltyRevenueStatisticsResponseDataIncomeStats,  # noqa: PLC0415
    )
    from ..models.loyalty_revenue_statistics_response_data_income_stats_by_day_item import (
        LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        LoyaltyRevenueStatisticsResponseDataCurrency,
        LoyaltyRevenueStatisticsResponseDataIncomeStats,
        LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "income_stats",
        "currency",
        "income_stats_by_day",
    }
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
        (
            _,
            LoyaltyRevenueStatisticsResponseDataCurrency,
            LoyaltyRevenueStatisticsResponseDataIncomeStats,
            LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            LoyaltyRevenueStatisticsResponseDataCurrency,
            LoyaltyRevenueStatisticsResponseDataIncomeStats,
            LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _income_stats = _get("income_stats", UNSET)
        if _income_stats is UNSET:
            income_stats = UNSET
        else:
            try:
                income_stats = LoyaltyRevenueStatisticsResponseDataIncomeStats.from_dict(_income_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "income_stats") from None

        _currency = _get("currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            try:
                currency = LoyaltyRevenueStatisticsResponseDataCurrency.from_dict(_currency)
            except _v.Invalid as _e:
                raise _v.at(_e, "currency") from None

        _income_stats_by_day = _get("income_stats_by_day", UNSET)
        if _income_stats_by_day is UNSET:
            income_stats_by_day = UNSET
        else:
            if type(_income_stats_by_day) is not list:
                _income_stats_by_day = _v.array(_income_stats_by_day, "income_stats_by_day")
            income_stats_by_day = []
            try:
                for _item in _income_stats_by_day:
                    income_stats_by_day.append(
                        LoyaltyRevenueStatisticsResponseDataIncomeStatsByDayItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "income_stats_by_day", income_stats_by_day) from None

        _obj = cls.__new__(cls)
        _obj.income_stats = income_stats
        _obj.currency = currency
        _obj.income_stats_by_day = income_stats_by_day

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
