from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_permission_option import ModelObjectPermissionOption
    from ..models.model_object_permission_type import ModelObjectPermissionType
    from ..models.model_object_permission_with_nested_permissions_children_type_0_item import (
        ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.model_object_permission_option import ModelObjectPermissionOption  # noqa: PLC0415
    from ..models.model_object_permission_type import ModelObjectPermissionType  # noqa: PLC0415
    from ..models.model_object_permission_with_nested_permissions_children_type_0_item import (
        ModelObjectPermissionWithNestedPermissionsChildrenType0Item,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        ModelObjectPermissionOption,
        ModelObjectPermissionType,
        ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "slug",
        "title",
        "type",
        "options",
        "hint",
        "is_recommended",
        "is_editable",
        "default_value",
        "entity_name",
        "is_paid",
        "is_paid_only",
        "children",
    }
)


T = TypeVar("T", bound="ModelObjectPermissionWithNestedPermissions")


@_attrs_define
class ModelObjectPermissionWithNestedPermissions:
    """Permission information including nested permissions

    Example:
        {'slug': 'timetable_access', 'title': 'Appointment calendar', 'hint': '', 'is_recommended': True, 'is_editable':
            True, 'is_paid': False, 'is_paid_only': False, 'default_value': True, 'entity_name': None, 'children': [{'slug':
            'timetable_position_id', 'title': 'View the schedule and post records', 'hint': '', 'is_recommended': True,
            'is_editable': True, 'default_value': None, 'entity_name': 'position', 'children': None, 'options': [{'title':
            'All positions', 'value': 0, 'is_disabled': False}, {'title': 'Administrator', 'value': 1234, 'is_disabled':
            False}], 'type': {'slug': 'allowed_id', 'all_access_value': '0', 'no_access_value': '0'}}], 'options': None,
            'type': {'slug': 'has_group_access', 'all_access_value': True, 'no_access_value': False}}

    """

    slug: str | Unset = UNSET
    """ Permission name """
    title: str | Unset = UNSET
    """ Name of the permission """
    type_: ModelObjectPermissionType | Unset = UNSET
    """ Information on the permission type """
    options: list[ModelObjectPermissionOption] | None | Unset = UNSET
    """ List of options for the permission """
    hint: str | Unset = UNSET
    """ Hint text on how the permission is used """
    is_recommended: bool | Unset = UNSET
    """ Whether the permission is recommended or optional """
    is_editable: bool | Unset = UNSET
    """ Whether the permission can be edited """
    default_value: Any | Unset = UNSET
    """ Default permission value: number, string or boolean """
    entity_name: None | str | Unset = UNSET
    """ Entity name this permission relates to """
    is_paid: bool | Unset = UNSET
    """ Whether the permission is limited to paid staff members """
    is_paid_only: bool | Unset = UNSET
    """ Whether the permission may be given only to paid staff members; relevant only when the location has
    `is_paid_rights_model` turned on """
    children: list[ModelObjectPermissionWithNestedPermissionsChildrenType0Item] | None | Unset = UNSET
    """ Child permissions (recursive, same schema as the parent) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ModelObjectPermissionOption,
            ModelObjectPermissionType,
            ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
        ) = _LAZY or _lazy()
        slug = self.slug

        title = self.title

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        hint = self.hint

        is_recommended = self.is_recommended

        is_editable = self.is_editable

        default_value = self.default_value

        entity_name: None | str | Unset
        if isinstance(self.entity_name, Unset):
            entity_name = UNSET
        else:
            entity_name = self.entity_name

        is_paid = self.is_paid

        is_paid_only = self.is_paid_only

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options
        if hint is not UNSET:
            field_dict["hint"] = hint
        if is_recommended is not UNSET:
            field_dict["is_recommended"] = is_recommended
        if is_editable is not UNSET:
            field_dict["is_editable"] = is_editable
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if entity_name is not UNSET:
            field_dict["entity_name"] = entity_name
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid
        if is_paid_only is not UNSET:
            field_dict["is_paid_only"] = is_paid_only
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ModelObjectPermissionOption,
            ModelObjectPermissionType,
            ModelObjectPermissionWithNestedPermissionsChildrenType0Item,
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

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = ModelObjectPermissionType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        try:

            def _parse_options(data: object) -> list[ModelObjectPermissionOption] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = ModelObjectPermissionOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0

            options = _parse_options(_get("options", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "options", "list[ModelObjectPermissionOption] | None", _get("options")) from None

        hint = _get("hint", UNSET)
        if type(hint) is not str and hint is not UNSET:
            hint = _v.str_(hint, "hint")

        is_recommended = _get("is_recommended", UNSET)
        if type(is_recommended) is not bool and is_recommended is not UNSET:
            is_recommended = _v.bool_(is_recommended, "is_recommended")

        is_editable = _get("is_editable", UNSET)
        if type(is_editable) is not bool and is_editable is not UNSET:
            is_editable = _v.bool_(is_editable, "is_editable")

        default_value = _get("default_value", UNSET)

        entity_name = _get("entity_name", UNSET)
        if type(entity_name) is not str and entity_name is not UNSET:
            entity_name = _v.str_(entity_name, "entity_name", True)

        is_paid = _get("is_paid", UNSET)
        if type(is_paid) is not bool and is_paid is not UNSET:
            is_paid = _v.bool_(is_paid, "is_paid")

        is_paid_only = _get("is_paid_only", UNSET)
        if type(is_paid_only) is not bool and is_paid_only is not UNSET:
            is_paid_only = _v.bool_(is_paid_only, "is_paid_only")

        try:

            def _parse_children(
                data: object,
            ) -> list[ModelObjectPermissionWithNestedPermissionsChildrenType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = ModelObjectPermissionWithNestedPermissionsChildrenType0Item.from_dict(
                        children_type_0_item_data
                    )

                    children_type_0.append(children_type_0_item)

                return children_type_0

            children = _parse_children(_get("children", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "children",
                "list[ModelObjectPermissionWithNestedPermissionsChildrenType0Item] | None",
                _get("children"),
            ) from None

        _obj = cls.__new__(cls)
        _obj.slug = slug
        _obj.title = title
        _obj.type_ = type_
        _obj.options = options
        _obj.hint = hint
        _obj.is_recommended = is_recommended
        _obj.is_editable = is_editable
        _obj.default_value = default_value
        _obj.entity_name = entity_name
        _obj.is_paid = is_paid
        _obj.is_paid_only = is_paid_only
        _obj.children = children

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
