from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentResponseDataRecordLabelsItem")


@_attrs_define
class AppointmentResponseDataRecordLabelsItem:
    id: int | Unset = UNSET
    """ ID of the category """
    title: str | Unset = UNSET
    """ Category name """
    color: str | Unset = UNSET
    """ Colour of the category """
    icon: str | Unset = UNSET
    """ Icon image """
    font_color: str | Unset = UNSET
    """ Font colour of the category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        color = self.color

        icon = self.icon

        font_color = self.font_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        color = d.pop("color", UNSET)

        icon = d.pop("icon", UNSET)

        font_color = d.pop("font_color", UNSET)

        appointment_response_data_record_labels_item = cls(
            id=id,
            title=title,
            color=color,
            icon=icon,
            font_color=font_color,
        )

        appointment_response_data_record_labels_item.additional_properties = d
        return appointment_response_data_record_labels_item

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
