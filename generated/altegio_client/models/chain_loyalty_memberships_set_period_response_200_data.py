from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        "id",
        "period",
        "period_unit_id",
        "expiration_date",
    }
)


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetPeriodResponse200Data")


@_attrs_define
class ChainLoyaltyMembershipsSetPeriodResponse200Data:
    id: int | Unset = UNSET
    period: int | Unset = UNSET
    """ New length of the period """
    period_unit_id: int | Unset = UNSET
    """ Unit of the period """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ New expiry moment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        period = self.period

        period_unit_id = self.period_unit_id

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _v.int_(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _v.int_(period_unit_id, "period_unit_id")

        expiration_date = _get("expiration_date", UNSET)
        if type(expiration_date) is str:
            try:
                expiration_date = _v.fromisoformat(expiration_date)
            except ValueError:
                expiration_date = _v.datetime_(expiration_date, "expiration_date")
        elif expiration_date is not UNSET:
            expiration_date = _v.datetime_(expiration_date, "expiration_date", True)

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.period = period
        _obj.period_unit_id = period_unit_id
        _obj.expiration_date = expiration_date

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
