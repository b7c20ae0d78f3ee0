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
        "title",
        "country_id",
        "city_id",
        "address",
        "site",
        "coordinate_lat",
        "coordinate_lot",
        "business_type_id",
        "short_descr",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyCreateRequestDataTypes")


@_attrs_define
class RootTypeForCompanyCreateRequestDataTypes:
    """Add a location

    Example:
        {'title': 'James Smith LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site':
            'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242, 'business_type_id': 1,
            'short_descr': 'Beauty studio'}

    """

    title: str | Unset = UNSET
    """ Name of the location """
    country_id: float | Unset = UNSET
    """ ID of the location's country ([method to get a list of countries](#countries)) """
    city_id: float | Unset = UNSET
    """ ID of the location's city ([method to get a list of cities](#cities)) """
    address: str | Unset = UNSET
    """ Address of the location """
    site: str | Unset = UNSET
    """ Website of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lot: float | Unset = UNSET
    """ Longitude """
    business_type_id: float | Unset = UNSET
    """ Kind of business """
    short_descr: str | Unset = UNSET
    """ Category of the location """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        country_id = self.country_id

        city_id = self.city_id

        address = self.address

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lot = self.coordinate_lot

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if address is not UNSET:
            field_dict["address"] = address
        if site is not UNSET:
            field_dict["site"] = site
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lot is not UNSET:
            field_dict["coordinate_lot"] = coordinate_lot
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not float and country_id is not UNSET:
            country_id = _v.float_(country_id, "country_id")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not float and city_id is not UNSET:
            city_id = _v.float_(city_id, "city_id")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _v.str_(address, "address")

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _v.str_(site, "site")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not float and coordinate_lat is not UNSET:
            coordinate_lat = _v.float_(coordinate_lat, "coordinate_lat")

        coordinate_lot = _get("coordinate_lot", UNSET)
        if type(coordinate_lot) is not float and coordinate_lot is not UNSET:
            coordinate_lot = _v.float_(coordinate_lot, "coordinate_lot")

        business_type_id = _get("business_type_id", UNSET)
        if type(business_type_id) is not float and business_type_id is not UNSET:
            business_type_id = _v.float_(business_type_id, "business_type_id")

        short_descr = _get("short_descr", UNSET)
        if type(short_descr) is not str and short_descr is not UNSET:
            short_descr = _v.str_(short_descr, "short_descr")

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.country_id = country_id
        _obj.city_id = city_id
        _obj.address = address
        _obj.site = site
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lot = coordinate_lot
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
