from __future__ import annotations

import datetime
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
        "client_id",
        "name",
        "description",
        "date_create",
        "extension",
        "mime",
        "link",
        "user_name",
        "user_avatar",
        "size",
        "can_edit",
    }
)


T = TypeVar("T", bound="ClientFile")


@_attrs_define
class ClientFile:
    id: int | Unset = UNSET
    """ ID of the file """
    client_id: int | Unset = UNSET
    """ ID of the client """
    name: str | Unset = UNSET
    """ Name of the file including its extension """
    description: str | Unset = UNSET
    """ Description of the file """
    date_create: datetime.datetime | None | Unset = UNSET
    """ When the file was uploaded (ISO8601) """
    extension: str | Unset = UNSET
    """ Extension of the file name """
    mime: str | Unset = UNSET
    """ MIME type of the file """
    link: str | Unset = UNSET
    """ Link for downloading the file """
    user_name: str | Unset = UNSET
    """ Name of the user who uploaded the file """
    user_avatar: str | Unset = UNSET
    """ Avatar of the person who uploaded the file """
    size: str | Unset = UNSET
    """ File size as a human-readable string """
    can_edit: bool | Unset = UNSET
    """ Whether the file may be changed and deleted: true - yes, false - no """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        name = self.name

        description = self.description

        date_create: None | str | Unset
        if isinstance(self.date_create, Unset):
            date_create = UNSET
        elif isinstance(self.date_create, datetime.datetime):
            date_create = self.date_create.isoformat()
        else:
            date_create = self.date_create

        extension = self.extension

        mime = self.mime

        link = self.link

        user_name = self.user_name

        user_avatar = self.user_avatar

        size = self.size

        can_edit = self.can_edit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if extension is not UNSET:
            field_dict["extension"] = extension
        if mime is not UNSET:
            field_dict["mime"] = mime
        if link is not UNSET:
            field_dict["link"] = link
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if size is not UNSET:
            field_dict["size"] = size
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit

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

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _v.int_(client_id, "client_id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        date_create = _get("date_create", UNSET)
        if type(date_create) is str:
            try:
                date_create = _v.fromisoformat(date_create)
            except ValueError:
                date_create = _v.datetime_(date_create, "date_create")
        elif date_create is not UNSET:
            date_create = _v.datetime_(date_create, "date_create", True)

        extension = _get("extension", UNSET)
        if type(extension) is not str and extension is not UNSET:
            extension = _v.str_(extension, "extension")

        mime = _get("mime", UNSET)
        if type(mime) is not str and mime is not UNSET:
            mime = _v.str_(mime, "mime")

        link = _get("link", UNSET)
        if type(link) is not str and link is not UNSET:
            link = _v.str_(link, "link")

        user_name = _get("user_name", UNSET)
        if type(user_name) is not str and user_name is not UNSET:
            user_name = _v.str_(user_name, "user_name")

        user_avatar = _get("user_avatar", UNSET)
        if type(user_avatar) is not str and user_avatar is not UNSET:
            user_avatar = _v.str_(user_avatar, "user_avatar")

        size = _get("size", UNSET)
        if type(size) is not str and size is not UNSET:
            size = _v.str_(size, "size")

        can_edit = _get("can_edit", UNSET)
        if type(can_edit) is not bool and can_edit is not UNSET:
            can_edit = _v.bool_(can_edit, "can_edit")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.client_id = client_id
        _obj.name = name
        _obj.description = description
        _obj.date_create = date_create
        _obj.extension = extension
        _obj.mime = mime
        _obj.link = link
        _obj.user_name = user_name
        _obj.user_avatar = user_avatar
        _obj.size = size
        _obj.can_edit = can_edit

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
