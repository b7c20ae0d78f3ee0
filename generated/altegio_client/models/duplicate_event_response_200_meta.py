from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "count",
    }
)


T = TypeVar("T", bound="DuplicateEventResponse200Meta")


@_attrs_define
class DuplicateEventResponse200Meta:
    count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        count = _get("count", UNSET)
        if type(count) is not float and count is not UNSET:
            count = _v.float_(count, "count")

        duplicate_event_response_200_meta = cls(
            count=count,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            duplicate_event_response_200_meta.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return duplicate_event_response_200_meta

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
