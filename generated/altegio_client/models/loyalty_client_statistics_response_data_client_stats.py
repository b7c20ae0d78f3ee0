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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.loyalty_client_statistics_response_data_client_stats_new import (
        LoyaltyClientStatisticsResponseDataClientStatsNew,  # noqa: PLC0415
    )
    from ..models.loyalty_client_statistics_response_data_client_stats_old import (
        LoyaltyClientStatisticsResponseDataClientStatsOld,  # noqa: PLC0415
    )
    from ..models.loyalty_client_statistics_response_data_client_stats_total import (
        LoyaltyClientStatisticsResponseDataClientStatsTotal,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        LoyaltyClientStatisticsResponseDataClientStatsNew,
        LoyaltyClientStatisticsResponseDataClientStatsOld,
        LoyaltyClientStatisticsResponseDataClientStatsTotal,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "new",
        "old",
        "total",
    }
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
        (
            _,
            LoyaltyClientStatisticsResponseDataClientStatsNew,
            LoyaltyClientStatisticsResponseDataClientStatsOld,
            LoyaltyClientStatisticsResponseDataClientStatsTotal,
        ) = _LAZY or _lazy()
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
        (
            _v,
            LoyaltyClientStatisticsResponseDataClientStatsNew,
            LoyaltyClientStatisticsResponseDataClientStatsOld,
            LoyaltyClientStatisticsResponseDataClientStatsTotal,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _new = _get("new", UNSET)
        if _new is UNSET:
            new = UNSET
        else:
            try:
                new = LoyaltyClientStatisticsResponseDataClientStatsNew.from_dict(_new)
            except _v.Invalid as _e:
                raise _v.at(_e, "new") from None

        _old = _get("old", UNSET)
        if _old is UNSET:
            old = UNSET
        else:
            try:
                old = LoyaltyClientStatisticsResponseDataClientStatsOld.from_dict(_old)
            except _v.Invalid as _e:
                raise _v.at(_e, "old") from None

        _total = _get("total", UNSET)
        if _total is UNSET:
            total = UNSET
        else:
            try:
                total = LoyaltyClientStatisticsResponseDataClientStatsTotal.from_dict(_total)
            except _v.Invalid as _e:
                raise _v.at(_e, "total") from None

        _obj = cls.__new__(cls)
        _obj.new = new
        _obj.old = old
        _obj.total = total

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
