from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForTagsCompanyEntityDataItem")


@_attrs_define
class RootTypeForTagsCompanyEntityDataItem:
    id: str | Unset = UNSET
    """ ID of the tag """
    salon_id: str | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the tag """
    color: str | Unset = UNSET
    """ Color of the tag, #RRGGBB """
    icon: str | Unset = UNSET
    """ Name of the icon """
    slug: str | Unset = UNSET
    """ Slug of the tag """
    entity: str | Unset = UNSET
    """ Kind of tag: 1 client, 2 appointment, 3 event """
    deleted: str | Unset = UNSET
    """ Deletion mark: 0 - active, 1 - deleted """
    not_editable: str | Unset = UNSET
    """ Whether the tag may be changed (0 - yes, 1 - no) """
    font_color: str | Unset = UNSET
    """ Text color, #RRGGBB format """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        title = self.title

        color = self.color

        icon = self.icon

        slug = self.slug

        entity = self.entity

        deleted = self.deleted

        not_editable = self.not_editable

        font_color = self.font_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if slug is not UNSET:
            field_dict["slug"] = slug
        if entity is not UNSET:
            field_dict["entity"] = entity
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        title = d.pop("title", UNSET)

        color = d.pop("color", UNSET)

        icon = d.pop("icon", UNSET)

        slug = d.pop("slug", UNSET)

        entity = d.pop("entity", UNSET)

        deleted = d.pop("deleted", UNSET)

        not_editable = d.pop("not_editable", UNSET)

        font_color = d.pop("font_color", UNSET)

        root_type_for_tags_company_entity_data_item = cls(
            id=id,
            salon_id=salon_id,
            title=title,
            color=color,
            icon=icon,
            slug=slug,
            entity=entity,
            deleted=deleted,
            not_editable=not_editable,
            font_color=font_color,
        )

        root_type_for_tags_company_entity_data_item.additional_properties = d
        return root_type_for_tags_company_entity_data_item

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
