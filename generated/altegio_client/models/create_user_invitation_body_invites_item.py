from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_user_invitation_body_invites_item_user_role_type_1 import (
    CreateUserInvitationBodyInvitesItemUserRoleType1,
    check_create_user_invitation_body_invites_item_user_role_type_1,
)
from ..models.create_user_invitation_body_invites_item_user_role_type_2_type_1 import (
    CreateUserInvitationBodyInvitesItemUserRoleType2Type1,
    check_create_user_invitation_body_invites_item_user_role_type_2_type_1,
)
from ..models.create_user_invitation_body_invites_item_user_role_type_3_type_1 import (
    CreateUserInvitationBodyInvitesItemUserRoleType3Type1,
    check_create_user_invitation_body_invites_item_user_role_type_3_type_1,
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
        "name",
        "search",
        "position",
        "user_role",
        "user_permissions",
        "staff_id",
    }
)


T = TypeVar("T", bound="CreateUserInvitationBodyInvitesItem")


@_attrs_define
class CreateUserInvitationBodyInvitesItem:
    name: str | Unset = UNSET
    """ Name of the user """
    search: str | Unset = UNSET
    """ The user's phone number or email """
    position: None | str | Unset = UNSET
    """ Position """
    user_role: (
        CreateUserInvitationBodyInvitesItemUserRoleType1
        | CreateUserInvitationBodyInvitesItemUserRoleType2Type1
        | CreateUserInvitationBodyInvitesItemUserRoleType3Type1
        | None
        | Unset
    ) = UNSET
    """ Name of the role """
    user_permissions: list[ModelObjectPermissionValue] | None | Unset = UNSET
    """ Permissions of the user """
    staff_id: float | None | Unset = UNSET
    """ ID of the team member tied to the user """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ModelObjectPermissionValue,
        ) = _LAZY or _lazy()
        name = self.name

        search = self.search

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        elif isinstance(self.user_role, str):
            user_role = self.user_role
        elif isinstance(self.user_role, str):
            user_role = self.user_role
        elif isinstance(self.user_role, str):
            user_role = self.user_role
        else:
            user_role = self.user_role

        user_permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_permissions, Unset):
            user_permissions = UNSET
        elif isinstance(self.user_permissions, list):
            user_permissions = []
            for user_permissions_type_0_item_data in self.user_permissions:
                user_permissions_type_0_item = user_permissions_type_0_item_data.to_dict()
                user_permissions.append(user_permissions_type_0_item)

        else:
            user_permissions = self.user_permissions

        staff_id: float | None | Unset
        if isinstance(self.staff_id, Unset):
            staff_id = UNSET
        else:
            staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if search is not UNSET:
            field_dict["search"] = search
        if position is not UNSET:
            field_dict["position"] = position
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
        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        search = _get("search", UNSET)
        if type(search) is not str and search is not UNSET:
            search = _v.str_(search, "search")

        position = _get("position", UNSET)
        if type(position) is not str and position is not UNSET:
            position = _v.str_(position, "position", True)

        try:

            def _parse_user_role(
                data: object,
            ) -> (
                CreateUserInvitationBodyInvitesItemUserRoleType1
                | CreateUserInvitationBodyInvitesItemUserRoleType2Type1
                | CreateUserInvitationBodyInvitesItemUserRoleType3Type1
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_role_type_1 = check_create_user_invitation_body_invites_item_user_role_type_1(data)

                    return user_role_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_role_type_2_type_1 = check_create_user_invitation_body_invites_item_user_role_type_2_type_1(
                        data
                    )

                    return user_role_type_2_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                user_role_type_3_type_1 = check_create_user_invitation_body_invites_item_user_role_type_3_type_1(data)

                return user_role_type_3_type_1

            user_role = _parse_user_role(_get("user_role", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "user_role",
                "CreateUserInvitationBodyInvitesItemUserRoleType1 | CreateUserInvitationBodyInvitesItemUserRoleType2Type1 | CreateUserInvitationBodyInvitesItemUserRoleType3Type1 | None",
                _get("user_role"),
            ) from None

        try:

            def _parse_user_permissions(data: object) -> list[ModelObjectPermissionValue] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError()
                user_permissions_type_0 = []
                _user_permissions_type_0 = data
                for user_permissions_type_0_item_data in _user_permissions_type_0:
                    user_permissions_type_0_item = ModelObjectPermissionValue.from_dict(
                        user_permissions_type_0_item_data
                    )

                    user_permissions_type_0.append(user_permissions_type_0_item)

                return user_permissions_type_0

            user_permissions = _parse_user_permissions(_get("user_permissions", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "user_permissions", "list[ModelObjectPermissionValue] | None", _get("user_permissions")
            ) from None

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not float and staff_id is not UNSET:
            staff_id = _v.float_(staff_id, "staff_id", True)

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.search = search
        _obj.position = position
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
