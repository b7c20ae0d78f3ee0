from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_booking_widget_promo_type_0 import LocationBookingWidgetPromoType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.location_booking_widget_promo_type_0 import LocationBookingWidgetPromoType0  # noqa: PLC0415

    _LAZY = (
        _v,
        LocationBookingWidgetPromoType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "public_title",
        "short_descr",
        "logo",
        "active",
        "phone",
        "phones",
        "email",
        "country_id",
        "schedule",
        "country",
        "city_id",
        "city",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "next_slot",
        "app_ios",
        "app_android",
        "currency_short_title",
        "reminds_sms_disabled",
        "reminds_sms_default",
        "group_priority",
        "bookform_group_priority",
        "description",
        "photos",
        "company_photos",
        "booking_widget_promo",
    }
)


T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    public_title: str | Unset = UNSET
    """ Location name shown to the public """
    short_descr: str | Unset = UNSET
    """ Category of the location """
    logo: str | Unset = UNSET
    """ URL of the location's logo image """
    active: int | Unset = UNSET
    """ Location status: 1 - active, 0 - inactive """
    phone: str | Unset = UNSET
    """ Phone number of the location """
    phones: list[str] | Unset = UNSET
    """ Phone numbers of the location """
    email: str | Unset = UNSET
    """ Email of the location """
    country_id: int | Unset = UNSET
    """ ID of the location's country """
    schedule: str | Unset = UNSET
    """ Working schedule of the location """
    country: str | Unset = UNSET
    """ Country of the location """
    city_id: int | Unset = UNSET
    """ ID of the city in which the location is situated """
    city: str | Unset = UNSET
    """ City of the location """
    timezone: float | Unset = UNSET
    """ Time zone offset, in hours """
    timezone_name: str | Unset = UNSET
    """ Time zone of the locations """
    address: str | Unset = UNSET
    """ Street address of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    phone_confirmation: bool | Unset = UNSET
    """ Whether the phone number must be confirmed by SMS when booking """
    active_staff_count: int | Unset = UNSET
    """ Team members who can be booked """
    next_slot: datetime.datetime | None | Unset = UNSET
    """ Date and time of the location's next free session (ISO8601); returned only when the GET parameter
    forBooking=1 is sent """
    app_ios: str | Unset = UNSET
    """ iOS app link """
    app_android: str | Unset = UNSET
    """ Android app link """
    currency_short_title: str | Unset = UNSET
    """ Short name of the currency """
    reminds_sms_disabled: bool | Unset = UNSET
    """ SMS reminders turned off """
    reminds_sms_default: int | Unset = UNSET
    """ Default setting for SMS reminders """
    group_priority: float | Unset = UNSET
    """ Higher priority places the location higher in the chain's location list """
    bookform_group_priority: float | Unset = UNSET
    """ Display priority in the booking form """
    description: str | Unset = UNSET
    """ Complete description of the location in HTML """
    photos: list[str] | Unset = UNSET
    """ Paths of the location's photos """
    company_photos: list[str] | Unset = UNSET
    """ Full URLs of the location's photos """
    booking_widget_promo: LocationBookingWidgetPromoType0 | None | Unset = UNSET
    """ Promo settings of the booking widget """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            LocationBookingWidgetPromoType0,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        public_title = self.public_title

        short_descr = self.short_descr

        logo = self.logo

        active = self.active

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        email = self.email

        country_id = self.country_id

        schedule = self.schedule

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        next_slot: None | str | Unset
        if isinstance(self.next_slot, Unset):
            next_slot = UNSET
        elif isinstance(self.next_slot, datetime.datetime):
            next_slot = self.next_slot.isoformat()
        else:
            next_slot = self.next_slot

        app_ios = self.app_ios

        app_android = self.app_android

        currency_short_title = self.currency_short_title

        reminds_sms_disabled = self.reminds_sms_disabled

        reminds_sms_default = self.reminds_sms_default

        group_priority = self.group_priority

        bookform_group_priority = self.bookform_group_priority

        description = self.description

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        company_photos: list[str] | Unset = UNSET
        if not isinstance(self.company_photos, Unset):
            company_photos = self.company_photos

        booking_widget_promo: dict[str, Any] | None | Unset
        if isinstance(self.booking_widget_promo, Unset):
            booking_widget_promo = UNSET
        elif isinstance(self.booking_widget_promo, LocationBookingWidgetPromoType0):
            booking_widget_promo = self.booking_widget_promo.to_dict()
        else:
            booking_widget_promo = self.booking_widget_promo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if logo is not UNSET:
            field_dict["logo"] = logo
        if active is not UNSET:
            field_dict["active"] = active
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if email is not UNSET:
            field_dict["email"] = email
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if next_slot is not UNSET:
            field_dict["next_slot"] = next_slot
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if reminds_sms_disabled is not UNSET:
            field_dict["reminds_sms_disabled"] = reminds_sms_disabled
        if reminds_sms_default is not UNSET:
            field_dict["reminds_sms_default"] = reminds_sms_default
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if bookform_group_priority is not UNSET:
            field_dict["bookform_group_priority"] = bookform_group_priority
        if description is not UNSET:
            field_dict["description"] = description
        if photos is not UNSET:
            field_dict["photos"] = photos
        if company_photos is not UNSET:
            field_dict["company_photos"] = company_photos
        if booking_widget_promo is not UNSET:
            field_dict["booking_widget_promo"] = booking_widget_promo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            LocationBookingWidgetPromoType0,
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

        public_title = _get("public_title", UNSET)
        if type(public_title) is not str and public_title is not UNSET:
            public_title = _v.str_(public_title, "public_title")

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _v.str_(short_descr, "short_descr")

        logo = _get("logo", UNSET)
        if type(logo) is not str and logo is not UNSET:
            logo = _v.str_(logo, "logo")

        active = _get("active", UNSET)
        if type(active) is not int and active is not UNSET:
            active = _v.int_(active, "active")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        _phones = _get("phones", UNSET)
        if _phones is UNSET:
            phones = UNSET
        else:
            if type(_phones) is not list:
                _phones = _v.array(_phones, "phones")
            phones = []
            try:
                for _item in _phones:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(phones))

                    phones.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "phones") from None

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _v.str_(email, "email")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _v.int_(country_id, "country_id")

        schedule = _get("schedule", UNSET)
        if type(schedule) is not str and schedule is not UNSET:
            schedule = _v.str_(schedule, "schedule")

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = _v.str_(country, "country")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _v.int_(city_id, "city_id")

        city = _get("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = _v.str_(city, "city")

        timezone = _get("timezone", UNSET)
        if type(timezone) is not float and timezone is not UNSET:
            timezone = _v.float_(timezone, "timezone")

        timezone_name = _get("timezone_name", UNSET)
        if type(timezone_name) is not str and timezone_name is not UNSET:
            timezone_name = _v.str_(timezone_name, "timezone_name")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _v.str_(address, "address")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and coordinate_lat is not UNSET:
            coordinate_lat = _v.float_(coordinate_lat, "coordinate_lat")

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not float and coordinate_lon is not UNSET:
            coordinate_lon = _v.float_(coordinate_lon, "coordinate_lon")

        phone_confirmation = _get("phone_confirmation", UNSET)
        if type(phone_confirmation) is not bool and phone_confirmation is not UNSET:
            phone_confirmation = _v.bool_(phone_confirmation, "phone_confirmation")

        active_staff_count = _get("active_staff_count", UNSET)
        if type(active_staff_count) is not int and active_staff_count is not UNSET:
            active_staff_count = _v.int_(active_staff_count, "active_staff_count")

        next_slot = _get("next_slot", UNSET)
        if type(next_slot) is str:
            try:
                next_slot = _v.fromisoformat(next_slot)
            except ValueError:
                next_slot = _v.datetime_(next_slot, "next_slot")
        elif next_slot is not UNSET:
            next_slot = _v.datetime_(next_slot, "next_slot", True)

        app_ios = _get("app_ios", UNSET)
        if type(app_ios) is not str and app_ios is not UNSET:
            app_ios = _v.str_(app_ios, "app_ios")

        app_android = _get("app_android", UNSET)
        if type(app_android) is not str and app_android is not UNSET:
            app_android = _v.str_(app_android, "app_android")

        currency_short_title = _get("currency_short_title", UNSET)
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _v.str_(currency_short_title, "currency_short_title")

        reminds_sms_disabled = _get("reminds_sms_disabled", UNSET)
        if type(reminds_sms_disabled) is not bool and reminds_sms_disabled is not UNSET:
            reminds_sms_disabled = _v.bool_(reminds_sms_disabled, "reminds_sms_disabled")

        reminds_sms_default = _get("reminds_sms_default", UNSET)
        if type(reminds_sms_default) is not int and reminds_sms_default is not UNSET:
            reminds_sms_default = _v.int_(reminds_sms_default, "reminds_sms_default")

        group_priority = _get("group_priority", UNSET)
        if type(group_priority) is not float and group_priority is not UNSET:
            group_priority = _v.float_(group_priority, "group_priority")

        bookform_group_priority = _get("bookform_group_priority", UNSET)
        if type(bookform_group_priority) is not float and bookform_group_priority is not UNSET:
            bookform_group_priority = _v.float_(bookform_group_priority, "bookform_group_priority")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        _photos = _get("photos", UNSET)
        if _photos is UNSET:
            photos = UNSET
        else:
            if type(_photos) is not list:
                _photos = _v.array(_photos, "photos")
            photos = []
            try:
                for _item in _photos:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(photos))

                    photos.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "photos") from None

        _company_photos = _get("company_photos", UNSET)
        if _company_photos is UNSET:
            company_photos = UNSET
        else:
            if type(_company_photos) is not list:
                _company_photos = _v.array(_company_photos, "company_photos")
            company_photos = []
            try:
                for _item in _company_photos:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(company_photos))

                    company_photos.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "company_photos") from None

        _booking_widget_promo = _get("booking_widget_promo", UNSET)
        if _booking_widget_promo is UNSET:
            booking_widget_promo = UNSET
        elif _booking_widget_promo is None:
            booking_widget_promo = None
        else:
            try:
                booking_widget_promo = LocationBookingWidgetPromoType0.from_dict(_booking_widget_promo)
            except _v.Invalid as _e:
                raise _v.at(_e, "booking_widget_promo") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.public_title = public_title
        _obj.short_descr = short_descr
        _obj.logo = logo
        _obj.active = active
        _obj.phone = phone
        _obj.phones = phones
        _obj.email = email
        _obj.country_id = country_id
        _obj.schedule = schedule
        _obj.country = country
        _obj.city_id = city_id
        _obj.city = city
        _obj.timezone = timezone
        _obj.timezone_name = timezone_name
        _obj.address = address
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lon = coordinate_lon
        _obj.phone_confirmation = phone_confirmation
        _obj.active_staff_count = active_staff_count
        _obj.next_slot = next_slot
        _obj.app_ios = app_ios
        _obj.app_android = app_android
        _obj.currency_short_title = currency_short_title
        _obj.reminds_sms_disabled = reminds_sms_disabled
        _obj.reminds_sms_default = reminds_sms_default
        _obj.group_priority = group_priority
        _obj.bookform_group_priority = bookform_group_priority
        _obj.description = description
        _obj.photos = photos
        _obj.company_photos = company_photos
        _obj.booking_widget_promo = booking_widget_promo

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
