from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_response_data_payment_methods_item_account import (
        SaleDocumentResponseDataPaymentMethodsItemAccount,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.sale_document_response_data_payment_methods_item_account import (
        SaleDocumentResponseDataPaymentMethodsItemAccount,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SaleDocumentResponseDataPaymentMethodsItemAccount,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "slug",
        "is_applicable",
        "applicable_amount",
        "applicable_count",
        "applicable_value",
        "account_id",
        "account",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataPaymentMethodsItem")


@_attrs_define
class SaleDocumentResponseDataPaymentMethodsItem:
    slug: str | Unset = UNSET
    """ Kind of payment method """
    is_applicable: bool | Unset = UNSET
    """ Whether this method can be used """
    applicable_amount: Any | Unset = UNSET
    """ Amount this method can pay (Decimal) """
    applicable_count: int | Unset = UNSET
    """ Visits this method can pay (memberships) """
    applicable_value: float | Unset = UNSET
    """ Bonus that can be applied (loyalty programs) """
    account_id: int | Unset = UNSET
    """ ID of the cash account (depends on slug) """
    account: SaleDocumentResponseDataPaymentMethodsItemAccount | Unset = UNSET
    """ Cash account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SaleDocumentResponseDataPaymentMethodsItemAccount,
        ) = _LAZY or _lazy()
        slug = self.slug

        is_applicable = self.is_applicable

        applicable_amount = self.applicable_amount

        applicable_count = self.applicable_count

        applicable_value = self.applicable_value

        account_id = self.account_id

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_applicable is not UNSET:
            field_dict["is_applicable"] = is_applicable
        if applicable_amount is not UNSET:
            field_dict["applicable_amount"] = applicable_amount
        if applicable_count is not UNSET:
            field_dict["applicable_count"] = applicable_count
        if applicable_value is not UNSET:
            field_dict["applicable_value"] = applicable_value
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SaleDocumentResponseDataPaymentMethodsItemAccount,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

        is_applicable = _get("is_applicable", UNSET)
        if type(is_applicable) is not bool and is_applicable is not UNSET:
            is_applicable = _v.bool_(is_applicable, "is_applicable")

        applicable_amount = _get("applicable_amount", UNSET)
        if type(applicable_amount) is int:
            applicable_amount = _Decimal(applicable_amount)
        elif type(applicable_amount) is not _Decimal and applicable_amount is not UNSET:
            applicable_amount = _v.money(applicable_amount, "applicable_amount")

        applicable_count = _get("applicable_count", UNSET)
        if type(applicable_count) is not int and applicable_count is not UNSET:
            applicable_count = _v.int_(applicable_count, "applicable_count")

        applicable_value = _get("applicable_value", UNSET)
        if type(applicable_value) is not float and applicable_value is not UNSET:
            applicable_value = _v.float_(applicable_value, "applicable_value")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _v.int_(account_id, "account_id")

        _account = _get("account", UNSET)
        if _account is UNSET:
            account = UNSET
        else:
            try:
                account = SaleDocumentResponseDataPaymentMethodsItemAccount.from_dict(_account)
            except _v.Invalid as _e:
                raise _v.at(_e, "account") from None

        _obj = cls.__new__(cls)
        _obj.slug = slug
        _obj.is_applicable = is_applicable
        _obj.applicable_amount = applicable_amount
        _obj.applicable_count = applicable_count
        _obj.applicable_value = applicable_value
        _obj.account_id = account_id
        _obj.account = account

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
