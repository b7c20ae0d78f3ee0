from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "id",
        "title",
        "is_cash",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataPaymentMethodsItemAccount")


@_attrs_define
class SaleDocumentResponseDataPaymentMethodsItemAccount:
    """Cash account"""

    id: int | Unset = UNSET
    """ ID of the cash account """
    title: str | Unset = UNSET
    """ Name of the cash account """
    is_cash: bool | Unset = UNSET
    """ Whether the cash account is for cash """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        is_cash = self.is_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if is_cash is not UNSET:
            field_dict["is_cash"] = is_cash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        is_cash = _get("is_cash", UNSET)
        if type(is_cash) is not bool and is_cash is not UNSET:
            is_cash = _v.bool_(is_cash, "is_cash")

        sale_document_response_data_payment_methods_item_account = cls(
            id=id,
            title=title,
            is_cash=is_cash,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            sale_document_response_data_payment_methods_item_account.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return sale_document_response_data_payment_methods_item_account

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
