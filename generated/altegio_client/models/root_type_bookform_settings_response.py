from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_bookform_settings_response_header_images_type_0 import (
        RootTypeBookformSettingsResponseHeaderImagesType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_bookform_settings_response_header_images_type_0 import (
        RootTypeBookformSettingsResponseHeaderImagesType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeBookformSettingsResponseHeaderImagesType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
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
        "html_code",
        "ab_test_enabled",
        "is_chain",
        "sequence_type",
        "service_step_title",
        "master_step_title",
        "specialization_display_mode",
        "datetime_step_title",
        "html_code_v2",
        "map_type",
        "default_language_id",
        "group_id",
        "facebook_pixel_id",
        "vk_pixel_id",
        "online_sales_group_id",
        "service_step_category_view_type",
        "salon_select_type_code",
        "record_type_id",
        "display_activity_type",
        "is_multiple_activity_record",
        "activity_record_count",
        "header_images",
        "is_weekly_view_enabled",
        "show_weekly_view_without_online_booking",
        "weekly_view_default_salon_id",
    }
)


T = TypeVar("T", bound="RootTypeBookformSettingsResponse")


@_attrs_define
class RootTypeBookformSettingsResponse:
    """Settings of the appointment widget"""

    id: int | Unset = UNSET
    """ ID of the appointment widget """
    title: str | Unset = UNSET
    """ Booking widget name """
    description: str | Unset = UNSET
    """ Description of the appointment widget """
    is_default: bool | Unset = UNSET
    """ Whether this is the default appointment widget """
    without_menu: bool | Unset = UNSET
    """ Flag for step mode """
    service_step_default: float | Unset = UNSET
    """ ID of the service """
    service_step_hide: bool | Unset = UNSET
    """ Flag that hides the service """
    master_step_default: float | Unset = UNSET
    """ ID of the team member """
    master_step_hide: bool | Unset = UNSET
    """ Flag hiding the team member """
    service_step_num: float | Unset = UNSET
    """ Ordinal number of the service """
    master_step_num: float | Unset = UNSET
    """ Ordinal number of the team member """
    datetime_step_num: float | Unset = UNSET
    """ Ordinal number of the date and time """
    show_button: bool | Unset = UNSET
    """ Step at which the button becomes visible """
    button_position: str | Unset = UNSET
    """ Where on the page the button is placed """
    form_position: str | Unset = UNSET
    """ Position of the panel on the page """
    button_color: str | Unset = UNSET
    """ Colour of the button """
    button_animation: bool | Unset = UNSET
    """ Whether the button is animated """
    html_code: str | Unset = UNSET
    """ Code snippet for embedding the button on a website """
    ab_test_enabled: bool | Unset = UNSET
    """ Turns on the A/B test of letterforms """
    is_chain: bool | Unset = UNSET
    """ Whether this is a chain booking form """
    sequence_type: str | Unset = UNSET
    """ Kind of sequence, e.g. "steps" """
    service_step_title: str | Unset = UNSET
    """ Title of the service step """
    master_step_title: str | Unset = UNSET
    """ Title of the team member step """
    specialization_display_mode: float | Unset = UNSET
    """ How the specialization is displayed """
    datetime_step_title: str | Unset = UNSET
    """ Heading of the date/time step """
    html_code_v2: str | Unset = UNSET
    """ HTML code for inserting the button, version 2 """
    map_type: float | Unset = UNSET
    """ ID of the map type """
    default_language_id: int | Unset = UNSET
    """ ID of the default language """
    group_id: int | Unset = UNSET
    """ ID of the group """
    facebook_pixel_id: str | Unset = UNSET
    """ ID of the Facebook Pixel """
    vk_pixel_id: str | Unset = UNSET
    """ ID of the VK Pixel """
    online_sales_group_id: int | Unset = UNSET
    """ ID of the online sales group """
    service_step_category_view_type: str | Unset = UNSET
    """ How categories are shown in the service step, e.g. "horizontal_tags" """
    salon_select_type_code: str | Unset = UNSET
    """ Code of the location selection type (for example "list") """
    record_type_id: float | None | Unset = UNSET
    """ ID of the appointment type """
    display_activity_type: str | Unset = UNSET
    """ Event type to show (for example "all") """
    is_multiple_activity_record: bool | Unset = UNSET
    """ Whether the appointment covers multiple events """
    activity_record_count: int | Unset = UNSET
    """ Maximum number of appointments for the event """
    header_images: None | RootTypeBookformSettingsResponseHeaderImagesType0 | Unset = UNSET
    """ Settings for header images """
    is_weekly_view_enabled: bool | Unset = UNSET
    """ Whether the weekly view is on """
    show_weekly_view_without_online_booking: bool | Unset = UNSET
    """ Show the week view without the online booking flag """
    weekly_view_default_salon_id: float | None | Unset = UNSET
    """ ID of the location shown by default in the weekly view """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeBookformSettingsResponseHeaderImagesType0,
        ) = _LAZY or _lazy()
        id = self.id

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

        button_position = self.button_position

        form_position = self.form_position

        button_color = self.button_color

        button_animation = self.button_animation

        html_code = self.html_code

        ab_test_enabled = self.ab_test_enabled

        is_chain = self.is_chain

        sequence_type = self.sequence_type

        service_step_title = self.service_step_title

        master_step_title = self.master_step_title

        specialization_display_mode = self.specialization_display_mode

        datetime_step_title = self.datetime_step_title

        html_code_v2 = self.html_code_v2

        map_type = self.map_type

        default_language_id = self.default_language_id

        group_id = self.group_id

        facebook_pixel_id = self.facebook_pixel_id

        vk_pixel_id = self.vk_pixel_id

        online_sales_group_id = self.online_sales_group_id

        service_step_category_view_type = self.service_step_category_view_type

        salon_select_type_code = self.salon_select_type_code

        record_type_id: float | None | Unset
        if isinstance(self.record_type_id, Unset):
            record_type_id = UNSET
        else:
            record_type_id = self.record_type_id

        display_activity_type = self.display_activity_type

        is_multiple_activity_record = self.is_multiple_activity_record

        activity_record_count = self.activity_record_count

        header_images: dict[str, Any] | None | Unset
        if isinstance(self.header_images, Unset):
            header_images = UNSET
        elif isinstance(self.header_images, RootTypeBookformSettingsResponseHeaderImagesType0):
            header_images = self.header_images.to_dict()
        else:
            header_images = self.header_images

        is_weekly_view_enabled = self.is_weekly_view_enabled

        show_weekly_view_without_online_booking = self.show_weekly_view_without_online_booking

        weekly_view_default_salon_id: float | None | Unset
        if isinstance(self.weekly_view_default_salon_id, Unset):
            weekly_view_default_salon_id = UNSET
        else:
            weekly_view_default_salon_id = self.weekly_view_default_salon_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
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
        if html_code is not UNSET:
            field_dict["html_code"] = html_code
        if ab_test_enabled is not UNSET:
            field_dict["ab_test_enabled"] = ab_test_enabled
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if sequence_type is not UNSET:
            field_dict["sequence_type"] = sequence_type
        if service_step_title is not UNSET:
            field_dict["service_step_title"] = service_step_title
        if master_step_title is not UNSET:
            field_dict["master_step_title"] = master_step_title
        if specialization_display_mode is not UNSET:
            field_dict["specialization_display_mode"] = specialization_display_mode
        if datetime_step_title is not UNSET:
            field_dict["datetime_step_title"] = datetime_step_title
        if html_code_v2 is not UNSET:
            field_dict["html_code_v2"] = html_code_v2
        if map_type is not UNSET:
            field_dict["map_type"] = map_type
        if default_language_id is not UNSET:
            field_dict["default_language_id"] = default_language_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if facebook_pixel_id is not UNSET:
            field_dict["facebook_pixel_id"] = facebook_pixel_id
        if vk_pixel_id is not UNSET:
            field_dict["vk_pixel_id"] = vk_pixel_id
        if online_sales_group_id is not UNSET:
            field_dict["online_sales_group_id"] = online_sales_group_id
        if service_step_category_view_type is not UNSET:
            field_dict["service_step_category_view_type"] = service_step_category_view_type
        if salon_select_type_code is not UNSET:
            field_dict["salon_select_type_code"] = salon_select_type_code
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if display_activity_type is not UNSET:
            field_dict["display_activity_type"] = display_activity_type
        if is_multiple_activity_record is not UNSET:
            field_dict["is_multiple_activity_record"] = is_multiple_activity_record
        if activity_record_count is not UNSET:
            field_dict["activity_record_count"] = activity_record_count
        if header_images is not UNSET:
            field_dict["header_images"] = header_images
        if is_weekly_view_enabled is not UNSET:
            field_dict["is_weekly_view_enabled"] = is_weekly_view_enabled
        if show_weekly_view_without_online_booking is not UNSET:
            field_dict["show_weekly_view_without_online_booking"] = show_weekly_view_without_online_booking
        if weekly_view_default_salon_id is not UNSET:
            field_dict["weekly_view_default_salon_id"] = weekly_view_default_salon_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeBookformSettingsResponseHeaderImagesType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        is_default = _get("is_default", UNSET)
        if type(is_default) is not bool and is_default is not UNSET:
            is_default = _v.bool_(is_default, "is_default")

        without_menu = _get("without_menu", UNSET)
        if type(without_menu) is not bool and without_menu is not UNSET:
            without_menu = _v.bool_(without_menu, "without_menu")

        service_step_default = _get("service_step_default", UNSET)
        if type(service_step_default) is not float and service_step_default is not UNSET:
            service_step_default = _v.float_(service_step_default, "service_step_default")

        service_step_hide = _get("service_step_hide", UNSET)
        if type(service_step_hide) is not bool and service_step_hide is not UNSET:
            service_step_hide = _v.bool_(service_step_hide, "service_step_hide")

        master_step_default = _get("master_step_default", UNSET)
        if type(master_step_default) is not float and master_step_default is not UNSET:
            master_step_default = _v.float_(master_step_default, "master_step_default")

        master_step_hide = _get("master_step_hide", UNSET)
        if type(master_step_hide) is not bool and master_step_hide is not UNSET:
            master_step_hide = _v.bool_(master_step_hide, "master_step_hide")

        service_step_num = _get("service_step_num", UNSET)
        if type(service_step_num) is not float and service_step_num is not UNSET:
            service_step_num = _v.float_(service_step_num, "service_step_num")

        master_step_num = _get("master_step_num", UNSET)
        if type(master_step_num) is not float and master_step_num is not UNSET:
            master_step_num = _v.float_(master_step_num, "master_step_num")

        datetime_step_num = _get("datetime_step_num", UNSET)
        if type(datetime_step_num) is not float and datetime_step_num is not UNSET:
            datetime_step_num = _v.float_(datetime_step_num, "datetime_step_num")

        show_button = _get("show_button", UNSET)
        if type(show_button) is not bool and show_button is not UNSET:
            show_button = _v.bool_(show_button, "show_button")

        button_position = _get("button_position", UNSET)
        if type(button_position) is not str and button_position is not UNSET:
            button_position = _v.str_(button_position, "button_position")

        form_position = _get("form_position", UNSET)
        if type(form_position) is not str and form_position is not UNSET:
            form_position = _v.str_(form_position, "form_position")

        button_color = _get("button_color", UNSET)
        if type(button_color) is not str and button_color is not UNSET:
            button_color = _v.str_(button_color, "button_color")

        button_animation = _get("button_animation", UNSET)
        if type(button_animation) is not bool and button_animation is not UNSET:
            button_animation = _v.bool_(button_animation, "button_animation")

        html_code = _get("html_code", UNSET)
        if type(html_code) is not str and html_code is not UNSET:
            html_code = _v.str_(html_code, "html_code")

        ab_test_enabled = _get("ab_test_enabled", UNSET)
        if type(ab_test_enabled) is not bool and ab_test_enabled is not UNSET:
            ab_test_enabled = _v.bool_(ab_test_enabled, "ab_test_enabled")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _v.bool_(is_chain, "is_chain")

        sequence_type = _get("sequence_type", UNSET)
        if type(sequence_type) is not str and sequence_type is not UNSET:
            sequence_type = _v.str_(sequence_type, "sequence_type")

        service_step_title = _get("service_step_title", UNSET)
        if type(service_step_title) is not str and service_step_title is not UNSET:
            service_step_title = _v.str_(service_step_title, "service_step_title")

        master_step_title = _get("master_step_title", UNSET)
        if type(master_step_title) is not str and master_step_title is not UNSET:
            master_step_title = _v.str_(master_step_title, "master_step_title")

        specialization_display_mode = _get("specialization_display_mode", UNSET)
        if type(specialization_display_mode) is not float and specialization_display_mode is not UNSET:
            specialization_display_mode = _v.float_(specialization_display_mode, "specialization_display_mode")

        datetime_step_title = _get("datetime_step_title", UNSET)
        if type(datetime_step_title) is not str and datetime_step_title is not UNSET:
            datetime_step_title = _v.str_(datetime_step_title, "datetime_step_title")

        html_code_v2 = _get("html_code_v2", UNSET)
        if type(html_code_v2) is not str and html_code_v2 is not UNSET:
            html_code_v2 = _v.str_(html_code_v2, "html_code_v2")

        map_type = _get("map_type", UNSET)
        if type(map_type) is not float and map_type is not UNSET:
            map_type = _v.float_(map_type, "map_type")

        default_language_id = _get("default_language_id", UNSET)
        if type(default_language_id) is not int and default_language_id is not UNSET:
            default_language_id = _v.int_(default_language_id, "default_language_id")

        group_id = _get("group_id", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _v.int_(group_id, "group_id")

        facebook_pixel_id = _get("facebook_pixel_id", UNSET)
        if type(facebook_pixel_id) is not str and facebook_pixel_id is not UNSET:
            facebook_pixel_id = _v.str_(facebook_pixel_id, "facebook_pixel_id")

        vk_pixel_id = _get("vk_pixel_id", UNSET)
        if type(vk_pixel_id) is not str and vk_pixel_id is not UNSET:
            vk_pixel_id = _v.str_(vk_pixel_id, "vk_pixel_id")

        online_sales_group_id = _get("online_sales_group_id", UNSET)
        if type(online_sales_group_id) is not int and online_sales_group_id is not UNSET:
            online_sales_group_id = _v.int_(online_sales_group_id, "online_sales_group_id")

        service_step_category_view_type = _get("service_step_category_view_type", UNSET)
        if type(service_step_category_view_type) is not str and service_step_category_view_type is not UNSET:
            service_step_category_view_type = _v.str_(
                service_step_category_view_type, "service_step_category_view_type"
            )

        salon_select_type_code = _get("salon_select_type_code", UNSET)
        if type(salon_select_type_code) is not str and salon_select_type_code is not UNSET:
            salon_select_type_code = _v.str_(salon_select_type_code, "salon_select_type_code")

        record_type_id = _get("record_type_id", UNSET)
        if type(record_type_id) is not float and record_type_id is not UNSET:
            record_type_id = _v.float_(record_type_id, "record_type_id", True)

        display_activity_type = _get("display_activity_type", UNSET)
        if type(display_activity_type) is not str and display_activity_type is not UNSET:
            display_activity_type = _v.str_(display_activity_type, "display_activity_type")

        is_multiple_activity_record = _get("is_multiple_activity_record", UNSET)
        if type(is_multiple_activity_record) is not bool and is_multiple_activity_record is not UNSET:
            is_multiple_activity_record = _v.bool_(is_multiple_activity_record, "is_multiple_activity_record")

        activity_record_count = _get("activity_record_count", UNSET)
        if type(activity_record_count) is not int and activity_record_count is not UNSET:
            activity_record_count = _v.int_(activity_record_count, "activity_record_count")

        _header_images = _get("header_images", UNSET)
        if _header_images is UNSET:
            header_images = UNSET
        elif _header_images is None:
            header_images = None
        else:
            try:
                header_images = RootTypeBookformSettingsResponseHeaderImagesType0.from_dict(_header_images)
            except _v.Invalid as _e:
                raise _v.at(_e, "header_images") from None

        is_weekly_view_enabled = _get("is_weekly_view_enabled", UNSET)
        if type(is_weekly_view_enabled) is not bool and is_weekly_view_enabled is not UNSET:
            is_weekly_view_enabled = _v.bool_(is_weekly_view_enabled, "is_weekly_view_enabled")

        show_weekly_view_without_online_booking = _get("show_weekly_view_without_online_booking", UNSET)
        if (
            type(show_weekly_view_without_online_booking) is not bool
            and show_weekly_view_without_online_booking is not UNSET
        ):
            show_weekly_view_without_online_booking = _v.bool_(
                show_weekly_view_without_online_booking, "show_weekly_view_without_online_booking"
            )

        weekly_view_default_salon_id = _get("weekly_view_default_salon_id", UNSET)
        if type(weekly_view_default_salon_id) is not float and weekly_view_default_salon_id is not UNSET:
            weekly_view_default_salon_id = _v.float_(weekly_view_default_salon_id, "weekly_view_default_salon_id", True)

        _obj = cls.__new__(cls)
        _obj.id = id
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
        _obj.html_code = html_code
        _obj.ab_test_enabled = ab_test_enabled
        _obj.is_chain = is_chain
        _obj.sequence_type = sequence_type
        _obj.service_step_title = service_step_title
        _obj.master_step_title = master_step_title
        _obj.specialization_display_mode = specialization_display_mode
        _obj.datetime_step_title = datetime_step_title
        _obj.html_code_v2 = html_code_v2
        _obj.map_type = map_type
        _obj.default_language_id = default_language_id
        _obj.group_id = group_id
        _obj.facebook_pixel_id = facebook_pixel_id
        _obj.vk_pixel_id = vk_pixel_id
        _obj.online_sales_group_id = online_sales_group_id
        _obj.service_step_category_view_type = service_step_category_view_type
        _obj.salon_select_type_code = salon_select_type_code
        _obj.record_type_id = record_type_id
        _obj.display_activity_type = display_activity_type
        _obj.is_multiple_activity_record = is_multiple_activity_record
        _obj.activity_record_count = activity_record_count
        _obj.header_images = header_images
        _obj.is_weekly_view_enabled = is_weekly_view_enabled
        _obj.show_weekly_view_without_online_booking = show_weekly_view_without_online_booking
        _obj.weekly_view_default_salon_id = weekly_view_default_salon_id

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
