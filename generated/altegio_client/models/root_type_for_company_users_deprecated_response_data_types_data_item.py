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
        from ..models.root_type_for_company_users_deprecated_response_data_types_data_item_access import (
            RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        firstname = d.pop("firstname", UNSET)

        login = d.pop("login", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        information = d.pop("information", UNSET)

        _access = d.pop("access", UNSET)
        access: RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = RootTypeForCompanyUsersDeprecatedResponseDataTypesDataItemAccess.from_dict(_access)

        root_type_for_company_users_deprecated_response_data_types_data_item = cls(
            id=id,
            firstname=firstname,
            login=login,
            email=email,
            phone=phone,
            information=information,
            access=access,
        )

        root_type_for_company_users_deprecated_response_data_types_data_item.additional_properties = d
        return root_type_for_company_users_deprecated_response_data_types_data_item

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
