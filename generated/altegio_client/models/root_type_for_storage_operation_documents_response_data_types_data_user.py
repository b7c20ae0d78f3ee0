from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForStorageOperationDocumentsResponseDataTypesDataUser")


@_attrs_define
class RootTypeForStorageOperationDocumentsResponseDataTypesDataUser:
    """User object"""

    id: int | Unset = UNSET
    """ ID of the user """
    name: str | Unset = UNSET
    """ Name of the user """
    phone: str | Unset = UNSET
    """ Phone number of the user """
    email: str | Unset = UNSET
    """ Email of the user """
    is_approved: bool | Unset = UNSET
    """ Whether the user is approved """
    avatar: str | Unset = UNSET
    """ Link to the user's avatar """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone = self.phone

        email = self.email

        is_approved = self.is_approved

        avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if is_approved is not UNSET:
            field_dict["is_approved"] = is_approved
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        is_approved = d.pop("is_approved", UNSET)

        avatar = d.pop("avatar", UNSET)

        root_type_for_storage_operation_documents_response_data_types_data_user = cls(
            id=id,
            name=name,
            phone=phone,
            email=email,
            is_approved=is_approved,
            avatar=avatar,
        )

        root_type_for_storage_operation_documents_response_data_types_data_user.additional_properties = d
        return root_type_for_storage_operation_documents_response_data_types_data_user

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
