from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTeamMemberQuickBody")


@_attrs_define
class CreateTeamMemberQuickBody:
    name: str
    """ Team member's name. """
    specialization: str
    """ The team member's specialization. """
    position_id: float | None
    """ ID of the position to attach to the team member. """
    phone_number: None | str
    """ Phone of the user to link to the team member: no "+", 9 to 15 digits. """
    user_email: str
    """ Email of the user to create or to link to the team member. """
    user_phone: str
    """ User's phone number for account login: digits only, no "+", 9 to 15 digits; may match phone_number or differ
    from it. """
    is_user_invite: bool
    """ Whether an invitation email goes to the user: true sends it, false creates the user without one. """
    is_paid_staff: bool | Unset = UNSET
    """ Whether the team member is counted as paid staff. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        specialization = self.specialization

        position_id: float | None
        position_id = self.position_id

        phone_number: None | str
        phone_number = self.phone_number

        user_email = self.user_email

        user_phone = self.user_phone

        is_user_invite = self.is_user_invite

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "specialization": specialization,
                "position_id": position_id,
                "phone_number": phone_number,
                "user_email": user_email,
                "user_phone": user_phone,
                "is_user_invite": is_user_invite,
            }
        )
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        specialization = d.pop("specialization")

        def _parse_position_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        position_id = _parse_position_id(d.pop("position_id"))

        def _parse_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number = _parse_phone_number(d.pop("phone_number"))

        user_email = d.pop("user_email")

        user_phone = d.pop("user_phone")

        is_user_invite = d.pop("is_user_invite")

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        create_team_member_quick_body = cls(
            name=name,
            specialization=specialization,
            position_id=position_id,
            phone_number=phone_number,
            user_email=user_email,
            user_phone=user_phone,
            is_user_invite=is_user_invite,
            is_paid_staff=is_paid_staff,
        )

        create_team_member_quick_body.additional_properties = d
        return create_team_member_quick_body

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
