from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_client_statistics_response_data_client_stats import (
        LoyaltyClientStatisticsResponseDataClientStats,
    )
    from ..models.loyalty_client_statistics_response_data_visits_stats_by_day_item import (
        LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem,
    )


T = TypeVar("T", bound="LoyaltyClientStatisticsResponseData")


@_attrs_define
class LoyaltyClientStatisticsResponseData:
    """Payload"""

    client_stats: LoyaltyClientStatisticsResponseDataClientStats | Unset = UNSET
    """ Client statistics """
    visits_stats_by_day: list[LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem] | Unset = UNSET
    """ Clients per day """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        visits_stats_by_day: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visits_stats_by_day, Unset):
            visits_stats_by_day = []
            for visits_stats_by_day_item_data in self.visits_stats_by_day:
                visits_stats_by_day_item = visits_stats_by_day_item_data.to_dict()
                visits_stats_by_day.append(visits_stats_by_day_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if visits_stats_by_day is not UNSET:
            field_dict["visits_stats_by_day"] = visits_stats_by_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_client_statistics_response_data_client_stats import (
            LoyaltyClientStatisticsResponseDataClientStats,  # noqa: PLC0415
        )
        from ..models.loyalty_client_statistics_response_data_visits_stats_by_day_item import (
            LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _client_stats = d.pop("client_stats", UNSET)
        client_stats: LoyaltyClientStatisticsResponseDataClientStats | Unset
        if isinstance(_client_stats, Unset):
            client_stats = UNSET
        else:
            client_stats = LoyaltyClientStatisticsResponseDataClientStats.from_dict(_client_stats)

        _visits_stats_by_day = d.pop("visits_stats_by_day", UNSET)
        visits_stats_by_day: list[LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem] | Unset = UNSET
        if _visits_stats_by_day is not UNSET:
            visits_stats_by_day = []
            for visits_stats_by_day_item_data in _visits_stats_by_day:
                visits_stats_by_day_item = LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem.from_dict(
                    visits_stats_by_day_item_data
                )

                visits_stats_by_day.append(visits_stats_by_day_item)

        loyalty_client_statistics_response_data = cls(
            client_stats=client_stats,
            visits_stats_by_day=visits_stats_by_day,
        )

        loyalty_client_statistics_response_data.additional_properties = d
        return loyalty_client_statistics_response_data

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
