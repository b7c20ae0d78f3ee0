from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_documents_response_data_types_data_company_phones_item import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_documents_response_data_types_data_company_phones_item import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "public_title",
        "business_group_id",
        "business_type_id",
        "country_id",
        "city_id",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "logo",
        "zip",
        "phones",
        "site",
        "phone",
        "allow_delete_record",
        "allow_change_record",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany")


@_attrs_define
class RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany:
    """Location"""

    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    public_title: str | Unset = UNSET
    """ Location name shown to clients """
    business_group_id: int | Unset = UNSET
    """ ID of the business group """
    business_type_id: int | Unset = UNSET
    """ ID of the business type """
    country_id: int | Unset = UNSET
    """ ID of the country """
    city_id: int | Unset = UNSET
    """ ID of the city """
    timezone: float | Unset = UNSET
    """ ID of the time zone """
    timezone_name: str | Unset = UNSET
    """ Name of the time zone """
    address: str | Unset = UNSET
    """ Address of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    logo: str | Unset = UNSET
    """ Path where the location logo is stored """
    zip_: str | Unset = UNSET
    """ Postal code """
    phones: list[RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem] | Unset = UNSET
    """ Phone number of the location """
    site: str | Unset = UNSET
    """ Website of the location """
    phone: str | Unset = UNSET
    """ Phone of the location """
    allow_delete_record: bool | Unset = UNSET
    """ May delete records """
    allow_change_record: bool | Unset = UNSET
    """ May change records """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        public_title = self.public_title

        business_group_id = self.business_group_id

        business_type_id = self.business_type_id

        country_id = self.country_id

        city_id = self.city_id

        timezone = self.timezone

        timezone_name = self.timezone_name

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

        phone = self.phone

        allow_delete_record = self.allow_delete_record

        allow_change_record = self.allow_change_record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
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
        if logo is not UNSET:
            field_dict["logo"] = logo
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site
        if phone is not UNSET:
            field_dict["phone"] = phone
        if allow_delete_record is not UNSET:
            field_dict["allow_delete_record"] = allow_delete_record
        if allow_change_record is not UNSET:
            field_dict["allow_change_record"] = allow_change_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem,
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

        business_group_id = _get("business_group_id", UNSET)
        if type(business_group_id) is not int and business_group_id is not UNSET:
            business_group_id = _v.int_(business_group_id, "business_group_id")

        business_type_id = _get("business_type_id", UNSET)
        if type(business_type_id) is not int and business_type_id is not UNSET:
            business_type_id = _v.int_(business_type_id, "business_type_id")

        country_id = _get("country_id", UNSET)
        if type(country_id) is not int and country_id is not UNSET:
            country_id = _v.int_(country_id, "country_id")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _v.int_(city_id, "city_id")

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
                        RootTypeForStorageOperationDocumentsResponseDataTypesDataCompanyPhonesItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "phones", phones) from None

        site = _get("site", UNSET)
        if type(site) is not str and site is not UNSET:
            site = _v.str_(site, "site")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        allow_delete_record = _get("allow_delete_record", UNSET)
        if type(allow_delete_record) is not bool and allow_delete_record is not UNSET:
            allow_delete_record = _v.bool_(allow_delete_record, "allow_delete_record")

        allow_change_record = _get("allow_change_record", UNSET)
        if type(allow_change_record) is not bool and allow_change_record is not UNSET:
            allow_change_record = _v.bool_(allow_change_record, "allow_change_record")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.public_title = public_title
        _obj.business_group_id = business_group_id
        _obj.business_type_id = business_type_id
        _obj.country_id = country_id
        _obj.city_id = city_id
        _obj.timezone = timezone
        _obj.timezone_name = timezone_name
        _obj.address = address
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lon = coordinate_lon
        _obj.logo = logo
        _obj.zip_ = zip_
        _obj.phones = phones
        _obj.site = site
        _obj.phone = phone
        _obj.allow_delete_record = allow_delete_record
        _obj.allow_change_record = allow_change_record

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
