from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_client_statistics_response_data_client_stats_new import (
        LoyaltyClientStatisticsResponseDataClientStatsNew,
    )
    from ..models.loyalty_client_statistics_response_data_client_stats_old import (
        LoyaltyClientStatisticsResponseDataClientStatsOld,
    )
    from ..models.loyalty_client_statistics_response_data_client_stats_total import (
        LoyaltyClientStatisticsResponseDataClientStatsTotal,
    )


T = TypeVar("T", bound="LoyaltyClientStatisticsResponseDataClientStats")


@_attrs_define
class LoyaltyClientStatisticsResponseDataClientStats:
    """Client statistics"""

    new: LoyaltyClientStatisticsResponseDataClientStatsNew | Unset = UNSET
    """ New clients """
    old: LoyaltyClientStatisticsResponseDataClientStatsOld | Unset = UNSET
    """ Existing clients """
    total: LoyaltyClientStatisticsResponseDataClientStatsTotal | Unset = UNSET
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
        from ..models.loyalty_client_statistics_response_data_client_stats_new import (
            LoyaltyClientStatisticsResponseDataClientStatsNew,  # noqa: PLC0415
        )
        from ..models.loyalty_client_statistics_response_data_client_stats_old import (
            LoyaltyClientStatisticsResponseDataClientStatsOld,  # noqa: PLC0415
        )
        from ..models.loyalty_client_statistics_response_data_client_stats_total import (
            LoyaltyClientStatisticsResponseDataClientStatsTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _new = d.pop("new", UNSET)
        new: LoyaltyClientStatisticsResponseDataClientStatsNew | Unset
        if isinstance(_new, Unset):
            new = UNSET
        else:
            new = LoyaltyClientStatisticsResponseDataClientStatsNew.from_dict(_new)

        _old = d.pop("old", UNSET)
        old: LoyaltyClientStatisticsResponseDataClientStatsOld | Unset
        if isinstance(_old, Unset):
            old = UNSET
        else:
            old = LoyaltyClientStatisticsResponseDataClientStatsOld.from_dict(_old)

        _total = d.pop("total", UNSET)
        total: LoyaltyClientStatisticsResponseDataClientStatsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = LoyaltyClientStatisticsResponseDataClientStatsTotal.from_dict(_total)

        loyalty_client_statistics_response_data_client_stats = cls(
            new=new,
            old=old,
            total=total,
        )

        loyalty_client_statistics_response_data_client_stats.additional_properties = d
        return loyalty_client_statistics_response_data_client_stats

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
