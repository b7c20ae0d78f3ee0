from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_bookform_settings_response_header_images_type_0 import (
        RootTypeBookformSettingsResponseHeaderImagesType0,
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
        from ..models.root_type_bookform_settings_response_header_images_type_0 import (
            RootTypeBookformSettingsResponseHeaderImagesType0,  # noqa: PLC0415
        )

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
        from ..models.root_type_bookform_settings_response_header_images_type_0 import (
            RootTypeBookformSettingsResponseHeaderImagesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

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

        button_position = d.pop("button_position", UNSET)

        form_position = d.pop("form_position", UNSET)

        button_color = d.pop("button_color", UNSET)

        button_animation = d.pop("button_animation", UNSET)

        html_code = d.pop("html_code", UNSET)

        ab_test_enabled = d.pop("ab_test_enabled", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        sequence_type = d.pop("sequence_type", UNSET)

        service_step_title = d.pop("service_step_title", UNSET)

        master_step_title = d.pop("master_step_title", UNSET)

        specialization_display_mode = d.pop("specialization_display_mode", UNSET)

        datetime_step_title = d.pop("datetime_step_title", UNSET)

        html_code_v2 = d.pop("html_code_v2", UNSET)

        map_type = d.pop("map_type", UNSET)

        default_language_id = d.pop("default_language_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        facebook_pixel_id = d.pop("facebook_pixel_id", UNSET)

        vk_pixel_id = d.pop("vk_pixel_id", UNSET)

        online_sales_group_id = d.pop("online_sales_group_id", UNSET)

        service_step_category_view_type = d.pop("service_step_category_view_type", UNSET)

        salon_select_type_code = d.pop("salon_select_type_code", UNSET)

        def _parse_record_type_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        record_type_id = _parse_record_type_id(d.pop("record_type_id", UNSET))

        display_activity_type = d.pop("display_activity_type", UNSET)

        is_multiple_activity_record = d.pop("is_multiple_activity_record", UNSET)

        activity_record_count = d.pop("activity_record_count", UNSET)

        def _parse_header_images(data: object) -> None | RootTypeBookformSettingsResponseHeaderImagesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            header_images_type_0 = RootTypeBookformSettingsResponseHeaderImagesType0.from_dict(data)

            return header_images_type_0

        header_images = _parse_header_images(d.pop("header_images", UNSET))

        is_weekly_view_enabled = d.pop("is_weekly_view_enabled", UNSET)

        show_weekly_view_without_online_booking = d.pop("show_weekly_view_without_online_booking", UNSET)

        def _parse_weekly_view_default_salon_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weekly_view_default_salon_id = _parse_weekly_view_default_salon_id(d.pop("weekly_view_default_salon_id", UNSET))

        root_type_bookform_settings_response = cls(
            id=id,
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
            html_code=html_code,
            ab_test_enabled=ab_test_enabled,
            is_chain=is_chain,
            sequence_type=sequence_type,
            service_step_title=service_step_title,
            master_step_title=master_step_title,
            specialization_display_mode=specialization_display_mode,
            datetime_step_title=datetime_step_title,
            html_code_v2=html_code_v2,
            map_type=map_type,
            default_language_id=default_language_id,
            group_id=group_id,
            facebook_pixel_id=facebook_pixel_id,
            vk_pixel_id=vk_pixel_id,
            online_sales_group_id=online_sales_group_id,
            service_step_category_view_type=service_step_category_view_type,
            salon_select_type_code=salon_select_type_code,
            record_type_id=record_type_id,
            display_activity_type=display_activity_type,
            is_multiple_activity_record=is_multiple_activity_record,
            activity_record_count=activity_record_count,
            header_images=header_images,
            is_weekly_view_enabled=is_weekly_view_enabled,
            show_weekly_view_without_online_booking=show_weekly_view_without_online_booking,
            weekly_view_default_salon_id=weekly_view_default_salon_id,
        )

        root_type_bookform_settings_response.additional_properties = d
        return root_type_bookform_settings_response

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
