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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

        all_access_value = _get("all_access_value", UNSET)

        no_access_value = _get("no_access_value", UNSET)

        _obj = cls.__new__(cls)
        _obj.slug = slug
        _obj.all_access_value = all_access_value
        _obj.no_access_value = no_access_value

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
