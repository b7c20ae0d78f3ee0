from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem")


@_attrs_define
class LoyaltyClientStatisticsResponseDataVisitsStatsByDayItem:
    date: datetime.date | None | Unset = UNSET
    """ Day """
    new_count: int | Unset = UNSET
    """ Number of new clients """
    old_count: int | Unset = UNSET
    """ Number of existing clients """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        new_count = self.new_count

        old_count = self.old_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if new_count is not UNSET:
            field_dict["new_count"] = new_count
        if old_count is not UNSET:
            field_dict["old_count"] = old_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.date.fromisoformat(data)

            return date_type_0

        date = _parse_date(d.pop("date", UNSET))

        new_count = d.pop("new_count", UNSET)

        old_count = d.pop("old_count", UNSET)

        loyalty_client_statistics_response_data_visits_stats_by_day_item = cls(
            date=date,
            new_count=new_count,
            old_count=old_count,
        )

        loyalty_client_statistics_response_data_visits_stats_by_day_item.additional_properties = d
        return loyalty_client_statistics_response_data_visits_stats_by_day_item

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
