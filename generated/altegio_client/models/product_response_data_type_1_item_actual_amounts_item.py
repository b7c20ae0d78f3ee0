from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductResponseDataType1ItemActualAmountsItem")


@_attrs_define
class ProductResponseDataType1ItemActualAmountsItem:
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    amount: float | Unset = UNSET
    """ How many """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_id = self.storage_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        storage_id = d.pop("storage_id", UNSET)

        amount = d.pop("amount", UNSET)

        product_response_data_type_1_item_actual_amounts_item = cls(
            storage_id=storage_id,
            amount=amount,
        )

        product_response_data_type_1_item_actual_amounts_item.additional_properties = d
        return product_response_data_type_1_item_actual_amounts_item

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
