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
        "path",
        "width",
        "height",
        "type",
        "image_group_id",
        "version",
    }
)


T = TypeVar(
    "T", bound="RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin"
)


@_attrs_define
class RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroupImagesOrigin:
    id: int | Unset = UNSET
    path: str | Unset = UNSET
    width: str | Unset = UNSET
    height: str | Unset = UNSET
    type_: str | Unset = UNSET
    image_group_id: int | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        width = self.width

        height = self.height

        type_ = self.type_

        image_group_id = self.image_group_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_group_id is not UNSET:
            field_dict["image_group_id"] = image_group_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        path = _get("path", UNSET)
        if type(path) is not str and path is not UNSET:
            path = _v.str_(path, "path")

        width = _get("width", UNSET)
        if type(width) is not str and width is not UNSET:
            width = _v.str_(width, "width")

        height = _get("height", UNSET)
        if type(height) is not str and height is not UNSET:
            height = _v.str_(height, "height")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        image_group_id = _get("image_group_id", UNSET)
        if type(image_group_id) is not int and image_group_id is not UNSET:
            image_group_id = _v.int_(image_group_id, "image_group_id")

        version = _get("version", UNSET)
        if type(version) is not str and version is not UNSET:
            version = _v.str_(version, "version")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.path = path
        _obj.width = width
        _obj.height = height
        _obj.type_ = type_
        _obj.image_group_id = image_group_id
        _obj.version = version

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
