from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "key-1",
    }
)


T = TypeVar("T", bound="UpdateClientResponse200DataCustomFields")


@_attrs_define
class UpdateClientResponse200DataCustomFields:
    key_1: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_1 = self.key_1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_1 is not UNSET:
            field_dict["key-1"] = key_1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        key_1 = _get("key-1", UNSET)
        if type(key_1) is not str and key_1 is not UNSET:
            key_1 = _v.str_(key_1, "key-1")

        update_client_response_200_data_custom_fields = cls(
            key_1=key_1,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            update_client_response_200_data_custom_fields.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return update_client_response_200_data_custom_fields

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
