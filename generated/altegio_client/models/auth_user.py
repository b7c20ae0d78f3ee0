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
        "id",
        "user_token",
        "name",
        "phone",
        "login",
        "email",
        "avatar",
        "is_approved",
        "is_email_confirmed",
    }
)


T = TypeVar("T", bound="AuthUser")


@_attrs_define
class AuthUser:
    id: int | Unset = UNSET
    """ ID of the user """
    user_token: str | Unset = UNSET
    """ Token of the user for later calls """
    name: str | Unset = UNSET
    """ Name of the user """
    phone: str | Unset = UNSET
    """ Phone number of the user """
    login: str | Unset = UNSET
    """ Login of the user """
    email: str | Unset = UNSET
    """ E-mail address of the user """
    avatar: str | Unset = UNSET
    """ Path to the avatar image of the user """
    is_approved: bool | Unset = UNSET
    """ Whether the user is verified """
    is_email_confirmed: bool | Unset = UNSET
    """ Whether the e-mail address of the user is confirmed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_token = self.user_token

        name = self.name

        phone = self.phone

        login = self.login

        email = self.email

        avatar = self.avatar

        is_approved = self.is_approved

        is_email_confirmed = self.is_email_confirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_token is not UNSET:
            field_dict["user_token"] = user_token
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved
        if is_email_confirmed is not UNSET:
            field_dict["is_email_confirmed"] = is_email_confirmed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        user_token = _get("user_token", UNSET)
        if type(user_token) is not str and user_token is not UNSET:
            user_token = _v.str_(user_token, "user_token")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        login = _get("login", UNSET)
        if type(login) is not str and login is not UNSET:
            login = _v.str_(login, "login")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _v.str_(email, "email")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        is_approved = _get("is_approved", UNSET)
        if type(is_approved) is not bool and is_approved is not UNSET:
            is_approved = _v.bool_(is_approved, "is_approved")

        is_email_confirmed = _get("is_email_confirmed", UNSET)
        if type(is_email_confirmed) is not bool and is_email_confirmed is not UNSET:
            is_email_confirmed = _v.bool_(is_email_confirmed, "is_email_confirmed")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.user_token = user_token
        _obj.name = name
        _obj.phone = phone
        _obj.login = login
        _obj.email = email
        _obj.avatar = avatar
        _obj.is_approved = is_approved
        _obj.is_email_confirmed = is_email_confirmed

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
