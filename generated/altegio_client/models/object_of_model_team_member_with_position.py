from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position_compact import PositionCompact

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.position_compact import PositionCompact  # noqa: PLC0415

    _LAZY = (
        _v,
        PositionCompact,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "avatar",
        "avatar_big",
        "position",
        "is_paid_staff",
    }
)


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
        (
            _,
            PositionCompact,
        ) = _LAZY or _lazy()
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
        (
            _v,
            PositionCompact,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _v.str_(avatar_big, "avatar_big")

        _position = _get("position", UNSET)
        if _position is UNSET:
            position = UNSET
        elif _position is None:
            position = None
        else:
            try:
                position = PositionCompact.from_dict(_position)
            except _v.Invalid as _e:
                raise _v.at(_e, "position") from None

        is_paid_staff = _get("is_paid_staff", UNSET)
        if type(is_paid_staff) is not bool and is_paid_staff is not UNSET:
            is_paid_staff = _v.bool_(is_paid_staff, "is_paid_staff")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.company_id = company_id
        _obj.specialization = specialization
        _obj.avatar = avatar
        _obj.avatar_big = avatar_big
        _obj.position = position
        _obj.is_paid_staff = is_paid_staff

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
