from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_memberships_set_period_body_period_unit_id import (
    ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
    check_chain_loyalty_memberships_set_period_body_period_unit_id,
)
from ..types import UNSET

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "period",
        "period_unit_id",
    }
)


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodBody")


@_attrs_define
class ChainLoyaltyMembershipsSetPeriodBody:
    period: int
    """ Length of the period """
    period_unit_id: ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId
    """ Unit of the period: 1 day, 2 week, 3 month, 4 year """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        period_unit_id: int = self.period_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "period_unit_id": period_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "period" not in src_dict:
            raise _v.missing("period")
        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _v.int_(period, "period")

        if "period_unit_id" not in src_dict:
            raise _v.missing("period_unit_id")
        try:
            period_unit_id = check_chain_loyalty_memberships_set_period_body_period_unit_id(
                _get("period_unit_id", UNSET)
            )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "period_unit_id", "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId", _get("period_unit_id")
            ) from None

        _obj = cls.__new__(cls)
        _obj.period = period
        _obj.period_unit_id = period_unit_id

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
