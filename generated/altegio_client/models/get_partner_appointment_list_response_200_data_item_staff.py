from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPartnerAppointmentListResponse200DataItemStaff")


@_attrs_define
class GetPartnerAppointmentListResponse200DataItemStaff:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    position: list[Any] | Unset = UNSET
    rating: float | Unset = UNSET
    show_rating: bool | Unset = UNSET
    comments_count: int | Unset = UNSET
    votes_count: int | Unset = UNSET
    average_score: float | Unset = UNSET
    avatar: str | Unset = UNSET
    prepaid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        position: list[Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        rating = self.rating

        show_rating = self.show_rating

        comments_count = self.comments_count

        votes_count = self.votes_count

        average_score = self.average_score

        avatar = self.avatar

        prepaid = self.prepaid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if average_score is not UNSET:
            field_dict["average_score"] = average_score
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        position = cast(list[Any], d.pop("position", UNSET))

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        average_score = d.pop("average_score", UNSET)

        avatar = d.pop("avatar", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        get_partner_appointment_list_response_200_data_item_staff = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            position=position,
            rating=rating,
            show_rating=show_rating,
            comments_count=comments_count,
            votes_count=votes_count,
            average_score=average_score,
            avatar=avatar,
            prepaid=prepaid,
        )

        get_partner_appointment_list_response_200_data_item_staff.additional_properties = d
        return get_partner_appointment_list_response_200_data_item_staff

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
