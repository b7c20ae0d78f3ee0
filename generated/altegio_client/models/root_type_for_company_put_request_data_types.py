from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_put_request_data_types_social import RootTypeForCompanyPutRequestDataTypesSocial

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_company_put_request_data_types_social import RootTypeForCompanyPutRequestDataTypesSocial  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForCompanyPutRequestDataTypesSocial,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "address",
        "zip",
        "phones",
        "social",
        "site",
        "coordinate_lat",
        "coordinate_lon",
        "description",
        "business_type_id",
        "short_descr",
    }
)


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
        (
            _,
            RootTypeForCompanyPutRequestDataTypesSocial,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForCompanyPutRequestDataTypesSocial,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not float and country_id is not UNSET:
            country_id = _v.float_(country_id, "country_id")

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = _v.str_(country, "country")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not float and city_id is not UNSET:
            city_id = _v.float_(city_id, "city_id")

        city = _get("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = _v.str_(city, "city")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _v.str_(address, "address")

        zip_ = _get("zip", UNSET)
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _v.str_(zip_, "zip")

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

        _social = _get("social", UNSET)
        if _social is UNSET:
            social = UNSET
        else:
            try:
                social = RootTypeForCompanyPutRequestDataTypesSocial.from_dict(_social)
            except _v.Invalid as _e:
                raise _v.at(_e, "social") from None

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _v.str_(site, "site")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and coordinate_lat is not UNSET:
            coordinate_lat = _v.float_(coordinate_lat, "coordinate_lat")

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not float and coordinate_lon is not UNSET:
            coordinate_lon = _v.float_(coordinate_lon, "coordinate_lon")

        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = _v.str_(description, "description")

        business_type_id = _get("business_type_id", UNSET)
        if type(business_type_id) is not float and business_type_id is not UNSET:
            business_type_id = _v.float_(business_type_id, "business_type_id")

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _v.str_(short_descr, "short_descr")

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.country_id = country_id
        _obj.country = country
        _obj.city_id = city_id
        _obj.city = city
        _obj.address = address
        _obj.zip_ = zip_
        _obj.phones = phones
        _obj.social = social
        _obj.site = site
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lon = coordinate_lon
        _obj.description = description
        _obj.business_type_id = business_type_id
        _obj.short_descr = short_descr

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
