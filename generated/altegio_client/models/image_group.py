from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.image_group_image_group import ImageGroupImageGroup

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.image import Image  # noqa: PLC0415
    from ..models.image_group_image_group import ImageGroupImageGroup  # noqa: PLC0415

    _LAZY = (
        _v,
        Image,
        ImageGroupImageGroup,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "entity",
        "entity_id",
        "images",
        "image_binded",
        "image_group",
    }
)


T = TypeVar("T", bound="ImageGroup")


@_attrs_define
class ImageGroup:
    id: int | Unset = UNSET
    """ ID of the image group """
    entity: str | Unset = UNSET
    """ Entity name the group is linked to """
    entity_id: int | Unset = UNSET
    """ ID of the entity """
    images: Image | Unset = UNSET
    image_binded: bool | Unset = UNSET
    """ Whether images were linked to the entity """
    image_group: ImageGroupImageGroup | Unset = UNSET
    """ Image group object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            Image,
            ImageGroupImageGroup,
        ) = _LAZY or _lazy()
        id = self.id

        entity = self.entity

        entity_id = self.entity_id

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images.to_dict()

        image_binded = self.image_binded

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if images is not UNSET:
            field_dict["images"] = images
        if image_binded is not UNSET:
            field_dict["image_binded"] = image_binded
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            Image,
            ImageGroupImageGroup,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        entity = _get("entity", UNSET)
        if type(entity) is not str and entity is not UNSET:
            entity = _v.str_(entity, "entity")

        entity_id = _get("entity_id", UNSET)
        if type(entity_id) is not int and entity_id is not UNSET:
            entity_id = _v.int_(entity_id, "entity_id")

        _images = _get("images", UNSET)
        if _images is UNSET:
            images = UNSET
        else:
            try:
                images = Image.from_dict(_images)
            except _v.Invalid as _e:
                raise _v.at(_e, "images") from None

        image_binded = _get("image_binded", UNSET)
        if type(image_binded) is not bool and image_binded is not UNSET:
            image_binded = _v.bool_(image_binded, "image_binded")

        _image_group = _get("image_group", UNSET)
        if _image_group is UNSET:
            image_group = UNSET
        else:
            try:
                image_group = ImageGroupImageGroup.from_dict(_image_group)
            except _v.Invalid as _e:
                raise _v.at(_e, "image_group") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.entity = entity
        _obj.entity_id = entity_id
        _obj.images = images
        _obj.image_binded = image_binded
        _obj.image_group = image_group

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
