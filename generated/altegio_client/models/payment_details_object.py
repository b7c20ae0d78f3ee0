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
        "money_sum",
        "discount_sum",
        "bonus_sum",
        "certificate_sum",
        "abonement_sum",
        "deposit_sum",
    }
)


T = TypeVar("T", bound="PaymentDetailsObject")


@_attrs_define
class PaymentDetailsObject:
    money_sum: str | Unset = UNSET
    """ Amount paid in money. """
    discount_sum: str | Unset = UNSET
    """ Amount covered by a discount. """
    bonus_sum: str | Unset = UNSET
    """ Amount paid with bonuses. """
    certificate_sum: str | Unset = UNSET
    """ Amount paid with a gift card. """
    abonement_sum: str | Unset = UNSET
    """ Amount paid with a membership. """
    deposit_sum: str | Unset = UNSET
    """ Amount paid from a customer account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        money_sum = self.money_sum

        discount_sum = self.discount_sum

        bonus_sum = self.bonus_sum

        certificate_sum = self.certificate_sum

        abonement_sum = self.abonement_sum

        deposit_sum = self.deposit_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if money_sum is not UNSET:
            field_dict["money_sum"] = money_sum
        if discount_sum is not UNSET:
            field_dict["discount_sum"] = discount_sum
        if bonus_sum is not UNSET:
            field_dict["bonus_sum"] = bonus_sum
        if certificate_sum is not UNSET:
            field_dict["certificate_sum"] = certificate_sum
        if abonement_sum is not UNSET:
            field_dict["abonement_sum"] = abonement_sum
        if deposit_sum is not UNSET:
            field_dict["deposit_sum"] = deposit_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        money_sum = _get("money_sum", UNSET)
        if type(money_sum) is not str and money_sum is not UNSET:
            money_sum = _v.str_(money_sum, "money_sum")

        discount_sum = _get("discount_sum", UNSET)
        if type(discount_sum) is not str and discount_sum is not UNSET:
            discount_sum = _v.str_(discount_sum, "discount_sum")

        bonus_sum = _get("bonus_sum", UNSET)
        if type(bonus_sum) is not str and bonus_sum is not UNSET:
            bonus_sum = _v.str_(bonus_sum, "bonus_sum")

        certificate_sum = _get("certificate_sum", UNSET)
        if type(certificate_sum) is not str and certificate_sum is not UNSET:
            certificate_sum = _v.str_(certificate_sum, "certificate_sum")

        abonement_sum = _get("abonement_sum", UNSET)
        if type(abonement_sum) is not str and abonement_sum is not UNSET:
            abonement_sum = _v.str_(abonement_sum, "abonement_sum")

        deposit_sum = _get("deposit_sum", UNSET)
        if type(deposit_sum) is not str and deposit_sum is not UNSET:
            deposit_sum = _v.str_(deposit_sum, "deposit_sum")

        _obj = cls.__new__(cls)
        _obj.money_sum = money_sum
        _obj.discount_sum = discount_sum
        _obj.bonus_sum = bonus_sum
        _obj.certificate_sum = certificate_sum
        _obj.abonement_sum = abonement_sum
        _obj.deposit_sum = deposit_sum

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
