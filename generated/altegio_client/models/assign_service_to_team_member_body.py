from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssignServiceToTeamMemberBody")


@_attrs_define
class AssignServiceToTeamMemberBody:
    master_id: float
    """ ID of the team member performing the service. """
    seance_length: float
    """ How long the given team member takes to provide the service, in seconds: at least 300 (5 minutes), at most
    86100 (23 hours 55 minutes). """
    technological_card_id: float | None
    """ ID of the bill of materials used when the service was provided. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        master_id = self.master_id

        seance_length = self.seance_length

        technological_card_id: float | None
        technological_card_id = self.technological_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "master_id": master_id,
                "seance_length": seance_length,
                "technological_card_id": technological_card_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        master_id = d.pop("master_id")

        seance_length = d.pop("seance_length")

        def _parse_technological_card_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        technological_card_id = _parse_technological_card_id(d.pop("technological_card_id"))

        assign_service_to_team_member_body = cls(
            master_id=master_id,
            seance_length=seance_length,
            technological_card_id=technological_card_id,
        )

        assign_service_to_team_member_body.additional_properties = d
        return assign_service_to_team_member_body

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
