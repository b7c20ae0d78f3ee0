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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.model_object_permission_value import ModelObjectPermissionValue  # noqa: PLC0415

    _LAZY = (
        _v,
        ModelObjectPermissionValue,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "user_role",
        "user_permissions",
        "staff_id",
    }
)


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
        (
            _,
            ModelObjectPermissionValue,
        ) = _LAZY or _lazy()
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
        (
            _v,
            ModelObjectPermissionValue,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        try:
            _user_role = _get("user_role", UNSET)
            user_role: UpdateUserPermissionsBodyUserRole | Unset
            if isinstance(_user_role, Unset):
                user_role = UNSET
            else:
                user_role = check_update_user_permissions_body_user_role(_user_role)

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "user_role", "UpdateUserPermissionsBodyUserRole", _get("user_role")) from None

        _user_permissions = _get("user_permissions", UNSET)
        if _user_permissions is UNSET:
            user_permissions = UNSET
        else:
            if type(_user_permissions) is not list:
                _user_permissions = _v.array(_user_permissions, "user_permissions")
            user_permissions = []
            try:
                for _item in _user_permissions:
                    user_permissions.append(ModelObjectPermissionValue.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "user_permissions", user_permissions) from None

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not float and staff_id is not UNSET:
            staff_id = _v.float_(staff_id, "staff_id")

        _obj = cls.__new__(cls)
        _obj.user_role = user_role
        _obj.user_permissions = user_permissions
        _obj.staff_id = staff_id

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
