from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_response_data_access import LocationResponseDataAccess
    from ..models.location_response_data_bookforms_item import LocationResponseDataBookformsItem
    from ..models.location_response_data_groups import LocationResponseDataGroups
    from ..models.location_response_data_main_group_type_0 import LocationResponseDataMainGroupType0
    from ..models.location_response_data_payment_policy import LocationResponseDataPaymentPolicy
    from ..models.location_response_data_social import LocationResponseDataSocial


T = TypeVar("T", bound="LocationResponseData")


@_attrs_define
class LocationResponseData:
    """Payload"""

    id: int | Unset = UNSET
    """ ID of the location """
    title: str | Unset = UNSET
    """ Name of the location """
    country_id: int | Unset = UNSET
    """ ID of the location's country """
    country: str | Unset = UNSET
    """ Country of the location """
    city_id: int | Unset = UNSET
    """ ID of the city in which the location is situated """
    city: str | Unset = UNSET
    """ City of the location """
    timezone_name: str | Unset = UNSET
    """ Time zone of the locations """
    address: str | Unset = UNSET
    """ Street address of the location """
    zip_: str | Unset = UNSET
    """ Postal code """
    social: LocationResponseDataSocial | Unset = UNSET
    """ Social media links of the location """
    site: str | Unset = UNSET
    """ Website of the location """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    phone_confirmation: bool | Unset = UNSET
    """ Whether the phone must be confirmed by SMS when booking """
    active_staff_count: int | Unset = UNSET
    """ Team members who can be booked """
    next_slot: datetime.datetime | None | Unset = UNSET
    """ Date and time of the location's next free session (ISO8601); returned only when the GET parameter
    forBooking=1 is sent """
    group_priority: int | Unset = UNSET
    """ Higher priority places the location higher in the chain's location list """
    push_notification_phone_confirm: bool | int | Unset = UNSET
    """ Whether the client's number must be confirmed to send push notifications (0/1 or boolean) """
    main_group_id: int | Unset = UNSET
    """ ID of the location's main chain """
    main_group: list[Any] | LocationResponseDataMainGroupType0 | Unset = UNSET
    """ The location's main chain (an object, or an empty array) """
    groups: LocationResponseDataGroups | Unset = UNSET
    """ Every location chain; present only when show_groups=1 """
    bookforms: list[LocationResponseDataBookformsItem] | Unset = UNSET
    """ Online booking forms (widgets) of the location """
    online_sales_form_url: str | Unset = UNSET
    """ URL of the appointment form; present only when bookform_id is set """
    payment_policy: LocationResponseDataPaymentPolicy | Unset = UNSET
    """ Payment policy currently active for the location """
    access: LocationResponseDataAccess | Unset = UNSET
    """ List of access rights; present only when my=1 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_response_data_main_group_type_0 import LocationResponseDataMainGroupType0  # noqa: PLC0415

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

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        next_slot: None | str | Unset
        if isinstance(self.next_slot, Unset):
            next_slot = UNSET
        elif isinstance(self.next_slot, datetime.datetime):
            next_slot = self.next_slot.isoformat()
        else:
            next_slot = self.next_slot

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
        elif isinstance(self.main_group, LocationResponseDataMainGroupType0):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        bookforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bookforms, Unset):
            bookforms = []
            for bookforms_item_data in self.bookforms:
                bookforms_item = bookforms_item_data.to_dict()
                bookforms.append(bookforms_item)

        online_sales_form_url = self.online_sales_form_url

        payment_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_policy, Unset):
            payment_policy = self.payment_policy.to_dict()

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
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if next_slot is not UNSET:
            field_dict["next_slot"] = next_slot
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if groups is not UNSET:
            field_dict["groups"] = groups
        if bookforms is not UNSET:
            field_dict["bookforms"] = bookforms
        if online_sales_form_url is not UNSET:
            field_dict["online_sales_form_url"] = online_sales_form_url
        if payment_policy is not UNSET:
            field_dict["payment_policy"] = payment_policy
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_response_data_access import LocationResponseDataAccess  # noqa: PLC0415
        from ..models.location_response_data_bookforms_item import LocationResponseDataBookformsItem  # noqa: PLC0415
        from ..models.location_response_data_groups import LocationResponseDataGroups  # noqa: PLC0415
        from ..models.location_response_data_main_group_type_0 import LocationResponseDataMainGroupType0  # noqa: PLC0415
        from ..models.location_response_data_payment_policy import LocationResponseDataPaymentPolicy  # noqa: PLC0415
        from ..models.location_response_data_social import LocationResponseDataSocial  # noqa: PLC0415

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
        social: LocationResponseDataSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = LocationResponseDataSocial.from_dict(_social)

        site = d.pop("site", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        def _parse_next_slot(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            next_slot_type_0 = datetime.datetime.fromisoformat(data)

            return next_slot_type_0

        next_slot = _parse_next_slot(d.pop("next_slot", UNSET))

        group_priority = d.pop("group_priority", UNSET)

        def _parse_push_notification_phone_confirm(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        push_notification_phone_confirm = _parse_push_notification_phone_confirm(
            d.pop("push_notification_phone_confirm", UNSET)
        )

        main_group_id = d.pop("main_group_id", UNSET)

        def _parse_main_group(data: object) -> list[Any] | LocationResponseDataMainGroupType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = LocationResponseDataMainGroupType0.from_dict(data)

                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            main_group_type_1 = cast(list[Any], data)

            return main_group_type_1

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        _groups = d.pop("groups", UNSET)
        groups: LocationResponseDataGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = LocationResponseDataGroups.from_dict(_groups)

        _bookforms = d.pop("bookforms", UNSET)
        bookforms: list[LocationResponseDataBookformsItem] | Unset = UNSET
        if _bookforms is not UNSET:
            bookforms = []
            for bookforms_item_data in _bookforms:
                bookforms_item = LocationResponseDataBookformsItem.from_dict(bookforms_item_data)

                bookforms.append(bookforms_item)

        online_sales_form_url = d.pop("online_sales_form_url", UNSET)

        _payment_policy = d.pop("payment_policy", UNSET)
        payment_policy: LocationResponseDataPaymentPolicy | Unset
        if isinstance(_payment_policy, Unset):
            payment_policy = UNSET
        else:
            payment_policy = LocationResponseDataPaymentPolicy.from_dict(_payment_policy)

        _access = d.pop("access", UNSET)
        access: LocationResponseDataAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = LocationResponseDataAccess.from_dict(_access)

        location_response_data = cls(
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
            phone_confirmation=phone_confirmation,
            active_staff_count=active_staff_count,
            next_slot=next_slot,
            group_priority=group_priority,
            push_notification_phone_confirm=push_notification_phone_confirm,
            main_group_id=main_group_id,
            main_group=main_group,
            groups=groups,
            bookforms=bookforms,
            online_sales_form_url=online_sales_form_url,
            payment_policy=payment_policy,
            access=access,
        )

        location_response_data.additional_properties = d
        return location_response_data

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
