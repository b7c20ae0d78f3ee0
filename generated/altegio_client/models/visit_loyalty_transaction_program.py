from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitLoyaltyTransactionProgram")


@_attrs_define
class VisitLoyaltyTransactionProgram:
    """The promotion"""

    id: int | Unset = UNSET
    """ ID of the promotion """
    title: str | Unset = UNSET
    """ Name of the promotion """
    value: int | Unset = UNSET
    """ Size of the discount """
    loyalty_type_id: int | Unset = UNSET
    """ ID of the promotion kind """
    item_type_id: int | Unset = UNSET
    """ Whether cashback counts on products """
    value_unit_id: int | Unset = UNSET
    """ Bonus unit: percent discount or fixed sum """
    group_id: int | Unset = UNSET
    """ ID of the chain where the promotion was made """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        value = self.value

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        value_unit_id = self.value_unit_id

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        visit_loyalty_transaction_program = cls(
            id=id,
            title=title,
            value=value,
            loyalty_type_id=loyalty_type_id,
            item_type_id=item_type_id,
            value_unit_id=value_unit_id,
            group_id=group_id,
        )

        visit_loyalty_transaction_program.additional_properties = d
        return visit_loyalty_transaction_program

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
