from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
        SetTeamMemberScheduleBodySchedulesToDeleteItem,
    )
    from ..models.set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
        SetTeamMemberScheduleBodySchedulesToDeleteItem,  # noqa: PLC0415
    )
    from ..models.set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem  # noqa: PLC0415

    _LAZY = (
        _v,
        SetTeamMemberScheduleBodySchedulesToDeleteItem,
        SetTeamMemberScheduleBodySchedulesToSetItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "schedules_to_set",
        "schedules_to_delete",
    }
)


T = TypeVar("T", bound="SetTeamMemberScheduleBody")


@_attrs_define
class SetTeamMemberScheduleBody:
    schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
    """ Schedules to be created or updated """
    schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
    """ Schedules to remove (turn into non-working days) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SetTeamMemberScheduleBodySchedulesToDeleteItem,
            SetTeamMemberScheduleBodySchedulesToSetItem,
        ) = _LAZY or _lazy()
        schedules_to_set: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules_to_set, Unset):
            schedules_to_set = []
            for schedules_to_set_item_data in self.schedules_to_set:
                schedules_to_set_item = schedules_to_set_item_data.to_dict()
                schedules_to_set.append(schedules_to_set_item)

        schedules_to_delete: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules_to_delete, Unset):
            schedules_to_delete = []
            for schedules_to_delete_item_data in self.schedules_to_delete:
                schedules_to_delete_item = schedules_to_delete_item_data.to_dict()
                schedules_to_delete.append(schedules_to_delete_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedules_to_set is not UNSET:
            field_dict["schedules_to_set"] = schedules_to_set
        if schedules_to_delete is not UNSET:
            field_dict["schedules_to_delete"] = schedules_to_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SetTeamMemberScheduleBodySchedulesToDeleteItem,
            SetTeamMemberScheduleBodySchedulesToSetItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _schedules_to_set = _get("schedules_to_set", UNSET)
        if _schedules_to_set is UNSET:
            schedules_to_set = UNSET
        else:
            if type(_schedules_to_set) is not list:
                _schedules_to_set = _v.array(_schedules_to_set, "schedules_to_set")
            schedules_to_set = []
            try:
                for _item in _schedules_to_set:
                    schedules_to_set.append(SetTeamMemberScheduleBodySchedulesToSetItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "schedules_to_set", schedules_to_set) from None

        _schedules_to_delete = _get("schedules_to_delete", UNSET)
        if _schedules_to_delete is UNSET:
            schedules_to_delete = UNSET
        else:
            if type(_schedules_to_delete) is not list:
                _schedules_to_delete = _v.array(_schedules_to_delete, "schedules_to_delete")
            schedules_to_delete = []
            try:
                for _item in _schedules_to_delete:
                    schedules_to_delete.append(SetTeamMemberScheduleBodySchedulesToDeleteItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "schedules_to_delete", schedules_to_delete) from None

        _obj = cls.__new__(cls)
        _obj.schedules_to_set = schedules_to_set
        _obj.schedules_to_delete = schedules_to_delete

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
