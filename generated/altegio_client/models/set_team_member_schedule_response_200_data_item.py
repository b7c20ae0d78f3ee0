from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_response_200_data_item_slots_item import (
        SetTeamMemberScheduleResponse200DataItemSlotsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.set_team_member_schedule_response_200_data_item_slots_item import (
        SetTeamMemberScheduleResponse200DataItemSlotsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SetTeamMemberScheduleResponse200DataItemSlotsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "team_member_id",
        "date",
        "slots",
    }
)


T = TypeVar("T", bound="SetTeamMemberScheduleResponse200DataItem")


@_attrs_define
class SetTeamMemberScheduleResponse200DataItem:
    team_member_id: int | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    slots: list[SetTeamMemberScheduleResponse200DataItemSlotsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SetTeamMemberScheduleResponse200DataItemSlotsItem,
        ) = _LAZY or _lazy()
        team_member_id = self.team_member_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if date is not UNSET:
            field_dict["date"] = date
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SetTeamMemberScheduleResponse200DataItemSlotsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        team_member_id = _get("team_member_id", UNSET)
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _v.int_(team_member_id, "team_member_id")

        date = _get("date", UNSET)
        if date is not UNSET:
            date = _v.date_(date, "date", True)

        _slots = _get("slots", UNSET)
        if _slots is UNSET:
            slots = UNSET
        else:
            if type(_slots) is not list:
                _slots = _v.array(_slots, "slots")
            slots = []
            try:
                for _item in _slots:
                    slots.append(SetTeamMemberScheduleResponse200DataItemSlotsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "slots", slots) from None

        _obj = cls.__new__(cls)
        _obj.team_member_id = team_member_id
        _obj.date = date
        _obj.slots = slots

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
