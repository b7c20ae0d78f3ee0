from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_custom_fields_response_data_types_data_type_0_custom_field_type import (
        RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_custom_fields_response_data_types_data_type_0_custom_field_type import (
        RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "code",
        "entity_type",
        "show_in_ui",
        "title",
        "user_can_edit",
        "type",
        "values",
    }
)


T = TypeVar("T", bound="RootTypeForCustomFieldsResponseDataTypesDataType0CustomField")


@_attrs_define
class RootTypeForCustomFieldsResponseDataTypesDataType0CustomField:
    """Custom fields"""

    id: int | Unset = UNSET
    """ ID of the field """
    code: str | Unset = UNSET
    """ Field code used to set values of appointment fields """
    entity_type: str | Unset = UNSET
    """ Kind of entity the field applies to (customer card, appointment window) """
    show_in_ui: bool | Unset = UNSET
    """ Whether the fields are shown in the interface """
    title: str | Unset = UNSET
    """ Name of the additional fields """
    user_can_edit: bool | Unset = UNSET
    """ Whether editing is permitted """
    type_: RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType | Unset = UNSET
    """ Kind of field """
    values: str | Unset = UNSET
    """ Allowed values for the "list" type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType,
        ) = _LAZY or _lazy()
        id = self.id

        code = self.code

        entity_type = self.entity_type

        show_in_ui = self.show_in_ui

        title = self.title

        user_can_edit = self.user_can_edit

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if show_in_ui is not UNSET:
            field_dict["show_in_ui"] = show_in_ui
        if title is not UNSET:
            field_dict["title"] = title
        if user_can_edit is not UNSET:
            field_dict["user_can_edit"] = user_can_edit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        code = _get("code", UNSET)
        if type(code) is not str and code is not UNSET:
            code = _v.str_(code, "code")

        entity_type = _get("entity_type", UNSET)
        if type(entity_type) is not str and entity_type is not UNSET:
            entity_type = _v.str_(entity_type, "entity_type")

        show_in_ui = _get("show_in_ui", UNSET)
        if type(show_in_ui) is not bool and show_in_ui is not UNSET:
            show_in_ui = _v.bool_(show_in_ui, "show_in_ui")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        user_can_edit = _get("user_can_edit", UNSET)
        if type(user_can_edit) is not bool and user_can_edit is not UNSET:
            user_can_edit = _v.bool_(user_can_edit, "user_can_edit")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = RootTypeForCustomFieldsResponseDataTypesDataType0CustomFieldType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        values = _get("values", UNSET)
        if type(values) is not str and values is not UNSET:
            values = _v.str_(values, "values")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.code = code
        _obj.entity_type = entity_type
        _obj.show_in_ui = show_in_ui
        _obj.title = title
        _obj.user_can_edit = user_can_edit
        _obj.type_ = type_
        _obj.values = values

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
