from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

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
        "master_id",
        "seance_length",
        "technological_card_id",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "master_id" not in src_dict:
            raise _v.missing("master_id")
        master_id = _get("master_id", UNSET)
        if type(master_id) is not float and master_id is not UNSET:
            master_id = _v.float_(master_id, "master_id")

        if "seance_length" not in src_dict:
            raise _v.missing("seance_length")
        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and seance_length is not UNSET:
            seance_length = _v.float_(seance_length, "seance_length")

        if "technological_card_id" not in src_dict:
            raise _v.missing("technological_card_id")
        technological_card_id = _get("technological_card_id", UNSET)
        if type(technological_card_id) is not float and technological_card_id is not UNSET:
            technological_card_id = _v.float_(technological_card_id, "technological_card_id", True)

        _obj = cls.__new__(cls)
        _obj.master_id = master_id
        _obj.seance_length = seance_length
        _obj.technological_card_id = technological_card_id

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
