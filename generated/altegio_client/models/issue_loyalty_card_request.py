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
        "loyalty_card_number",
        "loyalty_card_type_id",
        "phone",
    }
)


T = TypeVar("T", bound="IssueLoyaltyCardRequest")


@_attrs_define
class IssueLoyaltyCardRequest:
    """Data to issue a loyalty card

    Example:
        {'loyalty_card_number': '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}

    """

    loyalty_card_number: str | Unset = UNSET
    """ Number of the loyalty card """
    loyalty_card_type_id: str | Unset = UNSET
    """ ID of the card type """
    phone: str | Unset = UNSET
    """ Phone number of the client (13155550175 for +13155550175) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loyalty_card_number = self.loyalty_card_number

        loyalty_card_type_id = self.loyalty_card_type_id

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loyalty_card_number is not UNSET:
            field_dict["loyalty_card_number"] = loyalty_card_number
        if loyalty_card_type_id is not UNSET:
            field_dict["loyalty_card_type_id"] = loyalty_card_type_id
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        loyalty_card_number = _get("loyalty_card_number", UNSET)
        if type(loyalty_card_number) is not str and loyalty_card_number is not UNSET:
            loyalty_card_number = _v.str_(loyalty_card_number, "loyalty_card_number")

        loyalty_card_type_id = _get("loyalty_card_type_id", UNSET)
        if type(loyalty_card_type_id) is not str and loyalty_card_type_id is not UNSET:
            loyalty_card_type_id = _v.str_(loyalty_card_type_id, "loyalty_card_type_id")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        _obj = cls.__new__(cls)
        _obj.loyalty_card_number = loyalty_card_number
        _obj.loyalty_card_type_id = loyalty_card_type_id
        _obj.phone = phone

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
