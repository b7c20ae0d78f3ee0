from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyTeamMemberStatisticsResponseDataItemClientStats")


@_attrs_define
class LoyaltyTeamMemberStatisticsResponseDataItemClientStats:
    """Client statistics"""

    all_count: int | Unset = UNSET
    """ Number of clients """
    lost_count: int | Unset = UNSET
    """ Number of clients lost """
    returned_count: int | Unset = UNSET
    """ Number of clients who came back """
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
        d = dict(src_dict)
        all_count = d.pop("all_count", UNSET)

        lost_count = d.pop("lost_count", UNSET)

        returned_count = d.pop("returned_count", UNSET)

        returned_percent = d.pop("returned_percent", UNSET)

        loyalty_team_member_statistics_response_data_item_client_stats = cls(
            all_count=all_count,
            lost_count=lost_count,
            returned_count=returned_count,
            returned_percent=returned_percent,
        )

        loyalty_team_member_statistics_response_data_item_client_stats.additional_properties = d
        return loyalty_team_member_statistics_response_data_item_client_stats

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
