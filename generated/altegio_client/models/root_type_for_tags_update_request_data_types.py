from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForTagsUpdateRequestDataTypes")


@_attrs_define
class RootTypeForTagsUpdateRequestDataTypes:
    """Edit a tag

    Example:
        {'title': 'Testway2', 'color': '#aa11ff', 'entity': 2, 'icon': 'Test'}

    """

    title: str | Unset = UNSET
    """ Tag name """
    color: str | Unset = UNSET
    """ Color of the tag, #RRGGBB """
    entity: float | Unset = UNSET
    """ Kind of tag: 1 for customers, 2 for appointments """
    icon: str | Unset = UNSET
    """ Name of the icon """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        color = self.color

        entity = self.entity

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if entity is not UNSET:
            field_dict["entity"] = entity
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        color = d.pop("color", UNSET)

        entity = d.pop("entity", UNSET)

        icon = d.pop("icon", UNSET)

        root_type_for_tags_update_request_data_types = cls(
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        )

        root_type_for_tags_update_request_data_types.additional_properties = d
        return root_type_for_tags_update_request_data_types

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
