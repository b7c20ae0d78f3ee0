from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.root_type_for_bookform_update_request_button_position import (
    RootTypeForBookformUpdateRequestButtonPosition,
    check_root_type_for_bookform_update_request_button_position,
)
from ..models.root_type_for_bookform_update_request_form_position import (
    RootTypeForBookformUpdateRequestFormPosition,
    check_root_type_for_bookform_update_request_form_position,
)

T = TypeVar("T", bound="RootTypeForBookformUpdateRequest")


@_attrs_define
class RootTypeForBookformUpdateRequest:
    """Request that changes a letterform"""

    title: str
    """ Booking widget name """
    description: str
    """ Description of the appointment widget """
    is_default: bool
    """ Whether this is the default appointment widget """
    without_menu: bool
    """ Flag for step mode """
    service_step_default: float
    """ ID of the service """
    service_step_hide: bool
    """ Flag that hides the service """
    master_step_default: float
    """ ID of the team member """
    master_step_hide: bool
    """ Flag hiding the team member """
    service_step_num: float
    """ Ordinal number of the service step """
    master_step_num: float
    """ Ordinal number of the wizard step """
    datetime_step_num: float
    """ Ordinal number of the date-and-time step """
    show_button: bool
    """ Step at which the button becomes visible """
    button_position: RootTypeForBookformUpdateRequestButtonPosition
    """ Where on the page the button is placed """
    form_position: RootTypeForBookformUpdateRequestFormPosition
    """ Position of the panel on the page """
    button_color: str
    """ Colour of the button """
    button_animation: bool
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

        button_position: str = self.button_position

        form_position: str = self.form_position

        button_color = self.button_color

        button_animation = self.button_animation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "is_default": is_default,
                "without_menu": without_menu,
                "service_step_default": service_step_default,
                "service_step_hide": service_step_hide,
                "master_step_default": master_step_default,
                "master_step_hide": master_step_hide,
                "service_step_num": service_step_num,
                "master_step_num": master_step_num,
                "datetime_step_num": datetime_step_num,
                "show_button": show_button,
                "button_position": button_position,
                "form_position": form_position,
                "button_color": button_color,
                "button_animation": button_animation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        is_default = d.pop("is_default")

        without_menu = d.pop("without_menu")

        service_step_default = d.pop("service_step_default")

        service_step_hide = d.pop("service_step_hide")

        master_step_default = d.pop("master_step_default")

        master_step_hide = d.pop("master_step_hide")

        service_step_num = d.pop("service_step_num")

        master_step_num = d.pop("master_step_num")

        datetime_step_num = d.pop("datetime_step_num")

        show_button = d.pop("show_button")

        button_position = check_root_type_for_bookform_update_request_button_position(d.pop("button_position"))

        form_position = check_root_type_for_bookform_update_request_form_position(d.pop("form_position"))

        button_color = d.pop("button_color")

        button_animation = d.pop("button_animation")

        root_type_for_bookform_update_request = cls(
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

        root_type_for_bookform_update_request.additional_properties = d
        return root_type_for_bookform_update_request

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
