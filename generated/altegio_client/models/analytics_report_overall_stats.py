from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_analytics_report_overall_client_stats import (
        RootTypeForAnalyticsReportOverallClientStats,
    )
    from ..models.root_type_for_analytics_report_overall_fullness_stats import (
        RootTypeForAnalyticsReportOverallFullnessStats,
    )
    from ..models.root_type_for_analytics_report_overall_record_stats import (
        RootTypeForAnalyticsReportOverallRecordStats,
    )
    from ..models.root_type_for_analytics_report_overall_sum_stats import RootTypeForAnalyticsReportOverallSumStats

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_analytics_report_overall_client_stats import (
        RootTypeForAnalyticsReportOverallClientStats,  # noqa: PLC0415
    )
    from ..models.root_type_for_analytics_report_overall_fullness_stats import (
        RootTypeForAnalyticsReportOverallFullnessStats,  # noqa: PLC0415
    )
    from ..models.root_type_for_analytics_report_overall_record_stats import (
        RootTypeForAnalyticsReportOverallRecordStats,  # noqa: PLC0415
    )
    from ..models.root_type_for_analytics_report_overall_sum_stats import RootTypeForAnalyticsReportOverallSumStats  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForAnalyticsReportOverallClientStats,
        RootTypeForAnalyticsReportOverallFullnessStats,
        RootTypeForAnalyticsReportOverallRecordStats,
        RootTypeForAnalyticsReportOverallSumStats,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "income_total_stats",
        "income_services_stats",
        "income_goods_stats",
        "income_average_stats",
        "income_average_services_stats",
        "fullness_stats",
        "record_stats",
        "client_stats",
    }
)


T = TypeVar("T", bound="AnalyticsReportOverallStats")


@_attrs_define
class AnalyticsReportOverallStats:
    """Summary figures"""

    income_total_stats: RootTypeForAnalyticsReportOverallSumStats | Unset = UNSET
    income_services_stats: RootTypeForAnalyticsReportOverallSumStats | Unset = UNSET
    income_goods_stats: RootTypeForAnalyticsReportOverallSumStats | Unset = UNSET
    income_average_stats: RootTypeForAnalyticsReportOverallSumStats | Unset = UNSET
    income_average_services_stats: RootTypeForAnalyticsReportOverallSumStats | Unset = UNSET
    fullness_stats: RootTypeForAnalyticsReportOverallFullnessStats | Unset = UNSET
    """ Summary figures for how busy the location's team members' working hours are """
    record_stats: RootTypeForAnalyticsReportOverallRecordStats | Unset = UNSET
    """ Summary figures by appointment count """
    client_stats: RootTypeForAnalyticsReportOverallClientStats | Unset = UNSET
    """ Summary figures by client count """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForAnalyticsReportOverallClientStats,
            RootTypeForAnalyticsReportOverallFullnessStats,
            RootTypeForAnalyticsReportOverallRecordStats,
            RootTypeForAnalyticsReportOverallSumStats,
        ) = _LAZY or _lazy()
        income_total_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_total_stats, Unset):
            income_total_stats = self.income_total_stats.to_dict()

        income_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_services_stats, Unset):
            income_services_stats = self.income_services_stats.to_dict()

        income_goods_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_goods_stats, Unset):
            income_goods_stats = self.income_goods_stats.to_dict()

        income_average_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_stats, Unset):
            income_average_stats = self.income_average_stats.to_dict()

        income_average_services_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_average_services_stats, Unset):
            income_average_services_stats = self.income_average_services_stats.to_dict()

        fullness_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fullness_stats, Unset):
            fullness_stats = self.fullness_stats.to_dict()

        record_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_stats, Unset):
            record_stats = self.record_stats.to_dict()

        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_total_stats is not UNSET:
            field_dict["income_total_stats"] = income_total_stats
        if income_services_stats is not UNSET:
            field_dict["income_services_stats"] = income_services_stats
        if income_goods_stats is not UNSET:
            field_dict["income_goods_stats"] = income_goods_stats
        if income_average_stats is not UNSET:
            field_dict["income_average_stats"] = income_average_stats
        if income_average_services_stats is not UNSET:
            field_dict["income_average_services_stats"] = income_average_services_stats
        if fullness_stats is not UNSET:
            field_dict["fullness_stats"] = fullness_stats
        if record_stats is not UNSET:
            field_dict["record_stats"] = record_stats
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForAnalyticsReportOverallClientStats,
            RootTypeForAnalyticsReportOverallFullnessStats,
            RootTypeForAnalyticsReportOverallRecordStats,
            RootTypeForAnalyticsReportOverallSumStats,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _income_total_stats = _get("income_total_stats", UNSET)
        if _income_total_stats is UNSET:
            income_total_stats = UNSET
        else:
            try:
                income_total_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_total_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "income_total_stats") from None

        _income_services_stats = _get("income_services_stats", UNSET)
        if _income_services_stats is UNSET:
            income_services_stats = UNSET
        else:
            try:
                income_services_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_services_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "income_services_stats") from None

        _income_goods_stats = _get("income_goods_stats", UNSET)
        if _income_goods_stats is UNSET:
            income_goods_stats = UNSET
        else:
            try:
                income_goods_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_goods_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "income_goods_stats") from None

        _income_average_stats = _get("income_average_stats", UNSET)
        if _income_average_stats is UNSET:
            income_average_stats = UNSET
        else:
            try:
                income_average_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_average_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "income_average_stats") from None

        _income_average_services_stats = _get("income_average_services_stats", UNSET)
        if _income_average_services_stats is UNSET:
            income_average_services_stats = UNSET
        else:
            try:
                income_average_services_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(
                    _income_average_services_stats
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "income_average_services_stats") from None

        _fullness_stats = _get("fullness_stats", UNSET)
        if _fullness_stats is UNSET:
            fullness_stats = UNSET
        else:
            try:
                fullness_stats = RootTypeForAnalyticsReportOverallFullnessStats.from_dict(_fullness_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "fullness_stats") from None

        _record_stats = _get("record_stats", UNSET)
        if _record_stats is UNSET:
            record_stats = UNSET
        else:
            try:
                record_stats = RootTypeForAnalyticsReportOverallRecordStats.from_dict(_record_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "record_stats") from None

        _client_stats = _get("client_stats", UNSET)
        if _client_stats is UNSET:
            client_stats = UNSET
        else:
            try:
                client_stats = RootTypeForAnalyticsReportOverallClientStats.from_dict(_client_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "client_stats") from None

        _obj = cls.__new__(cls)
        _obj.income_total_stats = income_total_stats
        _obj.income_services_stats = income_services_stats
        _obj.income_goods_stats = income_goods_stats
        _obj.income_average_stats = income_average_stats
        _obj.income_average_services_stats = income_average_services_stats
        _obj.fullness_stats = fullness_stats
        _obj.record_stats = record_stats
        _obj.client_stats = client_stats

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
