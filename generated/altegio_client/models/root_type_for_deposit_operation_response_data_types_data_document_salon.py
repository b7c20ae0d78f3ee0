from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RootTypeForDepositOperationResponseDataTypesDataDocumentSalon")


@_attrs_define
class RootTypeForDepositOperationResponseDataTypesDataDocumentSalon:
    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    public_title: str | Unset = UNSET
    """ Location name shown on external resources """
    business_group_id: int | Unset = UNSET
    """ ID of the business group """
    business_type_id: int | Unset = UNSET
    """ ID of the business type """
    country_id: int | Unset = UNSET
    """ ID of the location's country """
    city_id: int | Unset = UNSET
    """ ID of the city in which the location is situated """
    timezone: float | Unset = UNSET
    """ Time zone of the location """
    timezone_name: str | Unset = UNSET
    """ Name of the time zone """
    address: str | Unset = UNSET
    """ Street address of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    logo: str | Unset = UNSET
    """ Path to the location's logo image """
    zip_: str | Unset = UNSET
    """ Postal code """
    phone: str | Unset = UNSET
    """ Telephong """
    phones: list[str] | Unset = UNSET
    """ Phones """
    site: str | Unset = UNSET
    """ Website of the location """
    allow_delete_record: bool | Unset = UNSET
    """ Whether the appointment can be deleted """
    allow_change_record: bool | Unset = UNSET
    """ Whether the appointment can be changed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        site = self.site

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
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site
        if allow_delete_record is not UNSET:
            field_dict["allow_delete_record"] = allow_delete_record
        if allow_change_record is not UNSET:
            field_dict["allow_change_record"] = allow_change_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        public_title = d.pop("public_title", UNSET)

        business_group_id = d.pop("business_group_id", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        country_id = d.pop("country_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        logo = d.pop("logo", UNSET)

        zip_ = d.pop("zip", UNSET)

        phone = d.pop("phone", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        site = d.pop("site", UNSET)

        allow_delete_record = d.pop("allow_delete_record", UNSET)

        allow_change_record = d.pop("allow_change_record", UNSET)

        root_type_for_deposit_operation_response_data_types_data_document_salon = cls(
            id=id,
            title=title,
            public_title=public_title,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            country_id=country_id,
            city_id=city_id,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            logo=logo,
            zip_=zip_,
            phone=phone,
            phones=phones,
            site=site,
            allow_delete_record=allow_delete_record,
            allow_change_record=allow_change_record,
        )

        root_type_for_deposit_operation_response_data_types_data_document_salon.additional_properties = d
        return root_type_for_deposit_operation_response_data_types_data_document_salon

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
