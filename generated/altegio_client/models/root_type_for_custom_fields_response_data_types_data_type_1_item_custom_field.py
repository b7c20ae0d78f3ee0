from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field_type import (
        RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType,
    )


T = TypeVar("T", bound="RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField")


@_attrs_define
class RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomField:
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
    type_: RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType | Unset = UNSET
    """ Kind of field """
    values: str | Unset = UNSET
    """ Allowed values for the "list" type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field_type import (
            RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        show_in_ui = d.pop("show_in_ui", UNSET)

        title = d.pop("title", UNSET)

        user_can_edit = d.pop("user_can_edit", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RootTypeForCustomFieldsResponseDataTypesDataType1ItemCustomFieldType.from_dict(_type_)

        values = d.pop("values", UNSET)

        root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field = cls(
            id=id,
            code=code,
            entity_type=entity_type,
            show_in_ui=show_in_ui,
            title=title,
            user_can_edit=user_can_edit,
            type_=type_,
            values=values,
        )

        root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field.additional_properties = d
        return root_type_for_custom_fields_response_data_types_data_type_1_item_custom_field

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
