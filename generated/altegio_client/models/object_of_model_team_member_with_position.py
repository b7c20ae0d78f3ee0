from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position_compact import PositionCompact


T = TypeVar("T", bound="ObjectOfModelTeamMemberWithPosition")


@_attrs_define
class ObjectOfModelTeamMemberWithPosition:
    """
    Example:
        {'id': 123, 'name': 'John Johnson', 'company_id': 123, 'specialization': 'Master', 'avatar':
            'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-master.png',
            'position': {'id': 123, 'title': 'Position'}, 'is_paid_staff': False}

    """

    id: int | Unset = UNSET
    """ ID of the team member. """
    name: str | Unset = UNSET
    """ Team member's name. """
    company_id: int | Unset = UNSET
    """ ID of the location in which the team member was created. """
    specialization: str | Unset = UNSET
    """ The team member's specialization. """
    avatar: str | Unset = UNSET
    """ URL of the team member's avatar (small size). """
    avatar_big: str | Unset = UNSET
    """ URL of the team member's avatar (original size). """
    position: None | PositionCompact | Unset = UNSET
    """ The team member's position. """
    is_paid_staff: bool | Unset = UNSET
    """ Whether the team member counts as a paid staff member in the licence price. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.position_compact import PositionCompact  # noqa: PLC0415

        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        avatar = self.avatar

        avatar_big = self.avatar_big

        position: dict[str, Any] | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(self.position, PositionCompact):
            position = self.position.to_dict()
        else:
            position = self.position

        is_paid_staff = self.is_paid_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if position is not UNSET:
            field_dict["position"] = position
        if is_paid_staff is not UNSET:
            field_dict["is_paid_staff"] = is_paid_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position_compact import PositionCompact  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        def _parse_position(data: object) -> None | PositionCompact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            position_type_0 = PositionCompact.from_dict(data)

            return position_type_0

        position = _parse_position(d.pop("position", UNSET))

        is_paid_staff = d.pop("is_paid_staff", UNSET)

        object_of_model_team_member_with_position = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            avatar=avatar,
            avatar_big=avatar_big,
            position=position,
            is_paid_staff=is_paid_staff,
        )

        object_of_model_team_member_with_position.additional_properties = d
        return object_of_model_team_member_with_position

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
