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
from ..types import UNSET

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "description",
        "is_default",
        "without_menu",
        "service_step_default",
        "service_step_hide",
        "master_step_default",
        "master_step_hide",
        "service_step_num",
        "master_step_num",
        "datetime_step_num",
        "show_button",
        "button_position",
        "form_position",
        "button_color",
        "button_animation",
    }
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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "title" not in src_dict:
            raise _v.missing("title")
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        if "description" not in src_dict:
            raise _v.missing("description")
        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        if "is_default" not in src_dict:
            raise _v.missing("is_default")
        is_default = _get("is_default", UNSET)
        if type(is_default) is not bool and is_default is not UNSET:
            is_default = _v.bool_(is_default, "is_default")

        if "without_menu" not in src_dict:
            raise _v.missing("without_menu")
        without_menu = _get("without_menu", UNSET)
        if type(without_menu) is not bool and without_menu is not UNSET:
            without_menu = _v.bool_(without_menu, "without_menu")

        if "service_step_default" not in src_dict:
            raise _v.missing("service_step_default")
        service_step_default = _get("service_step_default", UNSET)
        if type(service_step_default) is not float and service_step_default is not UNSET:
            service_step_default = _v.float_(service_step_default, "service_step_default")

        if "service_step_hide" not in src_dict:
            raise _v.missing("service_step_hide")
        service_step_hide = _get("service_step_hide", UNSET)
        if type(service_step_hide) is not bool and service_step_hide is not UNSET:
            service_step_hide = _v.bool_(service_step_hide, "service_step_hide")

        if "master_step_default" not in src_dict:
            raise _v.missing("master_step_default")
        master_step_default = _get("master_step_default", UNSET)
        if type(master_step_default) is not float and master_step_default is not UNSET:
            master_step_default = _v.float_(master_step_default, "master_step_default")

        if "master_step_hide" not in src_dict:
            raise _v.missing("master_step_hide")
        master_step_hide = _get("master_step_hide", UNSET)
        if type(master_step_hide) is not bool and master_step_hide is not UNSET:
            master_step_hide = _v.bool_(master_step_hide, "master_step_hide")

        if "service_step_num" not in src_dict:
            raise _v.missing("service_step_num")
        service_step_num = _get("service_step_num", UNSET)
        if type(service_step_num) is not float and service_step_num is not UNSET:
            service_step_num = _v.float_(service_step_num, "service_step_num")

        if "master_step_num" not in src_dict:
            raise _v.missing("master_step_num")
        master_step_num = _get("master_step_num", UNSET)
        if type(master_step_num) is not float and master_step_num is not UNSET:
            master_step_num = _v.float_(master_step_num, "master_step_num")

        if "datetime_step_num" not in src_dict:
            raise _v.missing("datetime_step_num")
        datetime_step_num = _get("datetime_step_num", UNSET)
        if type(datetime_step_num) is not float and datetime_step_num is not UNSET:
            datetime_step_num = _v.float_(datetime_step_num, "datetime_step_num")

        if "show_button" not in src_dict:
            raise _v.missing("show_button")
        show_button = _get("show_button", UNSET)
        if type(show_button) is not bool and show_button is not UNSET:
            show_button = _v.bool_(show_button, "show_button")

        if "button_position" not in src_dict:
            raise _v.missing("button_position")
        try:
            button_position = check_root_type_for_bookform_update_request_button_position(
                _get("button_position", UNSET)
            )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "button_position", "RootTypeForBookformUpdateRequestButtonPosition", _get("button_position")
            ) from None

        if "form_position" not in src_dict:
            raise _v.missing("form_position")
        try:
            form_position = check_root_type_for_bookform_update_request_form_position(_get("form_position", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "form_position", "RootTypeForBookformUpdateRequestFormPosition", _get("form_position")
            ) from None

        if "button_color" not in src_dict:
            raise _v.missing("button_color")
        button_color = _get("button_color", UNSET)
        if type(button_color) is not str and button_color is not UNSET:
            button_color = _v.str_(button_color, "button_color")

        if "button_animation" not in src_dict:
            raise _v.missing("button_animation")
        button_animation = _get("button_animation", UNSET)
        if type(button_animation) is not bool and button_animation is not UNSET:
            button_animation = _v.bool_(button_animation, "button_animation")

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.description = description
        _obj.is_default = is_default
        _obj.without_menu = without_menu
        _obj.service_step_default = service_step_default
        _obj.service_step_hide = service_step_hide
        _obj.master_step_default = master_step_default
        _obj.master_step_hide = master_step_hide
        _obj.service_step_num = service_step_num
        _obj.master_step_num = master_step_num
        _obj.datetime_step_num = datetime_step_num
        _obj.show_button = show_button
        _obj.button_position = button_position
        _obj.form_position = form_position
        _obj.button_color = button_color
        _obj.button_animation = button_animation

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
