from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForAnalyticsReportOverallClientStats")


@_attrs_define
class RootTypeForAnalyticsReportOverallClientStats:
    """Summary figures by client count

    Example:
        {'total_count': 1000, 'new_count': 50, 'new_percent': 10, 'return_count': 450, 'return_percent': 90,
            'active_count': 500, 'lost_count': 20, 'lost_percent': 2}

    """

    total_count: int | Unset = UNSET
    """ Number of clients in total """
    new_count: int | Unset = UNSET
    """ New clients during the analyzed period """
    new_percent: int | Unset = UNSET
    """ New customers as a percentage of active customers """
    return_count: int | Unset = UNSET
    """ How many customers came back during the analyzed period """
    return_percent: int | Unset = UNSET
    """ Returning customers as a percentage of active customers """
    active_count: int | Unset = UNSET
    """ Count of active clients in the analyzed period """
    lost_count: int | Unset = UNSET
    """ How many customers were lost during the analyzed period """
    lost_percent: int | Unset = UNSET
    """ Share of lost customers among all customers, in per cent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        new_count = self.new_count

        new_percent = self.new_percent

        return_count = self.return_count

        return_percent = self.return_percent

        active_count = self.active_count

        lost_count = self.lost_count

        lost_percent = self.lost_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if new_count is not UNSET:
            field_dict["new_count"] = new_count
        if new_percent is not UNSET:
            field_dict["new_percent"] = new_percent
        if return_count is not UNSET:
            field_dict["return_count"] = return_count
        if return_percent is not UNSET:
            field_dict["return_percent"] = return_percent
        if active_count is not UNSET:
            field_dict["active_count"] = active_count
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count
        if lost_percent is not UNSET:
            field_dict["lost_percent"] = lost_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        new_count = d.pop("new_count", UNSET)

        new_percent = d.pop("new_percent", UNSET)

        return_count = d.pop("return_count", UNSET)

        return_percent = d.pop("return_percent", UNSET)

        active_count = d.pop("active_count", UNSET)

        lost_count = d.pop("lost_count", UNSET)

        lost_percent = d.pop("lost_percent", UNSET)

        root_type_for_analytics_report_overall_client_stats = cls(
            total_count=total_count,
            new_count=new_count,
            new_percent=new_percent,
            return_count=return_count,
            return_percent=return_percent,
            active_count=active_count,
            lost_count=lost_count,
            lost_percent=lost_percent,
        )

        root_type_for_analytics_report_overall_client_stats.additional_properties = d
        return root_type_for_analytics_report_overall_client_stats

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
