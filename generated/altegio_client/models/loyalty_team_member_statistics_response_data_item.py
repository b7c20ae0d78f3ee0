from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_team_member_statistics_response_data_item_client_stats import (
        LoyaltyTeamMemberStatisticsResponseDataItemClientStats,
    )
    from ..models.loyalty_team_member_statistics_response_data_item_staff import (
        LoyaltyTeamMemberStatisticsResponseDataItemStaff,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.loyalty_team_member_statistics_response_data_item_client_stats import (
        LoyaltyTeamMemberStatisticsResponseDataItemClientStats,  # noqa: PLC0415
    )
    from ..models.loyalty_team_member_statistics_response_data_item_staff import (
        LoyaltyTeamMemberStatisticsResponseDataItemStaff,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        LoyaltyTeamMemberStatisticsResponseDataItemClientStats,
        LoyaltyTeamMemberStatisticsResponseDataItemStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "client_stats",
        "staff",
    }
)


T = TypeVar("T", bound="LoyaltyTeamMemberStatisticsResponseDataItem")


@_attrs_define
class LoyaltyTeamMemberStatisticsResponseDataItem:
    client_stats: LoyaltyTeamMemberStatisticsResponseDataItemClientStats | Unset = UNSET
    """ Client statistics """
    staff: LoyaltyTeamMemberStatisticsResponseDataItemStaff | Unset = UNSET
    """ The team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            LoyaltyTeamMemberStatisticsResponseDataItemClientStats,
            LoyaltyTeamMemberStatisticsResponseDataItemStaff,
        ) = _LAZY or _lazy()
        client_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_stats, Unset):
            client_stats = self.client_stats.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_stats is not UNSET:
            field_dict["client_stats"] = client_stats
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            LoyaltyTeamMemberStatisticsResponseDataItemClientStats,
            LoyaltyTeamMemberStatisticsResponseDataItemStaff,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _client_stats = _get("client_stats", UNSET)
        if _client_stats is UNSET:
            client_stats = UNSET
        else:
            try:
                client_stats = LoyaltyTeamMemberStatisticsResponseDataItemClientStats.from_dict(_client_stats)
            except _v.Invalid as _e:
                raise _v.at(_e, "client_stats") from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = LoyaltyTeamMemberStatisticsResponseDataItemStaff.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        _obj = cls.__new__(cls)
        _obj.client_stats = client_stats
        _obj.staff = staff

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
