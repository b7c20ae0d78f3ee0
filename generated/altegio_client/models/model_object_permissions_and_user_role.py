from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        "staff_id",
        "is_editable",
        "has_any_paid_permission",
        "user_permissions",
    }
)


T = TypeVar("T", bound="ModelObjectPermissionsAndUserRole")


@_attrs_define
class ModelObjectPermissionsAndUserRole:
    """Information on the permissions and the user role

    Example:
        {'is_editable': True, 'staff_id': 12345, 'user_role': 'owner', 'has_any_paid_permission': None,
            'user_permissions': [{'slug': 'timetable_access', 'value': True}, {'slug': 'timetable_position_id', 'value': 0},
            {'slug': 'auth_list_allowed_ip', 'value': ''}]}

    """

    user_role: str | Unset = UNSET
    """ Role name (known values: worker, administrator, accountant, manager, owner, free_readonly,
    free_readonly_admin) """
    staff_id: float | None | Unset = UNSET
    """ ID of the team member linked to the user """
    is_editable: bool | Unset = UNSET
    """ Whether the permissions and the role can be edited """
    has_any_paid_permission: bool | None | Unset = UNSET
    """ Whether the user holds at least one paid permission """
    user_permissions: list[ModelObjectPermissionValue] | Unset = UNSET
    """ Values of the user's permissions """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ModelObjectPermissionValue,
        ) = _LAZY or _lazy()
        user_role = self.user_role

        staff_id: float | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        is_editable = self.is_editable

        has_any_paid_permission: bool | None | Unset
        if isinstance(self.has_any_paid_permission, Unset):
            has_any_paid_permission = UNSET
        else:
            has_any_paid_permission = self.has_any_paid_permission

        user_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_permissions, Unset):
            user_permissions = []
            for user_permissions_item_data in self.user_permissions:
                user_permissions_item = user_permissions_item_data.to_dict()
                user_permissions.append(user_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if has_any_paid_permission is not UNSET:
            field_dict["has_any_paid_permission"] = has_any_paid_permission
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

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
        user_role = _get("user_role", UNSET)
        if type(user_role) is not str and user_role is not UNSET:
            user_role = _v.str_(user_role, "user_role")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not float and staff_id is not UNSET:
            staff_id = _v.float_(staff_id, "staff_id", True)

        is_editable = _get("is_editable", UNSET)
        if type(is_editable) is not bool and is_editable is not UNSET:
            is_editable = _v.bool_(is_editable, "is_editable")

        has_any_paid_permission = _get("has_any_paid_permission", UNSET)
        if type(has_any_paid_permission) is not bool and has_any_paid_permission is not UNSET:
            has_any_paid_permission = _v.bool_(has_any_paid_permission, "has_any_paid_permission", True)

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

        _obj = cls.__new__(cls)
        _obj.user_role = user_role
        _obj.staff_id = staff_id
        _obj.is_editable = is_editable
        _obj.has_any_paid_permission = has_any_paid_permission
        _obj.user_permissions = user_permissions

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
