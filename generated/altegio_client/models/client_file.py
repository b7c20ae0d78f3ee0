from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_date_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_create_type_0 = datetime.datetime.fromisoformat(data)

            return date_create_type_0

        date_create = _parse_date_create(d.pop("date_create", UNSET))

        extension = d.pop("extension", UNSET)

        mime = d.pop("mime", UNSET)

        link = d.pop("link", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        size = d.pop("size", UNSET)

        can_edit = d.pop("can_edit", UNSET)

        client_file = cls(
            id=id,
            client_id=client_id,
            name=name,
            description=description,
            date_create=date_create,
            extension=extension,
            mime=mime,
            link=link,
            user_name=user_name,
            user_avatar=user_avatar,
            size=size,
            can_edit=can_edit,
        )

        client_file.additional_properties = d
        return client_file

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
