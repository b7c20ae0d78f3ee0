from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "id",
        "name",
        "email",
        "phone",
    }
)


T = TypeVar("T", bound="RootTypeForTipsSettingResponseDataTypesDataItemStaffUser")


@_attrs_define
class RootTypeForTipsSettingResponseDataTypesDataItemStaffUser:
    """User object"""

    id: int | Unset = UNSET
    """ ID of the user """
    name: str | Unset = UNSET
    """ Name of the user """
    email: str | Unset = UNSET
    """ Email address of the user """
    phone: str | Unset = UNSET
    """ Phone number of the user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _v.str_(email, "email")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        root_type_for_tips_setting_response_data_types_data_item_staff_user = cls(
            id=id,
            name=name,
            email=email,
            phone=phone,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_tips_setting_response_data_types_data_item_staff_user.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return root_type_for_tips_setting_response_data_types_data_item_staff_user

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
