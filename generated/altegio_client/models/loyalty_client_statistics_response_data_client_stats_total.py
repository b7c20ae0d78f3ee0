from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "all_count",
        "lost_count",
        "returned_count",
        "returned_percent",
    }
)


T = TypeVar("T", bound="LoyaltyClientStatisticsResponseDataClientStatsTotal")


@_attrs_define
class LoyaltyClientStatisticsResponseDataClientStatsTotal:
    """Totals for all clients"""

    all_count: int | Unset = UNSET
    """ Number of clients """
    lost_count: int | Unset = UNSET
    """ Clients lost """
    returned_count: int | Unset = UNSET
    """ Clients who came back """
    returned_percent: float | Unset = UNSET
    """ Share of clients who came back, in percent """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_count = self.all_count

        lost_count = self.lost_count

        returned_count = self.returned_count

        returned_percent = self.returned_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_count is not UNSET:
            field_dict["all_count"] = all_count
        if lost_count is not UNSET:
            field_dict["lost_count"] = lost_count
        if returned_count is not UNSET:
            field_dict["returned_count"] = returned_count
        if returned_percent is not UNSET:
            field_dict["returned_percent"] = returned_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        all_count = _get("all_count", UNSET)
        if type(all_count) is not int and all_count is not UNSET:
            all_count = _v.int_(all_count, "all_count")

        lost_count = _get("lost_count", UNSET)
        if type(lost_count) is not int and lost_count is not UNSET:
            lost_count = _v.int_(lost_count, "lost_count")

        returned_count = _get("returned_count", UNSET)
        if type(returned_count) is not int and returned_count is not UNSET:
            returned_count = _v.int_(returned_count, "returned_count")

        returned_percent = _get("returned_percent", UNSET)
        if type(returned_percent) is not float and returned_percent is not UNSET:
            returned_percent = _v.float_(returned_percent, "returned_percent")

        loyalty_client_statistics_response_data_client_stats_total = cls(
            all_count=all_count,
            lost_count=lost_count,
            returned_count=returned_count,
            returned_percent=returned_percent,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            loyalty_client_statistics_response_data_client_stats_total.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return loyalty_client_statistics_response_data_client_stats_total

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
