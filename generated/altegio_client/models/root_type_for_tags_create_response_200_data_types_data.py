from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForTagsCreateResponse200DataTypesData")


@_attrs_define
class RootTypeForTagsCreateResponse200DataTypesData:
    """Payload"""

    title: str | Unset = UNSET
    """ Tag name """
    salon_id: int | Unset = UNSET
    """ ID of the location the tag belongs to """
    color: str | Unset = UNSET
    """ Color of the tag, #RRGGBB """
    entity: float | Unset = UNSET
    """ Kind of tag: 1 for customers, 2 for appointments """
    id: int | Unset = UNSET
    """ ID of the tag """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_id = self.salon_id

        color = self.color

        entity = self.entity

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if color is not UNSET:
            field_dict["color"] = color
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        color = d.pop("color", UNSET)

        entity = d.pop("entity", UNSET)

        id = d.pop("id", UNSET)

        root_type_for_tags_create_response_200_data_types_data = cls(
            title=title,
            salon_id=salon_id,
            color=color,
            entity=entity,
            id=id,
        )

        root_type_for_tags_create_response_200_data_types_data.additional_properties = d
        return root_type_for_tags_create_response_200_data_types_data

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
