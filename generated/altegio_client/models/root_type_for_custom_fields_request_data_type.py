from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RootTypeForCustomFieldsRequestDataType")


@_attrs_define
class RootTypeForCustomFieldsRequestDataType:
    """Add a custom field

    Example:
        {'type': 'text', 'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True, 'show_in_ui': True}

    """

    type_: str
    """ Kind of field """
    code: str
    """ ID of the field """
    title: str
    """ Name of the field """
    user_can_edit: bool
    """ Whether the user may change the field """
    show_in_ui: bool
    """ Whether the field is shown in the interface """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        title = self.title

        user_can_edit = self.user_can_edit

        show_in_ui = self.show_in_ui

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "title": title,
                "user_can_edit": user_can_edit,
                "show_in_ui": show_in_ui,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        code = d.pop("code")

        title = d.pop("title")

        user_can_edit = d.pop("user_can_edit")

        show_in_ui = d.pop("show_in_ui")

        root_type_for_custom_fields_request_data_type = cls(
            type_=type_,
            code=code,
            title=title,
            user_can_edit=user_can_edit,
            show_in_ui=show_in_ui,
        )

        root_type_for_custom_fields_request_data_type.additional_properties = d
        return root_type_for_custom_fields_request_data_type

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
