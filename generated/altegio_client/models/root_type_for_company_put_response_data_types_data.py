from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_put_response_data_types_data_access import (
        RootTypeForCompanyPutResponseDataTypesDataAccess,
    )
    from ..models.root_type_for_company_put_response_data_types_data_main_group_type_0 import (
        RootTypeForCompanyPutResponseDataTypesDataMainGroupType0,
    )
    from ..models.root_type_for_company_put_response_data_types_data_social import (
        RootTypeForCompanyPutResponseDataTypesDataSocial,
    )


T = TypeVar("T", bound="RootTypeForCompanyPutResponseDataTypesData")


@_attrs_define
class RootTypeForCompanyPutResponseDataTypesData:
    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    country_id: int | Unset = UNSET
    """ ID of the country """
    country: str | Unset = UNSET
    """ Name of the country """
    city_id: int | Unset = UNSET
    """ ID of the city """
    city: str | Unset = UNSET
    """ Name of the city """
    timezone_name: str | Unset = UNSET
    """ Name of the time zone """
    address: str | Unset = UNSET
    """ Address of the location """
    zip_: str | Unset = UNSET
    """ Postal code """
    social: RootTypeForCompanyPutResponseDataTypesDataSocial | Unset = UNSET
    """ Social media links of the location """
    site: str | Unset = UNSET
    """ Website of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    description: str | Unset = UNSET
    """ Description """
    business_type_id: int | Unset = UNSET
    """ Kind of business """
    short_descr: str | Unset = UNSET
    """ Category of the business """
    phone_confirmation: bool | Unset = UNSET
    """ Whether the phone number must be confirmed by SMS when booking """
    group_priority: int | Unset = UNSET
    """ Higher priority places the location higher in the chain's location list """
    push_notification_phone_confirm: bool | int | Unset = UNSET
    """ Whether the client's number must be confirmed to send push notifications (0/1 or boolean) """
    main_group_id: int | Unset = UNSET
    """ ID of the location's main chain """
    main_group: list[Any] | RootTypeForCompanyPutResponseDataTypesDataMainGroupType0 | Unset = UNSET
    """ The location's main chain (an object, or an empty array) """
    access: RootTypeForCompanyPutResponseDataTypesDataAccess | Unset = UNSET
    """ List of access rights """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.root_type_for_company_put_response_data_types_data_main_group_type_0 import (
            RootTypeForCompanyPutResponseDataTypesDataMainGroupType0,  # noqa: PLC0415
        )

        id = self.id

        title = self.title

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone_name = self.timezone_name

        address = self.address

        zip_ = self.zip_

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        description = self.description

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        phone_confirmation = self.phone_confirmation

        group_priority = self.group_priority

        push_notification_phone_confirm: bool | int | Unset
        if isinstance(self.push_notification_phone_confirm, Unset):
            push_notification_phone_confirm = UNSET
        else:
            push_notification_phone_confirm = self.push_notification_phone_confirm

        main_group_id = self.main_group_id

        main_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, RootTypeForCompanyPutResponseDataTypesDataMainGroupType0):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
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
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_company_put_response_data_types_data_access import (
            RootTypeForCompanyPutResponseDataTypesDataAccess,  # noqa: PLC0415
        )
        from ..models.root_type_for_company_put_response_data_types_data_main_group_type_0 import (
            RootTypeForCompanyPutResponseDataTypesDataMainGroupType0,  # noqa: PLC0415
        )
        from ..models.root_type_for_company_put_response_data_types_data_social import (
            RootTypeForCompanyPutResponseDataTypesDataSocial,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        zip_ = d.pop("zip", UNSET)

        _social = d.pop("social", UNSET)
        social: RootTypeForCompanyPutResponseDataTypesDataSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = RootTypeForCompanyPutResponseDataTypesDataSocial.from_dict(_social)

        site = d.pop("site", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        description = d.pop("description", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        def _parse_push_notification_phone_confirm(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        push_notification_phone_confirm = _parse_push_notification_phone_confirm(
            d.pop("push_notification_phone_confirm", UNSET)
        )

        main_group_id = d.pop("main_group_id", UNSET)

        def _parse_main_group(
            data: object,
        ) -> list[Any] | RootTypeForCompanyPutResponseDataTypesDataMainGroupType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = RootTypeForCompanyPutResponseDataTypesDataMainGroupType0.from_dict(data)

                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            main_group_type_1 = cast(list[Any], data)

            return main_group_type_1

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        _access = d.pop("access", UNSET)
        access: RootTypeForCompanyPutResponseDataTypesDataAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = RootTypeForCompanyPutResponseDataTypesDataAccess.from_dict(_access)

        root_type_for_company_put_response_data_types_data = cls(
            id=id,
            title=title,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            timezone_name=timezone_name,
            address=address,
            zip_=zip_,
            social=social,
            site=site,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            description=description,
            business_type_id=business_type_id,
            short_descr=short_descr,
            phone_confirmation=phone_confirmation,
            group_priority=group_priority,
            push_notification_phone_confirm=push_notification_phone_confirm,
            main_group_id=main_group_id,
            main_group=main_group,
            access=access,
        )

        root_type_for_company_put_response_data_types_data.additional_properties = d
        return root_type_for_company_put_response_data_types_data

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
