from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mutual_settlements_grouped_by_date_payroll_daily_item import (
        MutualSettlementsGroupedByDatePayrollDailyItem,
    )
    from ..models.root_type_for_currency import RootTypeForCurrency

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.mutual_settlements_grouped_by_date_payroll_daily_item import (
        MutualSettlementsGroupedByDatePayrollDailyItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415

    _LAZY = (
        _v,
        MutualSettlementsGroupedByDatePayrollDailyItem,
        RootTypeForCurrency,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "payroll_daily",
        "currency",
    }
)


T = TypeVar("T", bound="MutualSettlementsGroupedByDate")


@_attrs_define
class MutualSettlementsGroupedByDate:
    """Mutual settlements by date."""

    payroll_daily: list[MutualSettlementsGroupedByDatePayrollDailyItem] | Unset = UNSET
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            MutualSettlementsGroupedByDatePayrollDailyItem,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        payroll_daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payroll_daily, Unset):
            payroll_daily = []
            for payroll_daily_item_data in self.payroll_daily:
                payroll_daily_item = payroll_daily_item_data.to_dict()
                payroll_daily.append(payroll_daily_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payroll_daily is not UNSET:
            field_dict["payroll_daily"] = payroll_daily
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            MutualSettlementsGroupedByDatePayrollDailyItem,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _payroll_daily = _get("payroll_daily", UNSET)
        if _payroll_daily is UNSET:
            payroll_daily = UNSET
        else:
            if type(_payroll_daily) is not list:
                _payroll_daily = _v.array(_payroll_daily, "payroll_daily")
            payroll_daily = []
            try:
                for _item in _payroll_daily:
                    payroll_daily.append(MutualSettlementsGroupedByDatePayrollDailyItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "payroll_daily", payroll_daily) from None

        _currency = _get("currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            try:
                currency = RootTypeForCurrency.from_dict(_currency)
            except _v.Invalid as _e:
                raise _v.at(_e, "currency") from None

        _obj = cls.__new__(cls)
        _obj.payroll_daily = payroll_daily
        _obj.currency = currency

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
