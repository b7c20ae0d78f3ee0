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

        d = dict(src_dict)
        _income_total_stats = d.pop("income_total_stats", UNSET)
        income_total_stats: RootTypeForAnalyticsReportOverallSumStats | Unset
        if isinstance(_income_total_stats, Unset):
            income_total_stats = UNSET
        else:
            income_total_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_total_stats)

        _income_services_stats = d.pop("income_services_stats", UNSET)
        income_services_stats: RootTypeForAnalyticsReportOverallSumStats | Unset
        if isinstance(_income_services_stats, Unset):
            income_services_stats = UNSET
        else:
            income_services_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_services_stats)

        _income_goods_stats = d.pop("income_goods_stats", UNSET)
        income_goods_stats: RootTypeForAnalyticsReportOverallSumStats | Unset
        if isinstance(_income_goods_stats, Unset):
            income_goods_stats = UNSET
        else:
            income_goods_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_goods_stats)

        _income_average_stats = d.pop("income_average_stats", UNSET)
        income_average_stats: RootTypeForAnalyticsReportOverallSumStats | Unset
        if isinstance(_income_average_stats, Unset):
            income_average_stats = UNSET
        else:
            income_average_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(_income_average_stats)

        _income_average_services_stats = d.pop("income_average_services_stats", UNSET)
        income_average_services_stats: RootTypeForAnalyticsReportOverallSumStats | Unset
        if isinstance(_income_average_services_stats, Unset):
            income_average_services_stats = UNSET
        else:
            income_average_services_stats = RootTypeForAnalyticsReportOverallSumStats.from_dict(
                _income_average_services_stats
            )

        _fullness_stats = d.pop("fullness_stats", UNSET)
        fullness_stats: RootTypeForAnalyticsReportOverallFullnessStats | Unset
        if isinstance(_fullness_stats, Unset):
            fullness_stats = UNSET
        else:
            fullness_stats = RootTypeForAnalyticsReportOverallFullnessStats.from_dict(_fullness_stats)

        _record_stats = d.pop("record_stats", UNSET)
        record_stats: RootTypeForAnalyticsReportOverallRecordStats | Unset
        if isinstance(_record_stats, Unset):
            record_stats = UNSET
        else:
            record_stats = RootTypeForAnalyticsReportOverallRecordStats.from_dict(_record_stats)

        _client_stats = d.pop("client_stats", UNSET)
        client_stats: RootTypeForAnalyticsReportOverallClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = RootTypeForAnalyticsReportOverallClientStats.from_dict(_client_stats)

        analytics_report_overall_stats = cls(
            income_total_stats=income_total_stats,
            income_services_stats=income_services_stats,
            income_goods_stats=income_goods_stats,
            income_average_stats=income_average_stats,
            income_average_services_stats=income_average_services_stats,
            fullness_stats=fullness_stats,
            record_stats=record_stats,
            client_stats=client_stats,
        )

        analytics_report_overall_stats.additional_properties = d
        return analytics_report_overall_stats

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
