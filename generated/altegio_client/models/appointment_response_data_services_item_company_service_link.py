from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "price_min",
        "price_max",
    }
)


T = TypeVar("T", bound="AppointmentResponseDataServicesItemCompanyServiceLink")


@_attrs_define
class AppointmentResponseDataServicesItemCompanyServiceLink:
    """Settings of the location service link"""

    price_min: float | Unset = UNSET
    """ Lowest price """
    price_max: float | Unset = UNSET
    """ Highest price """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_min = self.price_min

        price_max = self.price_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and price_min is not UNSET:
            price_min = _v.float_(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and price_max is not UNSET:
            price_max = _v.float_(price_max, "price_max")

        appointment_response_data_services_item_company_service_link = cls(
            price_min=price_min,
            price_max=price_max,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            appointment_response_data_services_item_company_service_link.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return appointment_response_data_services_item_company_service_link

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
