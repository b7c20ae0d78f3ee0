from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_card_types_response_data_types_item_salon_group import (
        LoyaltyCardTypesResponseDataTypesItemSalonGroup,
    )


T = TypeVar("T", bound="LoyaltyCardTypesResponseDataTypesItem")


@_attrs_define
class LoyaltyCardTypesResponseDataTypesItem:
    id: int | Unset = UNSET
    """ ID of the card type """
    title: str | Unset = UNSET
    """ Name of the card type """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain where the card type was made """
    salon_group: LoyaltyCardTypesResponseDataTypesItemSalonGroup | Unset = UNSET
    """ Chain where the card type was made, with its id and title """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        salon_group_id = self.salon_group_id

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = self.salon_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_card_types_response_data_types_item_salon_group import (
            LoyaltyCardTypesResponseDataTypesItemSalonGroup,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        _salon_group = d.pop("salon_group", UNSET)
        salon_group: LoyaltyCardTypesResponseDataTypesItemSalonGroup | Unset
        if isinstance(_salon_group, Unset):
            salon_group = UNSET
        else:
            salon_group = LoyaltyCardTypesResponseDataTypesItemSalonGroup.from_dict(_salon_group)

        loyalty_card_types_response_data_types_item = cls(
            id=id,
            title=title,
            salon_group_id=salon_group_id,
            salon_group=salon_group,
        )

        loyalty_card_types_response_data_types_item.additional_properties = d
        return loyalty_card_types_response_data_types_item

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
