from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.root_type_bookform_create_request_button_position import (
    RootTypeBookformCreateRequestButtonPosition,
    check_root_type_bookform_create_request_button_position,
)
from ..models.root_type_bookform_create_request_form_position import (
    RootTypeBookformCreateRequestFormPosition,
    check_root_type_bookform_create_request_form_position,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeBookformCreateRequest")


@_attrs_define
class RootTypeBookformCreateRequest:
    """Request that creates a letterform"""

    title: str
    """ Booking widget name """
    description: str | Unset = ""
    """ Description of the appointment widget """
    is_default: bool | Unset = False
    """ Whether this is the default appointment widget """
    without_menu: bool | Unset = False
    """ Flag for step mode """
    service_step_default: float | Unset = UNSET
    """ ID of the service """
    service_step_hide: bool | Unset = False
    """ Flag that hides the service """
    master_step_default: float | Unset = UNSET
    """ ID of the team member """
    master_step_hide: bool | Unset = False
    """ Flag hiding the team member """
    service_step_num: float | Unset = UNSET
    """ Ordinal number of the service step """
    master_step_num: float | Unset = UNSET
    """ Ordinal number of the wizard step """
    datetime_step_num: float | Unset = UNSET
    """ Ordinal number of the date-and-time step """
    show_button: bool | Unset = True
    """ Whether the button is shown """
    button_position: RootTypeBookformCreateRequestButtonPosition | Unset = "bottom right"
    """ Where on the page the button is placed """
    form_position: RootTypeBookformCreateRequestFormPosition | Unset = "right"
    """ Position of the panel on the page """
    button_color: str | Unset = "#1c84c6"
    """ Colour of the button """
    button_animation: bool | Unset = True
    """ Whether the button is animated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        is_default = self.is_default

        without_menu = self.without_menu

        service_step_default = self.service_step_default

        service_step_hide = self.service_step_hide

        master_step_default = self.master_step_default

        master_step_hide = self.master_step_hide

        service_step_num = self.service_step_num

        master_step_num = self.master_step_num

        datetime_step_num = self.datetime_step_num

        show_button = self.show_button

        button_position: str | Unset = UNSET
        if not isinstance(self.button_position, Unset):
            button_position = self.button_position

        form_position: str | Unset = UNSET
        if not isinstance(self.form_position, Unset):
            form_position = self.form_position

        button_color = self.button_color

        button_animation = self.button_animation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if without_menu is not UNSET:
            field_dict["without_menu"] = without_menu
        if service_step_default is not UNSET:
            field_dict["service_step_default"] = service_step_default
        if service_step_hide is not UNSET:
            field_dict["service_step_hide"] = service_step_hide
        if master_step_default is not UNSET:
            field_dict["master_step_default"] = master_step_default
        if master_step_hide is not UNSET:
            field_dict["master_step_hide"] = master_step_hide
        if service_step_num is not UNSET:
            field_dict["service_step_num"] = service_step_num
        if master_step_num is not UNSET:
            field_dict["master_step_num"] = master_step_num
        if datetime_step_num is not UNSET:
            field_dict["datetime_step_num"] = datetime_step_num
        if show_button is not UNSET:
            field_dict["show_button"] = show_button
        if button_position is not UNSET:
            field_dict["button_position"] = button_position
        if form_position is not UNSET:
            field_dict["form_position"] = form_position
        if button_color is not UNSET:
            field_dict["button_color"] = button_color
        if button_animation is not UNSET:
            field_dict["button_animation"] = button_animation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description", UNSET)

        is_default = d.pop("is_default", UNSET)

        without_menu = d.pop("without_menu", UNSET)

        service_step_default = d.pop("service_step_default", UNSET)

        service_step_hide = d.pop("service_step_hide", UNSET)

        master_step_default = d.pop("master_step_default", UNSET)

        master_step_hide = d.pop("master_step_hide", UNSET)

        service_step_num = d.pop("service_step_num", UNSET)

        master_step_num = d.pop("master_step_num", UNSET)

        datetime_step_num = d.pop("datetime_step_num", UNSET)

        show_button = d.pop("show_button", UNSET)

        _button_position = d.pop("button_position", UNSET)
        button_position: RootTypeBookformCreateRequestButtonPosition | Unset
        if isinstance(_button_position, Unset):
            button_position = UNSET
        else:
            button_position = check_root_type_bookform_create_request_button_position(_button_position)

        _form_position = d.pop("form_position", UNSET)
        form_position: RootTypeBookformCreateRequestFormPosition | Unset
        if isinstance(_form_position, Unset):
            form_position = UNSET
        else:
            form_position = check_root_type_bookform_create_request_form_position(_form_position)

        button_color = d.pop("button_color", UNSET)

        button_animation = d.pop("button_animation", UNSET)

        root_type_bookform_create_request = cls(
            title=title,
            description=description,
            is_default=is_default,
            without_menu=without_menu,
            service_step_default=service_step_default,
            service_step_hide=service_step_hide,
            master_step_default=master_step_default,
            master_step_hide=master_step_hide,
            service_step_num=service_step_num,
            master_step_num=master_step_num,
            datetime_step_num=datetime_step_num,
            show_button=show_button,
            button_position=button_position,
            form_position=form_position,
            button_color=button_color,
            button_animation=button_animation,
        )

        root_type_bookform_create_request.additional_properties = d
        return root_type_bookform_create_request

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
