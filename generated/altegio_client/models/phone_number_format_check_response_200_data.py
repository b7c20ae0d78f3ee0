from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "is_valid",
    }
)


T = TypeVar("T", bound="PhoneNumberFormatCheckResponse200Data")


@_attrs_define
class PhoneNumberFormatCheckResponse200Data:
    is_valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_valid = self.is_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        is_valid = _get("is_valid", UNSET)
        if type(is_valid) is not bool and is_valid is not UNSET:
            is_valid = _v.bool_(is_valid, "is_valid")

        phone_number_format_check_response_200_data = cls(
            is_valid=is_valid,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            phone_number_format_check_response_200_data.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return phone_number_format_check_response_200_data

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
