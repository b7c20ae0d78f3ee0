from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "from",
        "to",
    }
)


T = TypeVar("T", bound="SetTeamMemberScheduleResponse200DataItemSlotsItem")


@_attrs_define
class SetTeamMemberScheduleResponse200DataItemSlotsItem:
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        from_ = _get("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = _v.str_(from_, "from")

        to = _get("to", UNSET)
        if type(to) is not str and to is not UNSET:
            to = _v.str_(to, "to")

        set_team_member_schedule_response_200_data_item_slots_item = cls(
            from_=from_,
            to=to,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            set_team_member_schedule_response_200_data_item_slots_item.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return set_team_member_schedule_response_200_data_item_slots_item

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
