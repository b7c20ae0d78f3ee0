from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "type",
    }
)


T = TypeVar("T", bound="LocationResponseDataPaymentPolicy")


@_attrs_define
class LocationResponseDataPaymentPolicy:
    """Payment policy currently active for the location"""

    type_: str | Unset = UNSET
    """ Payment policy: none (off), deposit (prepaid deposit) or card_guarantee (card guarantee) (known values:
    none, deposit, card_guarantee) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        location_response_data_payment_policy = cls(
            type_=type_,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            location_response_data_payment_policy.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return location_response_data_payment_policy

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
