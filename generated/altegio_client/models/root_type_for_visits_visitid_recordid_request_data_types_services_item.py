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
        "title",
        "cost",
        "cost_per_unit",
        "discount",
        "first_cost",
        "record_id",
    }
)


T = TypeVar("T", bound="RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem")


@_attrs_define
class RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem:
    id: float | Unset = UNSET
    """ ID of the service """
    title: str | Unset = UNSET
    """ Name of the service """
    cost: float | Unset = UNSET
    """ Overall price of the service """
    cost_per_unit: float | Unset = UNSET
    """ Price per unit """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    first_cost: float | Unset = UNSET
    """ Original cost of the service """
    record_id: float | Unset = UNSET
    """ ID of the appointment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cost = self.cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        record_id = self.record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if record_id is not UNSET:
            field_dict["record_id"] = record_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not float and id is not UNSET:
            id = _v.float_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        cost = _get("cost", UNSET)
        if type(cost) is not float and cost is not UNSET:
            cost = _v.float_(cost, "cost")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and cost_per_unit is not UNSET:
            cost_per_unit = _v.float_(cost_per_unit, "cost_per_unit")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is not float and first_cost is not UNSET:
            first_cost = _v.float_(first_cost, "first_cost")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not float and record_id is not UNSET:
            record_id = _v.float_(record_id, "record_id")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.cost = cost
        _obj.cost_per_unit = cost_per_unit
        _obj.discount = discount
        _obj.first_cost = first_cost
        _obj.record_id = record_id

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
