from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_with_nested_permissions import ModelObjectPermissionWithNestedPermissions

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.model_object_permission_with_nested_permissions import ModelObjectPermissionWithNestedPermissions  # noqa: PLC0415

    _LAZY = (
        _v,
        ModelObjectPermissionWithNestedPermissions,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "slug",
        "title",
        "description",
        "weight",
        "user_permissions",
    }
)


T = TypeVar("T", bound="ModelObjectUserRole")


@_attrs_define
class ModelObjectUserRole:
    """Information on the user role

    Example:
        {'slug': 'staff_member', 'title': 'team member', 'description': 'Provides services', 'weight': 1,
            'user_permissions': [{'slug': 'timetable_access', 'title': 'Appointment calendar', 'hint': '', 'is_recommended':
            True, 'is_editable': True, 'default_value': True, 'entity_name': None, 'children': [{'slug':
            'timetable_position_id', 'title': 'View the schedule and post records', 'hint': '', 'is_recommended': True,
            'is_editable': True, 'default_value': None, 'entity_name': 'position', 'children': None, 'options': [{'title':
            'All positions', 'value': 0, 'is_disabled': False}, {'title': 'Administrator', 'value': 1234, 'is_disabled':
            False}], 'type': {'slug': 'allowed_id', 'all_access_value': '0', 'no_access_value': '0'}}], 'options': None,
            'type': {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}}]}

    """

    slug: str | Unset = UNSET
    """ Role name (known values: worker, administrator, accountant, manager, owner, free_readonly,
    free_readonly_admin) """
    title: str | Unset = UNSET
    """ Name of the role """
    description: str | Unset = UNSET
    """ Description of the role """
    weight: float | Unset = UNSET
    """ Weight of the role; it sets how many permissions are available """
    user_permissions: list[ModelObjectPermissionWithNestedPermissions] | None | Unset = UNSET
    """ Permissions of this role; present in the response only when the matching `include` is requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ModelObjectPermissionWithNestedPermissions,
        ) = _LAZY or _lazy()
        slug = self.slug

        title = self.title

        description = self.description

        weight = self.weight

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if weight is not UNSET:
            field_dict["weight"] = weight
        if user_permissions is not UNSET:
            field_dict["user_permissions"] = user_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ModelObjectPermissionWithNestedPermissions,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        weight = _get("weight", UNSET)
        if type(weight) is not float and weight is not UNSET:
            weight = _v.float_(weight, "weight")

        try:

            def _parse_user_permissions(
                data: object,
            ) -> list[ModelObjectPermissionWithNestedPermissions] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError()
                user_permissions_type_0 = []
                _user_permissions_type_0 = data
                for user_permissions_type_0_item_data in _user_permissions_type_0:
                    user_permissions_type_0_item = ModelObjectPermissionWithNestedPermissions.from_dict(
                        user_permissions_type_0_item_data
                    )

                    user_permissions_type_0.append(user_permissions_type_0_item)

                return user_permissions_type_0

            user_permissions = _parse_user_permissions(_get("user_permissions", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "user_permissions",
                "list[ModelObjectPermissionWithNestedPermissions] | None",
                _get("user_permissions"),
            ) from None

        _obj = cls.__new__(cls)
        _obj.slug = slug
        _obj.title = title
        _obj.description = description
        _obj.weight = weight
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
