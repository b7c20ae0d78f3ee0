from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateServiceTeamMemberAssignmentBody")


@_attrs_define
class UpdateServiceTeamMemberAssignmentBody:
    seance_length: float
    """ How long the given team member takes to provide the service, in seconds: at least 300 (5 minutes), at most
    86100 (23 hours 55 minutes). """
    technological_card_id: float | None
    """ ID of the bill of materials used when the service was provided. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seance_length = self.seance_length

        technological_card_id: float | None
        technological_card_id = self.technological_card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seance_length": seance_length,
                "technological_card_id": technological_card_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seance_length = d.pop("seance_length")

        def _parse_technological_card_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        technological_card_id = _parse_technological_card_id(d.pop("technological_card_id"))

        update_service_team_member_assignment_body = cls(
            seance_length=seance_length,
            technological_card_id=technological_card_id,
        )

        update_service_team_member_assignment_body.additional_properties = d
        return update_service_team_member_assignment_body

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
