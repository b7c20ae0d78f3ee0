from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails
    from ..models.object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar


T = TypeVar("T", bound="ObjectOfModelCommentForAClient")


@_attrs_define
class ObjectOfModelCommentForAClient:
    """Details of an existing comment on a client.

    Example:
        {'id': 123, 'create_date': '2026-01-01T12:12:12-05:00', 'update_date': '2026-01-01T12:12:12-05:00', 'type':
            'default', 'text': 'Comment for a client', 'files': [], 'user': {'id': 123, 'name': 'John Johnson', 'avatar':
            'https://api.alteg.io/images/avatar.png'}}

    """

    id: int | Unset = UNSET
    """ ID of the client comment. """
    create_date: datetime.datetime | None | Unset = UNSET
    """ When the client comment was created. """
    update_date: datetime.datetime | None | Unset = UNSET
    """ When the client comment was last modified. """
    type_: str | Unset = UNSET
    """ Kind of client comment: `default` - text comment; `file` - uploaded file (known values: default, file) """
    text: str | Unset = UNSET
    """ Comment text for the client; when `type` = "file" it comes back empty (filled only for `type` = "default").
    """
    files: list[ObjectOfModelFileInAClientDetails] | Unset = UNSET
    """ Files in a client's details that caused the comment to be created (`type` = "file"; when `type` = "default"
    the files array is empty). """
    user: None | ObjectOfModelUserWithNameAndAvatar | Unset = UNSET
    """ A user added a comment to a client or uploaded files to the client's details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar  # noqa: PLC0415

        id = self.id

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = self.create_date.isoformat()
        else:
            create_date = self.create_date

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        type_ = self.type_

        text = self.text

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ObjectOfModelUserWithNameAndAvatar):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if files is not UNSET:
            field_dict["files"] = files
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails  # noqa: PLC0415
        from ..models.object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_create_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            create_date_type_0 = datetime.datetime.fromisoformat(data)

            return create_date_type_0

        create_date = _parse_create_date(d.pop("create_date", UNSET))

        def _parse_update_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            update_date_type_0 = datetime.datetime.fromisoformat(data)

            return update_date_type_0

        update_date = _parse_update_date(d.pop("update_date", UNSET))

        type_ = d.pop("type", UNSET)

        text = d.pop("text", UNSET)

        _files = d.pop("files", UNSET)
        files: list[ObjectOfModelFileInAClientDetails] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ObjectOfModelFileInAClientDetails.from_dict(files_item_data)

                files.append(files_item)

        def _parse_user(data: object) -> None | ObjectOfModelUserWithNameAndAvatar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_type_0 = ObjectOfModelUserWithNameAndAvatar.from_dict(data)

            return user_type_0

        user = _parse_user(d.pop("user", UNSET))

        object_of_model_comment_for_a_client = cls(
            id=id,
            create_date=create_date,
            update_date=update_date,
            type_=type_,
            text=text,
            files=files,
            user=user,
        )

        object_of_model_comment_for_a_client.additional_properties = d
        return object_of_model_comment_for_a_client

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
