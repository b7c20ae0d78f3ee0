from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_put_request_data_types_social import RootTypeForCompanyPutRequestDataTypesSocial


T = TypeVar("T", bound="RootTypeForCompanyPutRequestDataTypes")


@_attrs_define
class RootTypeForCompanyPutRequestDataTypes:
    """Update a location

    Example:
        {'title': 'James Smith LLC', 'country': 'United States', 'city': 'New York', 'address': 'New York, 787 Jackson
            Drive', 'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social': {'instagram':
            'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com', 'coordinate_lat': 40.73061,
            'coordinate_lon': -73.935242, 'description': 'The <strong>James Smith</strong> location', 'business_type_id': 1,
            'short_descr': 'Beauty studio'}

    """

    title: str | Unset = UNSET
    """ Name of the location """
    country_id: float | Unset = UNSET
    """ ID of the country (takes precedence over country) """
    country: str | Unset = UNSET
    """ Country """
    city_id: float | Unset = UNSET
    """ ID of the city (takes precedence over city) """
    city: str | Unset = UNSET
    """ City """
    address: str | Unset = UNSET
    """ Address of the location """
    zip_: str | Unset = UNSET
    """ Postal code """
    phones: list[str] | Unset = UNSET
    """ Phone numbers of the location """
    social: RootTypeForCompanyPutRequestDataTypesSocial | Unset = UNSET
    """ Social media links of the location """
    site: str | Unset = UNSET
    """ Website of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    description: str | Unset = UNSET
    """ Description """
    business_type_id: float | Unset = UNSET
    """ Kind of business """
    short_descr: str | Unset = UNSET
    """ Category of the business """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        address = self.address

        zip_ = self.zip_

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        description = self.description

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if address is not UNSET:
            field_dict["address"] = address
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phones is not UNSET:
            field_dict["phones"] = phones
        if social is not UNSET:
            field_dict["social"] = social
        if site is not UNSET:
            field_dict["site"] = site
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if description is not UNSET:
            field_dict["description"] = description
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_company_put_request_data_types_social import (
            RootTypeForCompanyPutRequestDataTypesSocial,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        address = d.pop("address", UNSET)

        zip_ = d.pop("zip", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        _social = d.pop("social", UNSET)
        social: RootTypeForCompanyPutRequestDataTypesSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = RootTypeForCompanyPutRequestDataTypesSocial.from_dict(_social)

        site = d.pop("site", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        description = d.pop("description", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        root_type_for_company_put_request_data_types = cls(
            title=title,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            address=address,
            zip_=zip_,
            phones=phones,
            social=social,
            site=site,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            description=description,
            business_type_id=business_type_id,
            short_descr=short_descr,
        )

        root_type_for_company_put_request_data_types.additional_properties = d
        return root_type_for_company_put_request_data_types

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
