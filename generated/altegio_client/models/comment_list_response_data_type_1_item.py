from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        type_ = d.pop("type", UNSET)

        master_id = d.pop("master_id", UNSET)

        text = d.pop("text", UNSET)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(data)

            return date_type_0

        date = _parse_date(d.pop("date", UNSET))

        rating = d.pop("rating", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        record_id = d.pop("record_id", UNSET)

        comment_list_response_data_type_1_item = cls(
            id=id,
            salon_id=salon_id,
            type_=type_,
            master_id=master_id,
            text=text,
            date=date,
            rating=rating,
            user_id=user_id,
            user_name=user_name,
            user_avatar=user_avatar,
            record_id=record_id,
        )

        comment_list_response_data_type_1_item.additional_properties = d
        return comment_list_response_data_type_1_item

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
