from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_booking_widget_promo_type_0 import LocationBookingWidgetPromoType0


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
        from ..models.location_booking_widget_promo_type_0 import LocationBookingWidgetPromoType0  # noqa: PLC0415

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
        from ..models.location_booking_widget_promo_type_0 import LocationBookingWidgetPromoType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        public_title = d.pop("public_title", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        logo = d.pop("logo", UNSET)

        active = d.pop("active", UNSET)

        phone = d.pop("phone", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        email = d.pop("email", UNSET)

        country_id = d.pop("country_id", UNSET)

        schedule = d.pop("schedule", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        def _parse_next_slot(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            next_slot_type_0 = datetime.datetime.fromisoformat(data)

            return next_slot_type_0

        next_slot = _parse_next_slot(d.pop("next_slot", UNSET))

        app_ios = d.pop("app_ios", UNSET)

        app_android = d.pop("app_android", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        reminds_sms_disabled = d.pop("reminds_sms_disabled", UNSET)

        reminds_sms_default = d.pop("reminds_sms_default", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        bookform_group_priority = d.pop("bookform_group_priority", UNSET)

        description = d.pop("description", UNSET)

        photos = cast(list[str], d.pop("photos", UNSET))

        company_photos = cast(list[str], d.pop("company_photos", UNSET))

        def _parse_booking_widget_promo(data: object) -> LocationBookingWidgetPromoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            booking_widget_promo_type_0 = LocationBookingWidgetPromoType0.from_dict(data)

            return booking_widget_promo_type_0

        booking_widget_promo = _parse_booking_widget_promo(d.pop("booking_widget_promo", UNSET))

        location = cls(
            id=id,
            title=title,
            public_title=public_title,
            short_descr=short_descr,
            logo=logo,
            active=active,
            phone=phone,
            phones=phones,
            email=email,
            country_id=country_id,
            schedule=schedule,
            country=country,
            city_id=city_id,
            city=city,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            phone_confirmation=phone_confirmation,
            active_staff_count=active_staff_count,
            next_slot=next_slot,
            app_ios=app_ios,
            app_android=app_android,
            currency_short_title=currency_short_title,
            reminds_sms_disabled=reminds_sms_disabled,
            reminds_sms_default=reminds_sms_default,
            group_priority=group_priority,
            bookform_group_priority=bookform_group_priority,
            description=description,
            photos=photos,
            company_photos=company_photos,
            booking_widget_promo=booking_widget_promo,
        )

        location.additional_properties = d
        return location

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
