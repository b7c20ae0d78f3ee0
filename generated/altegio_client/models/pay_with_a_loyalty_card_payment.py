from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_with_a_loyalty_card_payment_method import PayWithALoyaltyCardPaymentMethod


T = TypeVar("T", bound="PayWithALoyaltyCardPayment")


@_attrs_define
class PayWithALoyaltyCardPayment:
    """Holds the payment method"""

    method: PayWithALoyaltyCardPaymentMethod | Unset = UNSET
    """ How to pay """
    amount: float | Unset = UNSET
    """ Amount to pay """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_with_a_loyalty_card_payment_method import PayWithALoyaltyCardPaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: PayWithALoyaltyCardPaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PayWithALoyaltyCardPaymentMethod.from_dict(_method)

        amount = d.pop("amount", UNSET)

        pay_with_a_loyalty_card_payment = cls(
            method=method,
            amount=amount,
        )

        pay_with_a_loyalty_card_payment.additional_properties = d
        return pay_with_a_loyalty_card_payment

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
