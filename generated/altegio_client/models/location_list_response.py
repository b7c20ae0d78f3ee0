from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location
    from ..models.location_list_response_meta_type_0 import LocationListResponseMetaType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.location import Location  # noqa: PLC0415
    from ..models.location_list_response_meta_type_0 import LocationListResponseMetaType0  # noqa: PLC0415

    _LAZY = (
        _v,
        Location,
        LocationListResponseMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


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
        (
            _,
            Location,
            LocationListResponseMetaType0,
        ) = _LAZY or _lazy()
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
        (
            _v,
            Location,
            LocationListResponseMetaType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            try:
                for _item in _data:
                    data.append(Location.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        try:

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

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "meta", "list[Any] | LocationListResponseMetaType0", _get("meta")) from None

        _obj = cls.__new__(cls)
        _obj.success = success
        _obj.data = data
        _obj.meta = meta

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
