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
        "id",
        "salon_id",
        "title",
        "color",
        "icon",
        "slug",
        "entity",
        "deleted",
        "not_editable",
        "font_color",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _v.str_(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not str and salon_id is not UNSET:
            salon_id = _v.str_(salon_id, "salon_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        color = _get("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = _v.str_(color, "color")

        icon = _get("icon", UNSET)
        if type(icon) is not str and icon is not UNSET:
            icon = _v.str_(icon, "icon")

        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

        entity = _get("entity", UNSET)
        if type(entity) is not str and entity is not UNSET:
            entity = _v.str_(entity, "entity")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not str and deleted is not UNSET:
            deleted = _v.str_(deleted, "deleted")

        not_editable = _get("not_editable", UNSET)
        if type(not_editable) is not str and not_editable is not UNSET:
            not_editable = _v.str_(not_editable, "not_editable")

        font_color = _get("font_color", UNSET)
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _v.str_(font_color, "font_color")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_id = salon_id
        _obj.title = title
        _obj.color = color
        _obj.icon = icon
        _obj.slug = slug
        _obj.entity = entity
        _obj.deleted = deleted
        _obj.not_editable = not_editable
        _obj.font_color = font_color

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
