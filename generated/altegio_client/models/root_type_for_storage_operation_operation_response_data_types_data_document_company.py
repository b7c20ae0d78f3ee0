from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_company_phones_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_company_phones_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "country_id",
        "city_id",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "logo",
        "zip",
        "phones",
        "site",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany")


@_attrs_define
class RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany:
    """Location"""

    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    country_id: int | Unset = UNSET
    """ ID of the country """
    city_id: int | Unset = UNSET
    """ ID of the city """
    timezone: datetime.datetime | None | Unset = UNSET
    """ Time zone """
    address: str | Unset = UNSET
    """ Address of the location """
    coordinate_lat: str | Unset = UNSET
    """ Latitude """
    coordinate_lon: str | Unset = UNSET
    """ Longitude """
    logo: str | Unset = UNSET
    """ Path where the location logo is stored """
    zip_: str | Unset = UNSET
    """ Postal code """
    phones: list[RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem] | Unset = UNSET
    """ Phone number of the location """
    site: str | Unset = UNSET
    """ Website of the location """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        country_id = self.country_id

        city_id = self.city_id

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        elif isinstance(self.timezone, datetime.datetime):
            timezone = self.timezone.isoformat()
        else:
            timezone = self.timezone

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        logo = self.logo

        zip_ = self.zip_

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        site = self.site

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if logo is not UNSET:
            field_dict["logo"] = logo
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem,
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

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _v.int_(country_id, "country_id")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _v.int_(city_id, "city_id")

        timezone = _get("timezone", UNSET)
        if type(timezone) is str:
            try:
                timezone = _v.fromisoformat(timezone)
            except ValueError:
                timezone = _v.datetime_(timezone, "timezone")
        elif timezone is not UNSET:
            timezone = _v.datetime_(timezone, "timezone", True)

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _v.str_(address, "address")

        coordinate_lat = _get("coordinate_lat", UNSET)
        if type(coordinate_lat) is not str and coordinate_lat is not UNSET:
            coordinate_lat = _v.str_(coordinate_lat, "coordinate_lat")

        coordinate_lon = _get("coordinate_lon", UNSET)
        if type(coordinate_lon) is not str and coordinate_lon is not UNSET:
            coordinate_lon = _v.str_(coordinate_lon, "coordinate_lon")

        logo = _get("logo", UNSET)
        if type(logo) is not str and logo is not UNSET:
            logo = _v.str_(logo, "logo")

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
                    phones.append(
                        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompanyPhonesItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "phones", phones) from None

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _v.str_(site, "site")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.country_id = country_id
        _obj.city_id = city_id
        _obj.timezone = timezone
        _obj.address = address
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lon = coordinate_lon
        _obj.logo = logo
        _obj.zip_ = zip_
        _obj.phones = phones
        _obj.site = site

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
