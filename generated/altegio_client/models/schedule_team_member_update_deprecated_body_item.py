from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "date",
        "is_working",
        "slots",
    }
)


T = TypeVar("T", bound="ScheduleTeamMemberUpdateDeprecatedBodyItem")


@_attrs_define
class ScheduleTeamMemberUpdateDeprecatedBodyItem:
    date: datetime.date
    """ Date of the schedule (YYYY-MM-DD) """
    is_working: bool
    """ Whether the team member works on this date """
    slots: list[ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem]
    """ Intervals of working time """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
        ) = _LAZY or _lazy()
        date = self.date.isoformat()

        is_working = self.is_working

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "is_working": is_working,
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "date" not in src_dict:
            raise _v.missing("date")
        date = _get("date", UNSET)
        if date is not UNSET:
            date = _v.date_(date, "date")

        if "is_working" not in src_dict:
            raise _v.missing("is_working")
        is_working = _get("is_working", UNSET)
        if type(is_working) is not bool and is_working is not UNSET:
            is_working = _v.bool_(is_working, "is_working")

        if "slots" not in src_dict:
            raise _v.missing("slots")
        _slots = _get("slots", UNSET)
        if _slots is UNSET:
            slots = UNSET
        else:
            if type(_slots) is not list:
                _slots = _v.array(_slots, "slots")
            slots = []
            try:
                for _item in _slots:
                    slots.append(ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "slots", slots) from None

        _obj = cls.__new__(cls)
        _obj.date = date
        _obj.is_working = is_working
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
