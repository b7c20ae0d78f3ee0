from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "slug",
        "all_access_value",
        "no_access_value",
    }
)


T = TypeVar("T", bound="ModelObjectPermissionType")


@_attrs_define
class ModelObjectPermissionType:
    """Information on the permission type

    Example:
        {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}

    """

    slug: str | Unset = UNSET
    """ Type name (known values: has_access, has_group_access, has_limited_access, has_allowed_ids,
    has_limited_today, has_limited_by_own_access, last_days_count, allowed_ids, allowed_id, allowed_ip) """
    all_access_value: Any | Unset = UNSET
    """ Value that fully grants this kind of permission (number, string or boolean) """
    no_access_value: Any | Unset = UNSET
    """ Value that fully revokes this kind of permission (number, string or boolean) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        all_access_value = self.all_access_value

        no_access_value = self.no_access_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if all_access_value is not UNSET:
            field_dict["all_access_value"] = all_access_value
        if no_access_value is not UNSET:
            field_dict["no_access_value"] = no_access_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

        all_access_value = _get("all_access_value", UNSET)

        no_access_value = _get("no_access_value", UNSET)

        model_object_permission_type = cls(
            slug=slug,
            all_access_value=all_access_value,
            no_access_value=no_access_value,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            model_object_permission_type.additional_properties = {_k: _x for _k, _x in src_dict.items() if _k in _extra}
        return model_object_permission_type

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
