from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_a_loyalty_card_payment import PayWithALoyaltyCardPayment

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.pay_with_a_loyalty_card_payment import PayWithALoyaltyCardPayment  # noqa: PLC0415

    _LAZY = (
        _v,
        PayWithALoyaltyCardPayment,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "payment",
    }
)


T = TypeVar("T", bound="PayWithALoyaltyCard")


@_attrs_define
class PayWithALoyaltyCard:
    """Payment with a loyalty card

    Example:
        {'payment': {'method': {'slug': 'loyalty_card', 'loyalty_card_id': 185395}, 'amount': 123}}

    """

    payment: PayWithALoyaltyCardPayment | Unset = UNSET
    """ Holds the payment method """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            PayWithALoyaltyCardPayment,
        ) = _LAZY or _lazy()
        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            PayWithALoyaltyCardPayment,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _payment = _get("payment", UNSET)
        if _payment is UNSET:
            payment = UNSET
        else:
            try:
                payment = PayWithALoyaltyCardPayment.from_dict(_payment)
            except _v.Invalid as _e:
                raise _v.at(_e, "payment") from None

        _obj = cls.__new__(cls)
        _obj.payment = payment

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
