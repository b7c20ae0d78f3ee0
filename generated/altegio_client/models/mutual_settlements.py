from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_currency import RootTypeForCurrency
    from ..models.salary_balance_object import SalaryBalanceObject

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415
    from ..models.salary_balance_object import SalaryBalanceObject  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForCurrency,
        SalaryBalanceObject,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "total_sum",
        "currency",
    }
)


T = TypeVar("T", bound="MutualSettlements")


@_attrs_define
class MutualSettlements:
    """Mutual settlements data."""

    total_sum: SalaryBalanceObject | Unset = UNSET
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCurrency,
            SalaryBalanceObject,
        ) = _LAZY or _lazy()
        total_sum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_sum, Unset):
            total_sum = self.total_sum.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForCurrency,
            SalaryBalanceObject,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _total_sum = _get("total_sum", UNSET)
        if _total_sum is UNSET:
            total_sum = UNSET
        else:
            try:
                total_sum = SalaryBalanceObject.from_dict(_total_sum)
            except _v.Invalid as _e:
                raise _v.at(_e, "total_sum") from None

        _currency = _get("currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            try:
                currency = RootTypeForCurrency.from_dict(_currency)
            except _v.Invalid as _e:
                raise _v.at(_e, "currency") from None

        _obj = cls.__new__(cls)
        _obj.total_sum = total_sum
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
