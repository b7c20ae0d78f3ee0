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
        "salon_id",
        "type",
        "master_id",
        "text",
        "date",
        "rating",
        "user_id",
        "user_name",
        "user_avatar",
        "record_id",
    }
)


T = TypeVar("T", bound="CommentListResponseDataType1Item")


@_attrs_define
class CommentListResponseDataType1Item:
    id: int | Unset = UNSET
    """ ID of the comment """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    type_: float | Unset = UNSET
    """ 1: comment addressed to the team member, 0: to the location """
    master_id: int | Unset = UNSET
    """ ID of the team member when type = 1 """
    text: str | Unset = UNSET
    """ Text of the comment """
    date: datetime.datetime | None | Unset = UNSET
    """ When the comment was posted """
    rating: str | Unset = UNSET
    """ Rating, 1 to 5 """
    user_id: int | Unset = UNSET
    """ ID of the user who wrote the comment """
    user_name: str | Unset = UNSET
    """ Name of the user who wrote the comment """
    user_avatar: str | Unset = UNSET
    """ Avatar of the comment's author """
    record_id: int | Unset = UNSET
    """ ID of the post after which the review was written """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        type_ = self.type_

        master_id = self.master_id

        text = self.text

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        rating = self.rating

        user_id = self.user_id

        user_name = self.user_name

        user_avatar = self.user_avatar

        record_id = self.record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if text is not UNSET:
            field_dict["text"] = text
        if date is not UNSET:
            field_dict["date"] = date
        if rating is not UNSET:
            field_dict["rating"] = rating
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

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

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        type_ = _get("type", UNSET)
        if type(type_) is not float and type_ is not UNSET:
            type_ = _v.float_(type_, "type")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = _v.str_(text, "text")

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date", True)

        rating = _get("rating", UNSET)
        if type(rating) is not str and rating is not UNSET:
            rating = _v.str_(rating, "rating")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id")

        user_name = _get("user_name", UNSET)
        if type(user_name) is not str and user_name is not UNSET:
            user_name = _v.str_(user_name, "user_name")

        user_avatar = _get("user_avatar", UNSET)
        if type(user_avatar) is not str and user_avatar is not UNSET:
            user_avatar = _v.str_(user_avatar, "user_avatar")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_id = salon_id
        _obj.type_ = type_
        _obj.master_id = master_id
        _obj.text = text
        _obj.date = date
        _obj.rating = rating
        _obj.user_id = user_id
        _obj.user_name = user_name
        _obj.user_avatar = user_avatar
        _obj.record_id = record_id

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
