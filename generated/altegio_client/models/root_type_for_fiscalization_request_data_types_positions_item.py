from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        vat = d.pop("vat", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        barcode = d.pop("barcode", UNSET)

        root_type_for_fiscalization_request_data_types_positions_item = cls(
            type_=type_,
            title=title,
            price=price,
            quantity=quantity,
            discount_amount=discount_amount,
            vat=vat,
            payment_method=payment_method,
            barcode=barcode,
        )

        root_type_for_fiscalization_request_data_types_positions_item.additional_properties = d
        return root_type_for_fiscalization_request_data_types_positions_item

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
