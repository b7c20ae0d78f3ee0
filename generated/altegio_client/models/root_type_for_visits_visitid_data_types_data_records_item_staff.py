from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_staff_position import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_visits_visitid_data_types_data_records_item_staff_position import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "specialization",
        "position",
        "avatar",
        "avatar_big",
        "rating",
        "votes_count",
    }
)


T = TypeVar("T", bound="RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff")


@_attrs_define
class RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff:
    """Information about the team member"""

    id: int | Unset = UNSET
    """ ID of the team member """
    name: str | Unset = UNSET
    """ Name of the team member """
    specialization: str | Unset = UNSET
    """ Specialization of the team member """
    position: RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition | Unset = UNSET
    """ Position of the team member """
    avatar: str | Unset = UNSET
    """ Path to the team member's avatar file """
    avatar_big: str | Unset = UNSET
    """ Path to a higher-resolution avatar file of the team member """
    rating: float | Unset = UNSET
    """ Rating """
    votes_count: int | Unset = UNSET
    """ Count of votes rating this team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition,
        ) = _LAZY or _lazy()
        id = self.id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        avatar = self.avatar

        avatar_big = self.avatar_big

        rating = self.rating

        votes_count = self.votes_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition,
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

        specialization = _get("specialization", UNSET)
        if type(specialization) is not str and specialization is not UNSET:
            specialization = _v.str_(specialization, "specialization")

        _position = _get("position", UNSET)
        if _position is UNSET:
            position = UNSET
        else:
            try:
                position = RootTypeForVisitsVisitidDataTypesDataRecordsItemStaffPosition.from_dict(_position)
            except _v.Invalid as _e:
                raise _v.at(_e, "position") from None

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        avatar_big = _get("avatar_big", UNSET)
        if type(avatar_big) is not str and avatar_big is not UNSET:
            avatar_big = _v.str_(avatar_big, "avatar_big")

        rating = _get("rating", UNSET)
        if type(rating) is not float and rating is not UNSET:
            rating = _v.float_(rating, "rating")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _v.int_(votes_count, "votes_count")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.specialization = specialization
        _obj.position = position
        _obj.avatar = avatar
        _obj.avatar_big = avatar_big
        _obj.rating = rating
        _obj.votes_count = votes_count

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
