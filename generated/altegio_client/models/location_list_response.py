from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location
    from ..models.location_list_response_meta_type_0 import LocationListResponseMetaType0


T = TypeVar("T", bound="LocationListResponse")


@_attrs_define
class LocationListResponse:
    """Fetch locations

    Example:
        {'success': True, 'data': [{'id': 1050, 'title': 'La Visage', 'public_title': 'La Visage Beauty', 'short_descr':
            'Beauty saloon', 'logo': 'https://app.alteg.io/images/no-master.png', 'active': 1, 'phone': '+13155550175',
            'phones': ['+13155550175'], 'email': 'info@lavisage.com', 'country_id': 7, 'schedule': '', 'country': 'United
            States', 'city_id': 181, 'city': 'New York', 'timezone': -5, 'timezone_name': 'America/New_York', 'address':
            'New York, 787 Jackson Drive', 'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'phone_confirmation':
            True, 'active_staff_count': 2, 'next_slot': '2026-03-23T10:10:00-05:00', 'app_ios': '', 'app_android': '',
            'currency_short_title': '$', 'reminds_sms_disabled': False, 'reminds_sms_default': 1, 'group_priority': 900,
            'bookform_group_priority': 0, 'description': '<p>Welcome to La Visage</p>', 'photos': [],
            'booking_widget_promo': None}], 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Succeeded (true) """
    data: list[Location] | Unset = UNSET
    """ List of objects """
    meta: list[Any] | LocationListResponseMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_list_response_meta_type_0 import LocationListResponseMetaType0  # noqa: PLC0415

        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, LocationListResponseMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location import Location  # noqa: PLC0415
        from ..models.location_list_response_meta_type_0 import LocationListResponseMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[Location] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Location.from_dict(data_item_data)

                data.append(data_item)

        def _parse_meta(data: object) -> list[Any] | LocationListResponseMetaType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = LocationListResponseMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            meta_type_1 = cast(list[Any], data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        location_list_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        location_list_response.additional_properties = d
        return location_list_response

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
