from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_with_membership_works_only_for_the_visit_payment_method import (
        PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,
    )


T = TypeVar("T", bound="PaymentWithMembershipWorksOnlyForTheVisitPayment")


@_attrs_define
class PaymentWithMembershipWorksOnlyForTheVisitPayment:
    """Holds the payment method"""

    method: PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod | Unset = UNSET
    """ How to pay """
    number: str | Unset = UNSET
    """ Code of the membership """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_with_membership_works_only_for_the_visit_payment_method import (
            PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod.from_dict(_method)

        number = d.pop("number", UNSET)

        payment_with_membership_works_only_for_the_visit_payment = cls(
            method=method,
            number=number,
        )

        payment_with_membership_works_only_for_the_visit_payment.additional_properties = d
        return payment_with_membership_works_only_for_the_visit_payment

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
