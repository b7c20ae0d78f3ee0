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
        "type",
        "title",
        "price",
        "quantity",
        "discount_amount",
        "vat",
        "payment_method",
        "barcode",
    }
)


T = TypeVar("T", bound="RootTypeForFiscalizationRequestDataTypesPositionsItem")


@_attrs_define
class RootTypeForFiscalizationRequestDataTypesPositionsItem:
    type_: str | Unset = UNSET
    """ Item type: "service" (service), "commodity" (product) or "payment" (payment) """
    title: str | Unset = UNSET
    """ Name of the position """
    price: float | Unset = UNSET
    """ Price of the item, to 2 decimal places """
    quantity: int | Unset = UNSET
    """ How many """
    discount_amount: float | Unset = UNSET
    """ Discount on a position, to 2 decimal places """
    vat: str | Unset = UNSET
    """ VAT type (a slug from the VAT list) """
    payment_method: str | Unset = UNSET
    """ Settlement sign: "payment" (payment) or "prepayment" (prepayment) """
    barcode: str | Unset = UNSET
    """ Barcode of the product """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        price = self.price

        quantity = self.quantity

        discount_amount = self.discount_amount

        vat = self.vat

        payment_method = self.payment_method

        barcode = self.barcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if vat is not UNSET:
            field_dict["vat"] = vat
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        price = _get("price", UNSET)
        if type(price) is not float and price is not UNSET:
            price = _v.float_(price, "price")

        quantity = _get("quantity", UNSET)
        if type(quantity) is not int and quantity is not UNSET:
            quantity = _v.int_(quantity, "quantity")

        discount_amount = _get("discount_amount", UNSET)
        if type(discount_amount) is not float and discount_amount is not UNSET:
            discount_amount = _v.float_(discount_amount, "discount_amount")

        vat = _get("vat", UNSET)
        if type(vat) is not str and vat is not UNSET:
            vat = _v.str_(vat, "vat")

        payment_method = _get("payment_method", UNSET)
        if type(payment_method) is not str and payment_method is not UNSET:
            payment_method = _v.str_(payment_method, "payment_method")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _v.str_(barcode, "barcode")

        _obj = cls.__new__(cls)
        _obj.type_ = type_
        _obj.title = title
        _obj.price = price
        _obj.quantity = quantity
        _obj.discount_amount = discount_amount
        _obj.vat = vat
        _obj.payment_method = payment_method
        _obj.barcode = barcode

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
