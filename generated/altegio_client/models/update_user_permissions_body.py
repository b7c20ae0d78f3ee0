from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_permissions_body_user_role import (
    UpdateUserPermissionsBodyUserRole,
    check_update_user_permissions_body_user_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_value import ModelObjectPermissionValue


T = TypeVar("T", bound="UpdateUserPermissionsBody")


@_attrs_define
class UpdateUserPermissionsBody:
    user_role: UpdateUserPermissionsBodyUserRole | Unset = UNSET
    """ Role name """
    user_permissions: list[ModelObjectPermissionValue] | Unset = UNSET
    """ Values of the user's permissions """
    staff_id: float | Unset = UNSET
    """ ID of the team member attached to the user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_role: str | Unset = UNSET
        if not isinstance(self.user_role, Unset):
            user_role = self.user_role

        user_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = []
            for user_permissions_item_data in self.user_permissions:
                user_permissions_item = user_permissions_item_data.to_dict()
                user_permissions.append(user_permissions_item)

        staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_permission_value import ModelObjectPermissionValue  # noqa: PLC0415

        d = dict(src_dict)
        _user_role = d.pop("user_role", UNSET)
        user_role: UpdateUserPermissionsBodyUserRole | Unset
        if isinstance(_user_role, Unset):
            user_role = UNSET
        else:
            user_role = check_update_user_permissions_body_user_role(_user_role)

        _user_permissions = d.pop("user_permissions", UNSET)
        user_permissions: list[ModelObjectPermissionValue] | Unset = UNSET
        if _user_permissions is not UNSET:
            user_permissions = []
            for user_permissions_item_data in _user_permissions:
                user_permissions_item = ModelObjectPermissionValue.from_dict(user_permissions_item_data)

                user_permissions.append(user_permissions_item)

        staff_id = d.pop("staff_id", UNSET)

        update_user_permissions_body = cls(
            user_role=user_role,
            user_permissions=user_permissions,
            staff_id=staff_id,
        )

        update_user_permissions_body.additional_properties = d
        return update_user_permissions_body

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
