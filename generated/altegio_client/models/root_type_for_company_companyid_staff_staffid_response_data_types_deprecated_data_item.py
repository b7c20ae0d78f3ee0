from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,  # noqa: PLC0415
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "api_id",
        "name",
        "specialization",
        "position",
        "show_rating",
        "rating",
        "votes_count",
        "user_id",
        "avatar",
        "avatar_big",
        "comments_count",
        "weight",
        "information",
        "hidden",
        "fired",
        "status",
        "image_group",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem")


@_attrs_define
class RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem:
    id: int | Unset = UNSET
    """ ID of the team member """
    api_id: str | Unset = UNSET
    """ External ID of the team member """
    name: str | Unset = UNSET
    """ Name of the team member """
    specialization: str | Unset = UNSET
    """ Team member socialization """
    position: (
        list[Any] | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 | Unset
    ) = UNSET
    """ Position of the team member (empty array when none is set) """
    show_rating: float | Unset = UNSET
    """ Whether the team member's rating is shown (1 - show, 0 - hide) """
    rating: float | Unset = UNSET
    """ Rating of the team member """
    votes_count: int | Unset = UNSET
    """ Count of votes rating a team member """
    user_id: float | None | Unset = UNSET
    """ ID of the user linked to the team member """
    avatar: str | Unset = UNSET
    """ Path to the team member's avatar file """
    avatar_big: str | Unset = UNSET
    """ Path to a higher-resolution avatar file of the team member """
    comments_count: int | Unset = UNSET
    """ Count of comments about the team member """
    weight: str | Unset = UNSET
    """ Team member weight; output is sorted by weight, heaviest first """
    information: str | Unset = UNSET
    """ Extra information on the team member, as HTML """
    hidden: str | Unset = UNSET
    """ Whether the team member is hidden in online booking: 1 - hidden, 0 - shown """
    fired: str | Unset = UNSET
    """ Whether the team member is dismissed: 1 - dismissed, 0 - not dismissed """
    status: str | Unset = UNSET
    """ Whether the team member is deleted: 1 - deleted, 0 - not deleted """
    image_group: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup | Unset = UNSET
    """ Team member image group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
        ) = _LAZY or _lazy()
        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(
            self.position, RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0
        ):
            position = self.position.to_dict()
        else:
            position = self.position

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        user_id: float | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        hidden = self.hidden

        fired = self.fired

        status = self.status

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

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
        if position is not UNSET:
            field_dict["position"] = position
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        try:

            def _parse_position(
                data: object,
            ) -> (
                list[Any]
                | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    position_type_0 = RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0.from_dict(
                        data
                    )

                    return position_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                position_type_1 = cast(list[Any], data)

                return position_type_1

            position = _parse_position(_get("position", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "position",
                "list[Any] | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0",
                _get("position"),
            ) from None

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not float and show_rating is not UNSET:
            show_rating = _v.float_(show_rating, "show_rating")

        rating = _get("rating", UNSET)
        if type(rating) is not float and rating is not UNSET:
            rating = _v.float_(rating, "rating")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _v.int_(votes_count, "votes_count")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not float and user_id is not UNSET:
            user_id = _v.float_(user_id, "user_id", True)

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _v.str_(avatar_big, "avatar_big")

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _v.int_(comments_count, "comments_count")

        weight = _get("weight", UNSET)
        if type(weight) is not str and weight is not UNSET:
            weight = _v.str_(weight, "weight")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _v.str_(information, "information")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not str and hidden is not UNSET:
            hidden = _v.str_(hidden, "hidden")

        fired = _get("fired", UNSET)
        if type(fired) is not str and fired is not UNSET:
            fired = _v.str_(fired, "fired")

        status = _get("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = _v.str_(status, "status")

        _image_group = _get("image_group", UNSET)
        if _image_group is UNSET:
            image_group = UNSET
        else:
            try:
                image_group = (
                    RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup.from_dict(
                        _image_group
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "image_group") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.api_id = api_id
        _obj.name = name
        _obj.specialization = specialization
        _obj.position = position
        _obj.show_rating = show_rating
        _obj.rating = rating
        _obj.votes_count = votes_count
        _obj.user_id = user_id
        _obj.avatar = avatar
        _obj.avatar_big = avatar_big
        _obj.comments_count = comments_count
        _obj.weight = weight
        _obj.information = information
        _obj.hidden = hidden
        _obj.fired = fired
        _obj.status = status
        _obj.image_group = image_group

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
