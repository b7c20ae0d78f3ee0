from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_search_response_data_item_staff_position import EventSearchResponseDataItemStaffPosition


T = TypeVar("T", bound="EventSearchResponseDataItemStaff")


@_attrs_define
class EventSearchResponseDataItemStaff:
    """The team member"""

    id: int | Unset = UNSET
    """ ID of the team member """
    api_id: None | str | Unset = UNSET
    """ External ID of the team member """
    name: str | Unset = UNSET
    """ Name of the team member """
    company_id: int | Unset = UNSET
    """ ID of the location """
    specialization: str | Unset = UNSET
    """ Specialization of the team member """
    rating: float | Unset = UNSET
    """ Rating """
    show_rating: float | Unset = UNSET
    """ Whether the team member's rating is shown (1 - show, 0 - hide) """
    avatar: str | Unset = UNSET
    """ Path to the team member's avatar file """
    avatar_big: str | Unset = UNSET
    """ Path to a higher-resolution avatar file of the team member """
    comments_count: int | Unset = UNSET
    """ Count of comments about the team member """
    votes_count: int | Unset = UNSET
    """ Count of votes rating a team member """
    average_score: float | Unset = UNSET
    """ Mean rating """
    prepaid: str | Unset = UNSET
    """ Whether the appointment can be paid online """
    position: EventSearchResponseDataItemStaffPosition | Unset = UNSET
    """ Position of the team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_id: None | str | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        rating = self.rating

        show_rating = self.show_rating

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        votes_count = self.votes_count

        average_score = self.average_score

        prepaid = self.prepaid

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if average_score is not UNSET:
            field_dict["average_score"] = average_score
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_search_response_data_item_staff_position import EventSearchResponseDataItemStaffPosition  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_api_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        average_score = d.pop("average_score", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _position = d.pop("position", UNSET)
        position: EventSearchResponseDataItemStaffPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = EventSearchResponseDataItemStaffPosition.from_dict(_position)

        event_search_response_data_item_staff = cls(
            id=id,
            api_id=api_id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            votes_count=votes_count,
            average_score=average_score,
            prepaid=prepaid,
            position=position,
        )

        event_search_response_data_item_staff.additional_properties = d
        return event_search_response_data_item_staff

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
