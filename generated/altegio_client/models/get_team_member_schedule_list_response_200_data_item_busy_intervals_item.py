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
        "entity_type",
        "entity_id",
        "from",
        "to",
    }
)


T = TypeVar("T", bound="GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem")


@_attrs_define
class GetTeamMemberScheduleListResponse200DataItemBusyIntervalsItem:
    entity_type: str | Unset = UNSET
    """ Kind of entity that takes up the interval (known values: record, activity) """
    entity_id: int | Unset = UNSET
    """ ID of the entity (an appointment or event ID) """
    from_: str | Unset = UNSET
    """ Start time of the interval (HH:mm:ss) """
    to: str | Unset = UNSET
    """ End time of the interval (HH:mm:ss) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        entity_id = self.entity_id

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        entity_type = _get("entity_type", UNSET)
        if type(entity_type) is not str and entity_type is not UNSET:
            entity_type = _v.str_(entity_type, "entity_type")

        entity_id = _get("entity_id", UNSET)
        if type(entity_id) is not int and entity_id is not UNSET:
            entity_id = _v.int_(entity_id, "entity_id")

        from_ = _get("from", UNSET)
        if type(from_) is not str and from_ is not UNSET:
            from_ = _v.str_(from_, "from")

        to = _get("to", UNSET)
        if type(to) is not str and to is not UNSET:
            to = _v.str_(to, "to")

        _obj = cls.__new__(cls)
        _obj.entity_type = entity_type
        _obj.entity_id = entity_id
        _obj.from_ = from_
        _obj.to = to

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
