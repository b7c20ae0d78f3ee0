from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country = d.pop("country", UNSET)

        country_id = d.pop("country_id", UNSET)

        city = d.pop("city", UNSET)

        city_id = d.pop("city_id", UNSET)

        phone = d.pop("phone", UNSET)

        timezone = d.pop("timezone", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lng = d.pop("coordinate_lng", UNSET)

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
