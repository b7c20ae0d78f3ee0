from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_image_group_item import TeamMemberImageGroupItem
    from ..models.team_member_position_type_0 import TeamMemberPositionType0
    from ..models.team_member_user_item import TeamMemberUserItem


T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember:
    id: int | Unset = UNSET
    """ ID of the team member """
    api_id: int | None | Unset = UNSET
    """ ID in an external API (for integrations) """
    name: str | Unset = UNSET
    """ Name of the team member """
    specialization: str | Unset = UNSET
    """ Specialization/title of the team member """
    rating: float | Unset = UNSET
    """ Mean rating score """
    show_rating: int | Unset = UNSET
    """ Whether the rating is shown (1 = show, 0 = hide) """
    user_id: int | None | Unset = UNSET
    """ ID of the linked user account """
    has_access_timetable: bool | Unset = UNSET
    """ Whether the team member may manage the timetable """
    avatar: str | Unset = UNSET
    """ Link to the small avatar image """
    avatar_big: str | Unset = UNSET
    """ Link to the large avatar image """
    comments_count: int | Unset = UNSET
    """ Count of comments/reviews """
    votes_count: int | Unset = UNSET
    """ Count of rating votes """
    bookable: bool | Unset = UNSET
    """ Whether the team member can be booked online """
    image_group: list[TeamMemberImageGroupItem] | Unset = UNSET
    """ More images """
    information: str | Unset = UNSET
    """ Extra information / biography """
    position_id: int | Unset = UNSET
    """ ID of the position/role """
    schedule_till: datetime.date | None | Unset = UNSET
    """ Last date the schedule is available (YYYY-MM-DD) """
    weight: int | Unset = UNSET
    """ Weight used for sorting """
    fired: int | Unset = UNSET
    """ Dismissal status: 1 = fired, 0 = active """
    status: int | Unset = UNSET
    """ Status flag: 1 removed, 0 active """
    hidden: int | Unset = UNSET
    """ Hidden from online booking: 1 - hidden, 0 - shown """
    user: list[TeamMemberUserItem] | Unset = UNSET
    """ Data of the linked user """
    prepaid: str | Unset = UNSET
    """ Whether prepayment is forbidden, allowed or required """
    position: list[Any] | TeamMemberPositionType0 | Unset = UNSET
    """ Position object, or an empty array when none is assigned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_member_position_type_0 import TeamMemberPositionType0  # noqa: PLC0415

        id = self.id

        api_id: int | None | Unset
        if isinstance(self.api_id, Unset):
            api_id = UNSET
        else:
            api_id = self.api_id

        name = self.name

        specialization = self.specialization

        rating = self.rating

        show_rating = self.show_rating

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        has_access_timetable = self.has_access_timetable

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        votes_count = self.votes_count

        bookable = self.bookable

        image_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = []
            for image_group_item_data in self.image_group:
                image_group_item = image_group_item_data.to_dict()
                image_group.append(image_group_item)

        information = self.information

        position_id = self.position_id

        schedule_till: None | str | Unset
        if isinstance(self.schedule_till, Unset):
            schedule_till = UNSET
        elif isinstance(self.schedule_till, datetime.date):
            schedule_till = self.schedule_till.isoformat()
        else:
            schedule_till = self.schedule_till

        weight = self.weight

        fired = self.fired

        status = self.status

        hidden = self.hidden

        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for user_item_data in self.user:
                user_item = user_item_data.to_dict()
                user.append(user_item)

        prepaid = self.prepaid

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, TeamMemberPositionType0):
            position = self.position.to_dict()
        else:
            position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if has_access_timetable is not UNSET:
            field_dict["has_access_timetable"] = has_access_timetable
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if information is not UNSET:
            field_dict["information"] = information
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if schedule_till is not UNSET:
            field_dict["schedule_till"] = schedule_till
        if weight is not UNSET:
            field_dict["weight"] = weight
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if user is not UNSET:
            field_dict["user"] = user
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_image_group_item import TeamMemberImageGroupItem  # noqa: PLC0415
        from ..models.team_member_position_type_0 import TeamMemberPositionType0  # noqa: PLC0415
        from ..models.team_member_user_item import TeamMemberUserItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_api_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_id = _parse_api_id(d.pop("api_id", UNSET))

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        has_access_timetable = d.pop("has_access_timetable", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        bookable = d.pop("bookable", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: list[TeamMemberImageGroupItem] | Unset = UNSET
        if _image_group is not UNSET:
            image_group = []
            for image_group_item_data in _image_group:
                image_group_item = TeamMemberImageGroupItem.from_dict(image_group_item_data)

                image_group.append(image_group_item)

        information = d.pop("information", UNSET)

        position_id = d.pop("position_id", UNSET)

        def _parse_schedule_till(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            schedule_till_type_0 = datetime.date.fromisoformat(data)

            return schedule_till_type_0

        schedule_till = _parse_schedule_till(d.pop("schedule_till", UNSET))

        weight = d.pop("weight", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        hidden = d.pop("hidden", UNSET)

        _user = d.pop("user", UNSET)
        user: list[TeamMemberUserItem] | Unset = UNSET
        if _user is not UNSET:
            user = []
            for user_item_data in _user:
                user_item = TeamMemberUserItem.from_dict(user_item_data)

                user.append(user_item)

        prepaid = d.pop("prepaid", UNSET)

        def _parse_position(data: object) -> list[Any] | TeamMemberPositionType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = TeamMemberPositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        team_member = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            user_id=user_id,
            has_access_timetable=has_access_timetable,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            votes_count=votes_count,
            bookable=bookable,
            image_group=image_group,
            information=information,
            position_id=position_id,
            schedule_till=schedule_till,
            weight=weight,
            fired=fired,
            status=status,
            hidden=hidden,
            user=user,
            prepaid=prepaid,
            position=position,
        )

        team_member.additional_properties = d
        return team_member

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
