from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        "id",
        "title",
        "short_descr",
        "logo",
        "active",
        "phone",
        "country_id",
        "schedule",
        "country",
        "city_id",
        "city",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "app_ios",
        "app_android",
        "currency_short_title",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyCreateResponseDataTypesData")


@_attrs_define
class RootTypeForCompanyCreateResponseDataTypesData:
    """Object holding the data"""

    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    short_descr: str | Unset = UNSET
    """ Category of the location """
    logo: str | Unset = UNSET
    """ Path to the location's logo image """
    active: float | Unset = UNSET
    """ Whether the location is active, i.e. has a paid license: 1 - active, 0 - inactive """
    phone: str | Unset = UNSET
    """ Phone number of the location """
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
    app_ios: str | Unset = UNSET
    """ iOS app link """
    app_android: str | Unset = UNSET
    """ Android app link """
    currency_short_title: str | Unset = UNSET
    """ Short name of the currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        short_descr = self.short_descr

        logo = self.logo

        active = self.active

        phone = self.phone

        country_id = self.country_id

        schedule = self.schedule

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        app_ios = self.app_ios

        app_android = self.app_android

        currency_short_title = self.currency_short_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if logo is not UNSET:
            field_dict["logo"] = logo
        if active is not UNSET:
            field_dict["active"] = active
        if phone is not UNSET:
            field_dict["phone"] = phone
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
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _v.str_(short_descr, "short_descr")

        logo = _get("logo", UNSET)
        if type(logo) is not str and logo is not UNSET:
            logo = _v.str_(logo, "logo")

        active = _get("active", UNSET)
        if type(active) is not float and active is not UNSET:
            active = _v.float_(active, "active")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

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

        app_ios = _get("app_ios", UNSET)
        if type(app_ios) is not str and app_ios is not UNSET:
            app_ios = _v.str_(app_ios, "app_ios")

        app_android = _get("app_android", UNSET)
        if type(app_android) is not str and app_android is not UNSET:
            app_android = _v.str_(app_android, "app_android")

        currency_short_title = _get("currency_short_title", UNSET)
        if type(currency_short_title) is not str and currency_short_title is not UNSET:
            currency_short_title = _v.str_(currency_short_title, "currency_short_title")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.short_descr = short_descr
        _obj.logo = logo
        _obj.active = active
        _obj.phone = phone
        _obj.country_id = country_id
        _obj.schedule = schedule
        _obj.country = country
        _obj.city_id = city_id
        _obj.city = city
        _obj.timezone_name = timezone_name
        _obj.address = address
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lon = coordinate_lon
        _obj.phone_confirmation = phone_confirmation
        _obj.active_staff_count = active_staff_count
        _obj.app_ios = app_ios
        _obj.app_android = app_android
        _obj.currency_short_title = currency_short_title

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
