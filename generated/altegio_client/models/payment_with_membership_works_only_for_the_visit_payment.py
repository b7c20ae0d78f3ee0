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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.payment_with_membership_works_only_for_the_visit_payment_method import (
        PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "method",
        "number",
    }
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
        (
            _,
            PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,
        ) = _LAZY or _lazy()
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
        (
            _v,
            PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _method = _get("method", UNSET)
        if _method is UNSET:
            method = UNSET
        else:
            try:
                method = PaymentWithMembershipWorksOnlyForTheVisitPaymentMethod.from_dict(_method)
            except _v.Invalid as _e:
                raise _v.at(_e, "method") from None

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _v.str_(number, "number")

        _obj = cls.__new__(cls)
        _obj.method = method
        _obj.number = number

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
