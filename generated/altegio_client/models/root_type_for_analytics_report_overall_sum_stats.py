from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_currency import RootTypeForCurrency

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForCurrency,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "current_sum",
        "previous_sum",
        "change_percent",
        "currency",
    }
)


T = TypeVar("T", bound="RootTypeForAnalyticsReportOverallSumStats")


@_attrs_define
class RootTypeForAnalyticsReportOverallSumStats:
    """
    Example:
        {'current_sum': 12.56, 'previous_sum': 10.34, 'change_percent': 21, 'currency': {'symbol': 'USD'}}

    """

    current_sum: str | Unset = UNSET
    """ Current indicator value """
    previous_sum: str | Unset = UNSET
    """ Indicator value for the previous period """
    change_percent: int | Unset = UNSET
    """ Per cent change of the indicator's current value versus the previous one; null when the previous value is 0
    and the current one is not. """
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        current_sum = self.current_sum

        previous_sum = self.previous_sum

        change_percent = self.change_percent

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_sum is not UNSET:
            field_dict["current_sum"] = current_sum
        if previous_sum is not UNSET:
            field_dict["previous_sum"] = previous_sum
        if change_percent is not UNSET:
            field_dict["change_percent"] = change_percent
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        current_sum = _get("current_sum", UNSET)
        if type(current_sum) is not str and current_sum is not UNSET:
            current_sum = _v.str_(current_sum, "current_sum")

        previous_sum = _get("previous_sum", UNSET)
        if type(previous_sum) is not str and previous_sum is not UNSET:
            previous_sum = _v.str_(previous_sum, "previous_sum")

        change_percent = _get("change_percent", UNSET)
        if type(change_percent) is not int and change_percent is not UNSET:
            change_percent = _v.int_(change_percent, "change_percent")

        _currency = _get("currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            try:
                currency = RootTypeForCurrency.from_dict(_currency)
            except _v.Invalid as _e:
                raise _v.at(_e, "currency") from None

        _obj = cls.__new__(cls)
        _obj.current_sum = current_sum
        _obj.previous_sum = previous_sum
        _obj.change_percent = change_percent
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
