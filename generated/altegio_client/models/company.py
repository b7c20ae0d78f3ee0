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
        "country",
        "country_id",
        "city",
        "city_id",
        "phone",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lng",
    }
)


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    country: str | Unset = UNSET
    """ Country of the location """
    country_id: int | Unset = UNSET
    """ ID of the country """
    city: str | Unset = UNSET
    """ City of the location """
    city_id: int | Unset = UNSET
    """ ID of the city """
    phone: str | Unset = UNSET
    """ Phone number of the location """
    timezone: str | Unset = UNSET
    """ Time zone of the location """
    address: str | Unset = UNSET
    """ Address of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lng: float | Unset = UNSET
    """ Longitude """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        country = self.country

        country_id = self.country_id

        city = self.city

        city_id = self.city_id

        phone = self.phone

        timezone = self.timezone

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lng = self.coordinate_lng

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if country is not UNSET:
            field_dict["country"] = country
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city is not UNSET:
            field_dict["city"] = city
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lng is not UNSET:
            field_dict["coordinate_lng"] = coordinate_lng

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

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = _v.str_(country, "country")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _v.int_(country_id, "country_id")

        city = _get("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = _v.str_(city, "city")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _v.int_(city_id, "city_id")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        timezone = _get("timezone", UNSET)
        if type(timezone) is not str and timezone is not UNSET:
            timezone = _v.str_(timezone, "timezone")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _v.str_(address, "address")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and coordinate_lat is not UNSET:
            coordinate_lat = _v.float_(coordinate_lat, "coordinate_lat")

        coordinate_lng = _get("coordinate_lng", UNSET)
        if type(coordinate_lng) is not float and coordinate_lng is not UNSET:
            coordinate_lng = _v.float_(coordinate_lng, "coordinate_lng")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.country = country
        _obj.country_id = country_id
        _obj.city = city
        _obj.city_id = city_id
        _obj.phone = phone
        _obj.timezone = timezone
        _obj.address = address
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lng = coordinate_lng

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
