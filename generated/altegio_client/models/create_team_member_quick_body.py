from __future__ import annotations

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
        "name",
        "specialization",
        "position_id",
        "phone_number",
        "user_email",
        "user_phone",
        "is_user_invite",
        "is_paid_staff",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "name" not in src_dict:
            raise _v.missing("name")
        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        if "specialization" not in src_dict:
            raise _v.missing("specialization")
        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        if "position_id" not in src_dict:
            raise _v.missing("position_id")
        position_id = _get("position_id", UNSET)
        if type(position_id) is not float and position_id is not UNSET:
            position_id = _v.float_(position_id, "position_id", True)

        if "phone_number" not in src_dict:
            raise _v.missing("phone_number")
        phone_number = _get("phone_number", UNSET)
        if type(phone_number) is not str and phone_number is not UNSET:
            phone_number = _v.str_(phone_number, "phone_number", True)

        if "user_email" not in src_dict:
            raise _v.missing("user_email")
        user_email = _get("user_email", UNSET)
        if type(user_email) is not str and user_email is not UNSET:
            user_email = _v.str_(user_email, "user_email")

        if "user_phone" not in src_dict:
            raise _v.missing("user_phone")
        user_phone = _get("user_phone", UNSET)
        if type(user_phone) is not str and user_phone is not UNSET:
            user_phone = _v.str_(user_phone, "user_phone")

        if "is_user_invite" not in src_dict:
            raise _v.missing("is_user_invite")
        is_user_invite = _get("is_user_invite", UNSET)
        if type(is_user_invite) is not bool and is_user_invite is not UNSET:
            is_user_invite = _v.bool_(is_user_invite, "is_user_invite")

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _v.bool_(is_paid_staff, "is_paid_staff")

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.specialization = specialization
        _obj.position_id = position_id
        _obj.phone_number = phone_number
        _obj.user_email = user_email
        _obj.user_phone = user_phone
        _obj.is_user_invite = is_user_invite
        _obj.is_paid_staff = is_paid_staff

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
