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
        "date",
        "service_id",
        "staff_id",
        "capacity",
        "force",
        "resource_instance_ids",
        "length",
    }
)


T = TypeVar("T", bound="EventRequest")


@_attrs_define
class EventRequest:
    """Request body for creating or updating an event

    Example:
        {'date': '2026-10-10 15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
            'resource_instance_ids': [3127], 'force': False}

    """

    date: str
    """ Date with time """
    service_id: float
    """ ID of the service """
    staff_id: float
    """ ID of the team member """
    capacity: float
    """ Capacity """
    force: bool
    """ Skip errors such as a busy team member or busy resources """
    resource_instance_ids: list[float] | Unset = UNSET
    """ IDs of resource instances """
    length: float | Unset = UNSET
    """ Length of the event in seconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        service_id = self.service_id

        staff_id = self.staff_id

        capacity = self.capacity

        force = self.force

        resource_instance_ids: list[float] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "service_id": service_id,
                "staff_id": staff_id,
                "capacity": capacity,
                "force": force,
            }
        )
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "date" not in src_dict:
            raise _v.missing("date")
        date = _get("date", UNSET)
        if type(date) is not str and date is not UNSET:
            date = _v.str_(date, "date")

        if "service_id" not in src_dict:
            raise _v.missing("service_id")
        service_id = _get("service_id", UNSET)
        if type(service_id) is not float and service_id is not UNSET:
            service_id = _v.float_(service_id, "service_id")

        if "staff_id" not in src_dict:
            raise _v.missing("staff_id")
        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not float and staff_id is not UNSET:
            staff_id = _v.float_(staff_id, "staff_id")

        if "capacity" not in src_dict:
            raise _v.missing("capacity")
        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and capacity is not UNSET:
            capacity = _v.float_(capacity, "capacity")

        if "force" not in src_dict:
            raise _v.missing("force")
        force = _get("force", UNSET)
        if type(force) is not bool and force is not UNSET:
            force = _v.bool_(force, "force")

        _resource_instance_ids = _get("resource_instance_ids", UNSET)
        if _resource_instance_ids is UNSET:
            resource_instance_ids = UNSET
        else:
            if type(_resource_instance_ids) is not list:
                _resource_instance_ids = _v.array(_resource_instance_ids, "resource_instance_ids")
            resource_instance_ids = []
            try:
                for _item in _resource_instance_ids:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(resource_instance_ids))

                    resource_instance_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "resource_instance_ids") from None

        length = _get("length", UNSET)
        if type(length) is not float and length is not UNSET:
            length = _v.float_(length, "length")

        _obj = cls.__new__(cls)
        _obj.date = date
        _obj.service_id = service_id
        _obj.staff_id = staff_id
        _obj.capacity = capacity
        _obj.force = force
        _obj.resource_instance_ids = resource_instance_ids
        _obj.length = length

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
