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


T = TypeVar("T", bound="SetTeamMemberScheduleBody")


@_attrs_define
class SetTeamMemberScheduleBody:
    schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
    """ Schedules to be created or updated """
    schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
    """ Schedules to remove (turn into non-working days) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.set_team_member_schedule_body_schedules_to_delete_item import (
            SetTeamMemberScheduleBodySchedulesToDeleteItem,  # noqa: PLC0415
        )
        from ..models.set_team_member_schedule_body_schedules_to_set_item import (
            SetTeamMemberScheduleBodySchedulesToSetItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _schedules_to_set = d.pop("schedules_to_set", UNSET)
        schedules_to_set: list[SetTeamMemberScheduleBodySchedulesToSetItem] | Unset = UNSET
        if _schedules_to_set is not UNSET:
            schedules_to_set = []
            for schedules_to_set_item_data in _schedules_to_set:
                schedules_to_set_item = SetTeamMemberScheduleBodySchedulesToSetItem.from_dict(
                    schedules_to_set_item_data
                )

                schedules_to_set.append(schedules_to_set_item)

        _schedules_to_delete = d.pop("schedules_to_delete", UNSET)
        schedules_to_delete: list[SetTeamMemberScheduleBodySchedulesToDeleteItem] | Unset = UNSET
        if _schedules_to_delete is not UNSET:
            schedules_to_delete = []
            for schedules_to_delete_item_data in _schedules_to_delete:
                schedules_to_delete_item = SetTeamMemberScheduleBodySchedulesToDeleteItem.from_dict(
                    schedules_to_delete_item_data
                )

                schedules_to_delete.append(schedules_to_delete_item)

        set_team_member_schedule_body = cls(
            schedules_to_set=schedules_to_set,
            schedules_to_delete=schedules_to_delete,
        )

        set_team_member_schedule_body.additional_properties = d
        return set_team_member_schedule_body

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
