from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_currency import RootTypeForCurrency


T = TypeVar("T", bound="RootTypeForAnalyticsReportOverallSumStats")


@_attrs_define
class RootTypeForAnalyticsReportOverallSumStats:
    """
    Example:
        {'current_sum': 12.56, 'previous_sum': 10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}

    """

    current_sum: str | Unset = UNSET
    """ Current indicator value """
    previous_sum: str | Unset = UNSET
    """ Indicator value for the previous period """
    change_percent: int | Unset = UNSET
    """ Per cent change of the indicator's current value versus the previous one; null when the previous value is 0
    and the current one is not. """
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_sum = self.current_sum

        previous_sum = self.previous_sum

        change_percent = self.change_percent

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_sum is not UNSET:
            field_dict["current_sum"] = current_sum
        if previous_sum is not UNSET:
            field_dict["previous_sum"] = previous_sum
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415

        d = dict(src_dict)
        current_sum = d.pop("current_sum", UNSET)

        previous_sum = d.pop("previous_sum", UNSET)

        change_percent = d.pop("change_percent", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: RootTypeForCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = RootTypeForCurrency.from_dict(_currency)

        root_type_for_analytics_report_overall_sum_stats = cls(
            current_sum=current_sum,
            previous_sum=previous_sum,
            change_percent=change_percent,
            currency=currency,
        )

        root_type_for_analytics_report_overall_sum_stats.additional_properties = d
        return root_type_for_analytics_report_overall_sum_stats

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
