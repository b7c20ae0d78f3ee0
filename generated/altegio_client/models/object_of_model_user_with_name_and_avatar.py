from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectOfModelUserWithNameAndAvatar")


@_attrs_define
class ObjectOfModelUserWithNameAndAvatar:
    """Details of an existing user.

    Example:
        {'id': 123, 'name': 'John Johnson', 'avatar': 'https://api.alteg.io/images/avatar.png'}

    """

    id: int | Unset = UNSET
    """ ID of the user. """
    name: str | Unset = UNSET
    """ User's name. """
    avatar: str | Unset = UNSET
    """ User's avatar. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        avatar = d.pop("avatar", UNSET)

        object_of_model_user_with_name_and_avatar = cls(
            id=id,
            name=name,
            avatar=avatar,
        )

        object_of_model_user_with_name_and_avatar.additional_properties = d
        return object_of_model_user_with_name_and_avatar

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
