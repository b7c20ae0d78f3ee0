from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_users_deprecated_response_data_types_data_item_access import (
        RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_company_users_deprecated_response_data_types_data_item_access import (
        RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "firstname",
        "login",
        "email",
        "phone",
        "information",
        "access",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItem")


@_attrs_define
class RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the user """
    firstname: str | Unset = UNSET
    """ Name of the user """
    login: str | Unset = UNSET
    """ Login used to sign in to the system (the phone and email fields also work as a login) """
    email: str | Unset = UNSET
    """ E-mail address of the user """
    phone: str | Unset = UNSET
    """ Phone number of the user """
    information: str | Unset = UNSET
    """ Information about the user """
    access: RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess | Unset = UNSET
    """ User's access rights to system modules """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess,
        ) = _LAZY or _lazy()
        id = self.id

        firstname = self.firstname

        login = self.login

        email = self.email

        phone = self.phone

        information = self.information

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if information is not UNSET:
            field_dict["information"] = information
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        firstname = _get("firstname", UNSET)
        if type(firstname) is not str and firstname is not UNSET:
            firstname = _v.str_(firstname, "firstname")

        login = _get("login", UNSET)
        if type(login) is not str and login is not UNSET:
            login = _v.str_(login, "login")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _v.str_(email, "email")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        information = _get("information", UNSET)
        if type(information) is not str and information is not UNSET:
            information = _v.str_(information, "information")

        _access = _get("access", UNSET)
        if _access is UNSET:
            access = UNSET
        else:
            try:
                access = RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess.from_dict(_access)
            except _v.Invalid as _e:
                raise _v.at(_e, "access") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.firstname = firstname
        _obj.login = login
        _obj.email = email
        _obj.phone = phone
        _obj.information = information
        _obj.access = access

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
