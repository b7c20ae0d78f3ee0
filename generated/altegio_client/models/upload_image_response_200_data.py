from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_group import ImageGroup

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The models this one refers to, imported on first use (they refer back: no import at module level)."""
    global _LAZY
    from ..models.image_group import ImageGroup  # noqa: PLC0415

    _LAZY = (ImageGroup,)
    return _LAZY


_KEYS = frozenset(
    {
        "image_group",
    }
)


T = TypeVar("T", bound="UploadImageResponse200Data")


@_attrs_define
class UploadImageResponse200Data:
    image_group: ImageGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ImageGroup,) = _LAZY or _lazy()
        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ImageGroup,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _image_group = _get("image_group", UNSET)
        if _image_group is UNSET:
            image_group = UNSET
        else:
            try:
                image_group = ImageGroup.from_dict(_image_group)
            except _v.Invalid as _e:
                raise _v.at(_e, "image_group") from None

        upload_image_response_200_data = cls(
            image_group=image_group,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            upload_image_response_200_data.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return upload_image_response_200_data

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
