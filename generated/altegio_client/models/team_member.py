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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.team_member_image_group_item import TeamMemberImageGroupItem  # noqa: PLC0415
    from ..models.team_member_position_type_0 import TeamMemberPositionType0  # noqa: PLC0415
    from ..models.team_member_user_item import TeamMemberUserItem  # noqa: PLC0415

    _LAZY = (
        _v,
        TeamMemberImageGroupItem,
        TeamMemberPositionType0,
        TeamMemberUserItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "rating",
        "show_rating",
        "user_id",
        "has_access_timetable",
        "avatar",
        "avatar_big",
        "comments_count",
        "votes_count",
        "bookable",
        "image_group",
        "information",
        "position_id",
        "schedule_till",
        "weight",
        "fired",
        "status",
        "hidden",
        "user",
        "prepaid",
        "position",
    }
)


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
        (
            _,
            TeamMemberImageGroupItem,
            TeamMemberPositionType0,
            TeamMemberUserItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            TeamMemberImageGroupItem,
            TeamMemberPositionType0,
            TeamMemberUserItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not int and api_id is not UNSET:
            api_id = _v.int_(api_id, "api_id", True)

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        rating = _get("rating", UNSET)
        if type(rating) is not float and rating is not UNSET:
            rating = _v.float_(rating, "rating")

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not int and show_rating is not UNSET:
            show_rating = _v.int_(show_rating, "show_rating")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id", True)

        has_access_timetable = _get("has_access_timetable", UNSET)
        if type(has_access_timetable) is not bool and has_access_timetable is not UNSET:
            has_access_timetable = _v.bool_(has_access_timetable, "has_access_timetable")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _v.str_(avatar_big, "avatar_big")

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _v.int_(comments_count, "comments_count")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _v.int_(votes_count, "votes_count")

        bookable = _get("bookable", UNSET)
        if type(bookable) is not bool and bookable is not UNSET:
            bookable = _v.bool_(bookable, "bookable")

        _image_group = _get("image_group", UNSET)
        if _image_group is UNSET:
            image_group = UNSET
        else:
            if type(_image_group) is not list:
                _image_group = _v.array(_image_group, "image_group")
            image_group = []
            try:
                for _item in _image_group:
                    image_group.append(TeamMemberImageGroupItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "image_group", image_group) from None

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _v.str_(information, "information")

        position_id = _get("position_id", UNSET)
        if type(position_id) is not int and position_id is not UNSET:
            position_id = _v.int_(position_id, "position_id")

        schedule_till = _get("schedule_till", UNSET)
        if schedule_till is not UNSET:
            schedule_till = _v.date_(schedule_till, "schedule_till", True)

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _v.int_(weight, "weight")

        fired = _get("fired", UNSET)
        if type(fired) is not int and fired is not UNSET:
            fired = _v.int_(fired, "fired")

        status = _get("status", UNSET)
        if type(status) is not int and status is not UNSET:
            status = _v.int_(status, "status")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not int and hidden is not UNSET:
            hidden = _v.int_(hidden, "hidden")

        _user = _get("user", UNSET)
        if _user is UNSET:
            user = UNSET
        else:
            if type(_user) is not list:
                _user = _v.array(_user, "user")
            user = []
            try:
                for _item in _user:
                    user.append(TeamMemberUserItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "user", user) from None

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _v.str_(prepaid, "prepaid")

        try:

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

            position = _parse_position(_get("position", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "position", "list[Any] | TeamMemberPositionType0", _get("position")) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.api_id = api_id
        _obj.name = name
        _obj.specialization = specialization
        _obj.rating = rating
        _obj.show_rating = show_rating
        _obj.user_id = user_id
        _obj.has_access_timetable = has_access_timetable
        _obj.avatar = avatar
        _obj.avatar_big = avatar_big
        _obj.comments_count = comments_count
        _obj.votes_count = votes_count
        _obj.bookable = bookable
        _obj.image_group = image_group
        _obj.information = information
        _obj.position_id = position_id
        _obj.schedule_till = schedule_till
        _obj.weight = weight
        _obj.fired = fired
        _obj.status = status
        _obj.hidden = hidden
        _obj.user = user
        _obj.prepaid = prepaid
        _obj.position = position

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
