from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "label",
        "data",
    }
)


T = TypeVar("T", bound="AnalyticsReportOverallChartScalarItem")


@_attrs_define
class AnalyticsReportOverallChartScalarItem:
    """Data used to draw the aggregate chart of the Key indicators report"""

    label: str | Unset = UNSET
    """ Indicator name """
    data: int | Unset = UNSET
    """ Value of the indicator """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _v.str_(label, "label")

        data = _get("data", UNSET)
        if type(data) is not int and data is not UNSET:
            data = _v.int_(data, "data")

        analytics_report_overall_chart_scalar_item = cls(
            label=label,
            data=data,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            analytics_report_overall_chart_scalar_item.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return analytics_report_overall_chart_scalar_item

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
