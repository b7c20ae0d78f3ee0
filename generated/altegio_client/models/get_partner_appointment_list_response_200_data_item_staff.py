from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "company_id",
        "specialization",
        "position",
        "rating",
        "show_rating",
        "comments_count",
        "votes_count",
        "average_score",
        "avatar",
        "prepaid",
    }
)


T = TypeVar("T", bound="GetPartnerAppointmentListResponse200DataItemStaff")


@_attrs_define
class GetPartnerAppointmentListResponse200DataItemStaff:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: str | Unset = UNSET
    position: list[Any] | Unset = UNSET
    rating: float | Unset = UNSET
    show_rating: bool | Unset = UNSET
    comments_count: int | Unset = UNSET
    votes_count: int | Unset = UNSET
    average_score: float | Unset = UNSET
    avatar: str | Unset = UNSET
    prepaid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        position: list[Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        rating = self.rating

        show_rating = self.show_rating

        comments_count = self.comments_count

        votes_count = self.votes_count

        average_score = self.average_score

        avatar = self.avatar

        prepaid = self.prepaid

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
        if position is not UNSET:
            field_dict["position"] = position
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if average_score is not UNSET:
            field_dict["average_score"] = average_score
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
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

        _position = _get("position", UNSET)
        if _position is UNSET:
            position = UNSET
        else:
            if type(_position) is not list:
                _position = _v.array(_position, "position")
            position = _position

        rating = _get("rating", UNSET)
        if type(rating) is not float and rating is not UNSET:
            rating = _v.float_(rating, "rating")

        show_rating = _get("show_rating", UNSET)
        if type(show_rating) is not bool and show_rating is not UNSET:
            show_rating = _v.bool_(show_rating, "show_rating")

        comments_count = _get("comments_count", UNSET)
        if type(comments_count) is not int and comments_count is not UNSET:
            comments_count = _v.int_(comments_count, "comments_count")

        votes_count = _get("votes_count", UNSET)
        if type(votes_count) is not int and votes_count is not UNSET:
            votes_count = _v.int_(votes_count, "votes_count")

        average_score = _get("average_score", UNSET)
        if type(average_score) is not float and average_score is not UNSET:
            average_score = _v.float_(average_score, "average_score")

        avatar = _get("avatar", UNSET)
        if type(avatar) is not str and avatar is not UNSET:
            avatar = _v.str_(avatar, "avatar")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _v.str_(prepaid, "prepaid")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.company_id = company_id
        _obj.specialization = specialization
        _obj.position = position
        _obj.rating = rating
        _obj.show_rating = show_rating
        _obj.comments_count = comments_count
        _obj.votes_count = votes_count
        _obj.average_score = average_score
        _obj.avatar = avatar
        _obj.prepaid = prepaid

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
