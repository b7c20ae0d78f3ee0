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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.object_of_model_file_in_a_client_details import ObjectOfModelFileInAClientDetails  # noqa: PLC0415
    from ..models.object_of_model_user_with_name_and_avatar import ObjectOfModelUserWithNameAndAvatar  # noqa: PLC0415

    _LAZY = (
        _v,
        ObjectOfModelFileInAClientDetails,
        ObjectOfModelUserWithNameAndAvatar,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "create_date",
        "update_date",
        "type",
        "text",
        "files",
        "user",
    }
)


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
        (
            _,
            ObjectOfModelFileInAClientDetails,
            ObjectOfModelUserWithNameAndAvatar,
        ) = _LAZY or _lazy()
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
        (
            _v,
            ObjectOfModelFileInAClientDetails,
            ObjectOfModelUserWithNameAndAvatar,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = _v.fromisoformat(create_date)
            except ValueError:
                create_date = _v.datetime_(create_date, "create_date")
        elif create_date is not UNSET:
            create_date = _v.datetime_(create_date, "create_date", True)

        update_date = _get("update_date", UNSET)
        if type(update_date) is str:
            try:
                update_date = _v.fromisoformat(update_date)
            except ValueError:
                update_date = _v.datetime_(update_date, "update_date")
        elif update_date is not UNSET:
            update_date = _v.datetime_(update_date, "update_date", True)

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = _v.str_(text, "text")

        _files = _get("files", UNSET)
        if _files is UNSET:
            files = UNSET
        else:
            if type(_files) is not list:
                _files = _v.array(_files, "files")
            files = []
            try:
                for _item in _files:
                    files.append(ObjectOfModelFileInAClientDetails.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "files", files) from None

        _user = _get("user", UNSET)
        if _user is UNSET:
            user = UNSET
        elif _user is None:
            user = None
        else:
            try:
                user = ObjectOfModelUserWithNameAndAvatar.from_dict(_user)
            except _v.Invalid as _e:
                raise _v.at(_e, "user") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.create_date = create_date
        _obj.update_date = update_date
        _obj.type_ = type_
        _obj.text = text
        _obj.files = files
        _obj.user = user

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
