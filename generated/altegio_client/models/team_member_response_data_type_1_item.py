from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_response_data_type_1_item_position_type_0 import (
        TeamMemberResponseDataType1ItemPositionType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.team_member_response_data_type_1_item_position_type_0 import (
        TeamMemberResponseDataType1ItemPositionType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        TeamMemberResponseDataType1ItemPositionType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "position",
        "avatar",
        "avatar_big",
        "fired",
        "status",
        "hidden",
        "user_id",
        "is_paid_staff",
        "is_included_in_payment_policy",
    }
)


T = TypeVar("T", bound="TeamMemberResponseDataType1Item")


@_attrs_define
class TeamMemberResponseDataType1Item:
    """Team member data"""

    id: int | Unset = UNSET
    """ ID of the team member """
    name: str | Unset = UNSET
    """ Name of the team member """
    company_id: int | Unset = UNSET
    """ ID of the location """
    specialization: str | Unset = UNSET
    """ Specialization of the team member """
    position: list[Any] | None | TeamMemberResponseDataType1ItemPositionType0 | Unset = UNSET
    """ Position of the team member: an object when assigned, null or an empty array otherwise """
    avatar: str | Unset = UNSET
    """ Path to the team member's avatar file """
    avatar_big: str | Unset = UNSET
    """ Path to a higher-resolution avatar file of the team member """
    fired: float | Unset = UNSET
    """ Whether the team member has been dismissed: 1 - dismissed, 0 - not dismissed """
    status: float | Unset = UNSET
    """ Team member deletion status: 1 - removed, 0 - not removed """
    hidden: float | Unset = UNSET
    """ Whether the team member is hidden from online booking: 1 - hidden, 0 - visible """
    user_id: float | None | Unset = UNSET
    """ ID of the user linked to the team member """
    is_paid_staff: bool | Unset = UNSET
    """ Whether the team member counts as a paid staff member in the licence price """
    is_included_in_payment_policy: bool | Unset = UNSET
    """ Whether the team member falls under the location's active payment policy. Always present; `true` when the
    `payment_policy` feature is off for the location or there is no active payment policy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            TeamMemberResponseDataType1ItemPositionType0,
        ) = _LAZY or _lazy()
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, TeamMemberResponseDataType1ItemPositionType0):
            position = self.position.to_dict()
        elif isinstance(self.position, list):
            position = self.position

        else:
            position = self.position

        avatar = self.avatar

        avatar_big = self.avatar_big

        fired = self.fired

        status = self.status

        hidden = self.hidden

        user_id: float | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        is_paid_staff = self.is_paid_staff

        is_included_in_payment_policy = self.is_included_in_payment_policy

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
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff
        if is_included_in_payment_policy is not UNSET:
            field_dict["is_included_in_payment_policy"] = is_included_in_payment_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            TeamMemberResponseDataType1ItemPositionType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        try:

            def _parse_position(
                data: object,
            ) -> list[Any] | None | TeamMemberResponseDataType1ItemPositionType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    position_type_0 = TeamMemberResponseDataType1ItemPositionType0.from_dict(data)

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
                _e, "position", "list[Any] | None | TeamMemberResponseDataType1ItemPositionType0", _get("position")
            ) from None

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _v.str_(avatar_big, "avatar_big")

        fired = _get("fired", UNSET)
        if type(fired) is not float and fired is not UNSET:
            fired = _v.float_(fired, "fired")

        status = _get("status", UNSET)
        if type(status) is not float and status is not UNSET:
            status = _v.float_(status, "status")

        hidden = _get("hidden", UNSET)
        if type(hidden) is not float and hidden is not UNSET:
            hidden = _v.float_(hidden, "hidden")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not float and user_id is not UNSET:
            user_id = _v.float_(user_id, "user_id", True)

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _v.bool_(is_paid_staff, "is_paid_staff")

        is_included_in_payment_policy = _get("is_included_in_payment_policy", UNSET)
        if type(is_included_in_payment_policy) is not bool and is_included_in_payment_policy is not UNSET:
            is_included_in_payment_policy = _v.bool_(is_included_in_payment_policy, "is_included_in_payment_policy")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.company_id = company_id
        _obj.specialization = specialization
        _obj.position = position
        _obj.avatar = avatar
        _obj.avatar_big = avatar_big
        _obj.fired = fired
        _obj.status = status
        _obj.hidden = hidden
        _obj.user_id = user_id
        _obj.is_paid_staff = is_paid_staff
        _obj.is_included_in_payment_policy = is_included_in_payment_policy

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
