from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    id: int
    """ ID of the location """
    title: str
    """ Name of the location """
    country: str
    """ Country of the location """
    country_id: int
    """ ID of the country """
    city: str
    """ City of the location """
    city_id: int
    """ ID of the city """
    phone: str
    """ Phone number of the location """
    timezone: str
    """ Time zone of the location """
    address: str
    """ Address of the location """
    coordinate_lat: float
    """ Latitude """
    coordinate_lng: float
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
        field_dict.update(
            {
                "id": id,
                "title": title,
                "country": country,
                "country_id": country_id,
                "city": city,
                "city_id": city_id,
                "phone": phone,
                "timezone": timezone,
                "address": address,
                "coordinate_lat": coordinate_lat,
                "coordinate_lng": coordinate_lng,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        country = d.pop("country")

        country_id = d.pop("country_id")

        city = d.pop("city")

        city_id = d.pop("city_id")

        phone = d.pop("phone")

        timezone = d.pop("timezone")

        address = d.pop("address")

        coordinate_lat = d.pop("coordinate_lat")

        coordinate_lng = d.pop("coordinate_lng")

        company = cls(
            id=id,
            title=title,
            country=country,
            country_id=country_id,
            city=city,
            city_id=city_id,
            phone=phone,
            timezone=timezone,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lng=coordinate_lng,
        )

        company.additional_properties = d
        return company

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
