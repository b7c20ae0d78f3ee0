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
        "client_id",
        "schedule_days_ids",
        "comer_id",
    }
)


T = TypeVar("T", bound="CreateTimetableClientScheduleBody")


@_attrs_define
class CreateTimetableClientScheduleBody:
    client_id: float
    """ ID of the client for whom the client schedule is created. """
    schedule_days_ids: list[float]
    """ Schedule series IDs: at least 1, at most 7. """
    comer_id: float | Unset = UNSET
    """ ID of the client's comer used to create a client schedule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        schedule_days_ids = self.schedule_days_ids

        comer_id = self.comer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "schedule_days_ids": schedule_days_ids,
            }
        )
        if comer_id is not UNSET:
            field_dict["comer_id"] = comer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "client_id" not in src_dict:
            raise _v.missing("client_id")
        client_id = _get("client_id", UNSET)
        if type(client_id) is not float and client_id is not UNSET:
            client_id = _v.float_(client_id, "client_id")

        if "schedule_days_ids" not in src_dict:
            raise _v.missing("schedule_days_ids")
        _schedule_days_ids = _get("schedule_days_ids", UNSET)
        if _schedule_days_ids is UNSET:
            schedule_days_ids = UNSET
        else:
            if type(_schedule_days_ids) is not list:
                _schedule_days_ids = _v.array(_schedule_days_ids, "schedule_days_ids")
            schedule_days_ids = []
            try:
                for _item in _schedule_days_ids:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(schedule_days_ids))

                    schedule_days_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "schedule_days_ids") from None

        comer_id = _get("comer_id", UNSET)
        if type(comer_id) is not float and comer_id is not UNSET:
            comer_id = _v.float_(comer_id, "comer_id")

        _obj = cls.__new__(cls)
        _obj.client_id = client_id
        _obj.schedule_days_ids = schedule_days_ids
        _obj.comer_id = comer_id

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
