from __future__ import annotations

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
        "iso",
        "name",
        "symbol",
        "is_symbol_after_amount",
    }
)


T = TypeVar("T", bound="LoyaltyRevenueStatisticsResponseDataCurrency")


@_attrs_define
class LoyaltyRevenueStatisticsResponseDataCurrency:
    """Currency"""

    id: int | Unset = UNSET
    """ ID of the currency """
    iso: str | Unset = UNSET
    """ ISO code of the currency """
    name: str | Unset = UNSET
    """ Full name of the currency """
    symbol: str | Unset = UNSET
    """ Symbol of the currency """
    is_symbol_after_amount: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        iso = self.iso

        name = self.name

        symbol = self.symbol

        is_symbol_after_amount = self.is_symbol_after_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if iso is not UNSET:
            field_dict["iso"] = iso
        if name is not UNSET:
            field_dict["name"] = name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if is_symbol_after_amount is not UNSET:
            field_dict["is_symbol_after_amount"] = is_symbol_after_amount

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

        iso = _get("iso", UNSET)
        if type(iso) is not str and iso is not UNSET:
            iso = _v.str_(iso, "iso")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        symbol = _get("symbol", UNSET)
        if type(symbol) is not str and symbol is not UNSET:
            symbol = _v.str_(symbol, "symbol")

        is_symbol_after_amount = _get("is_symbol_after_amount", UNSET)
        if type(is_symbol_after_amount) is not bool and is_symbol_after_amount is not UNSET:
            is_symbol_after_amount = _v.bool_(is_symbol_after_amount, "is_symbol_after_amount")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.iso = iso
        _obj.name = name
        _obj.symbol = symbol
        _obj.is_symbol_after_amount = is_symbol_after_amount

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
