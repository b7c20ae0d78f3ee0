from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_response_data_type_0_position_type_0 import TeamMemberResponseDataType0PositionType0


T = TypeVar("T", bound="TeamMemberResponseDataType0")


@_attrs_define
class TeamMemberResponseDataType0:
    """Team member data"""

    id: int | Unset = UNSET
    """ ID of the team member """
    name: str | Unset = UNSET
    """ Name of the team member """
    company_id: int | Unset = UNSET
    """ ID of the location """
    specialization: str | Unset = UNSET
    """ Specialization of the team member """
    position: list[Any] | None | TeamMemberResponseDataType0PositionType0 | Unset = UNSET
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
        from ..models.team_member_response_data_type_0_position_type_0 import TeamMemberResponseDataType0PositionType0  # noqa: PLC0415

        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, TeamMemberResponseDataType0PositionType0):
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
        from ..models.team_member_response_data_type_0_position_type_0 import TeamMemberResponseDataType0PositionType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(data: object) -> list[Any] | None | TeamMemberResponseDataType0PositionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = TeamMemberResponseDataType0PositionType0.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        hidden = d.pop("hidden", UNSET)

        def _parse_user_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        is_included_in_payment_policy = d.pop("is_included_in_payment_policy", UNSET)

        team_member_response_data_type_0 = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            position=position,
            avatar=avatar,
            avatar_big=avatar_big,
            fired=fired,
            status=status,
            hidden=hidden,
            user_id=user_id,
            is_paid_staff=is_paid_staff,
            is_included_in_payment_policy=is_included_in_payment_policy,
        )

        team_member_response_data_type_0.additional_properties = d
        return team_member_response_data_type_0

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
