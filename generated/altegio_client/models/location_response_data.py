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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.location_response_data_access import LocationResponseDataAccess  # noqa: PLC0415
    from ..models.location_response_data_bookforms_item import LocationResponseDataBookformsItem  # noqa: PLC0415
    from ..models.location_response_data_groups import LocationResponseDataGroups  # noqa: PLC0415
    from ..models.location_response_data_main_group_type_0 import LocationResponseDataMainGroupType0  # noqa: PLC0415
    from ..models.location_response_data_payment_policy import LocationResponseDataPaymentPolicy  # noqa: PLC0415
    from ..models.location_response_data_social import LocationResponseDataSocial  # noqa: PLC0415

    _LAZY = (
        _v,
        LocationResponseDataAccess,
        LocationResponseDataBookformsItem,
        LocationResponseDataGroups,
        LocationResponseDataMainGroupType0,
        LocationResponseDataPaymentPolicy,
        LocationResponseDataSocial,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "timezone_name",
        "address",
        "zip",
        "social",
        "site",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "next_slot",
        "group_priority",
        "push_notification_phone_confirm",
        "main_group_id",
        "main_group",
        "groups",
        "bookforms",
        "online_sales_form_url",
        "payment_policy",
        "access",
    }
)


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
        (
            _,
            LocationResponseDataAccess,
            LocationResponseDataBookformsItem,
            LocationResponseDataGroups,
            LocationResponseDataMainGroupType0,
            LocationResponseDataPaymentPolicy,
            LocationResponseDataSocial,
        ) = _LAZY or _lazy()
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
        (
            _v,
            LocationResponseDataAccess,
            LocationResponseDataBookformsItem,
            LocationResponseDataGroups,
            LocationResponseDataMainGroupType0,
            LocationResponseDataPaymentPolicy,
            LocationResponseDataSocial,
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

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = _v.str_(country, "country")

        city_id = _get("city_id", UNSET)
        if type(city_id) is not int and city_id is not UNSET:
            city_id = _v.int_(city_id, "city_id")

        city = _get("city", UNSET)
        if type(city) is not str and city is not UNSET:
            city = _v.str_(city, "city")

        timezone_name = _get("timezone_name", UNSET)
        if type(timezone_name) is not str and timezone_name is not UNSET:
            timezone_name = _v.str_(timezone_name, "timezone_name")

        address = _get("address", UNSET)
        if type(address) is not str and address is not UNSET:
            address = _v.str_(address, "address")

        zip_ = _get("zip", UNSET)
        if type(zip_) is not str and zip_ is not UNSET:
            zip_ = _v.str_(zip_, "zip")

        _social = _get("social", UNSET)
        if _social is UNSET:
            social = UNSET
        else:
            try:
                social = LocationResponseDataSocial.from_dict(_social)
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

        phone_confirmation = _get("phone_confirmation", UNSET)
        if type(phone_confirmation) is not bool and phone_confirmation is not UNSET:
            phone_confirmation = _v.bool_(phone_confirmation, "phone_confirmation")

        active_staff_count = _get("active_staff_count", UNSET)
        if type(active_staff_count) is not int and active_staff_count is not UNSET:
            active_staff_count = _v.int_(active_staff_count, "active_staff_count")

        next_slot = _get("next_slot", UNSET)
        if type(next_slot) is str:
            try:
                next_slot = _v.fromisoformat(next_slot)
            except ValueError:
                next_slot = _v.datetime_(next_slot, "next_slot")
        elif next_slot is not UNSET:
            next_slot = _v.datetime_(next_slot, "next_slot", True)

        group_priority = _get("group_priority", UNSET)
        if type(group_priority) is not int and group_priority is not UNSET:
            group_priority = _v.int_(group_priority, "group_priority")

        push_notification_phone_confirm = _get("push_notification_phone_confirm", UNSET)
        if type(push_notification_phone_confirm) not in (bool, int) and push_notification_phone_confirm is not UNSET:
            raise _v.wrong(
                "push_notification_phone_confirm", "a boolean or an integer", push_notification_phone_confirm
            )

        main_group_id = _get("main_group_id", UNSET)
        if type(main_group_id) is not int and main_group_id is not UNSET:
            main_group_id = _v.int_(main_group_id, "main_group_id")

        try:

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

            main_group = _parse_main_group(_get("main_group", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "main_group", "list[Any] | LocationResponseDataMainGroupType0", _get("main_group")
            ) from None

        _groups = _get("groups", UNSET)
        if _groups is UNSET:
            groups = UNSET
        else:
            try:
                groups = LocationResponseDataGroups.from_dict(_groups)
            except _v.Invalid as _e:
                raise _v.at(_e, "groups") from None

        _bookforms = _get("bookforms", UNSET)
        if _bookforms is UNSET:
            bookforms = UNSET
        else:
            if type(_bookforms) is not list:
                _bookforms = _v.array(_bookforms, "bookforms")
            bookforms = []
            try:
                for _item in _bookforms:
                    bookforms.append(LocationResponseDataBookformsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "bookforms", bookforms) from None

        online_sales_form_url = _get("online_sales_form_url", UNSET)
        if type(online_sales_form_url) is not str and online_sales_form_url is not UNSET:
            online_sales_form_url = _v.str_(online_sales_form_url, "online_sales_form_url")

        _payment_policy = _get("payment_policy", UNSET)
        if _payment_policy is UNSET:
            payment_policy = UNSET
        else:
            try:
                payment_policy = LocationResponseDataPaymentPolicy.from_dict(_payment_policy)
            except _v.Invalid as _e:
                raise _v.at(_e, "payment_policy") from None

        _access = _get("access", UNSET)
        if _access is UNSET:
            access = UNSET
        else:
            try:
                access = LocationResponseDataAccess.from_dict(_access)
            except _v.Invalid as _e:
                raise _v.at(_e, "access") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.country_id = country_id
        _obj.country = country
        _obj.city_id = city_id
        _obj.city = city
        _obj.timezone_name = timezone_name
        _obj.address = address
        _obj.zip_ = zip_
        _obj.social = social
        _obj.site = site
        _obj.coordinate_lat = coordinate_lat
        _obj.coordinate_lon = coordinate_lon
        _obj.phone_confirmation = phone_confirmation
        _obj.active_staff_count = active_staff_count
        _obj.next_slot = next_slot
        _obj.group_priority = group_priority
        _obj.push_notification_phone_confirm = push_notification_phone_confirm
        _obj.main_group_id = main_group_id
        _obj.main_group = main_group
        _obj.groups = groups
        _obj.bookforms = bookforms
        _obj.online_sales_form_url = online_sales_form_url
        _obj.payment_policy = payment_policy
        _obj.access = access

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
