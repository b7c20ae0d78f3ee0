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
        "criteria_title",
        "param_title",
        "scheme_title",
    }
)


T = TypeVar("T", bound="PayrollCalculationRulesDetailsObject")


@_attrs_define
class PayrollCalculationRulesDetailsObject:
    criteria_title: str | Unset = UNSET
    """ Title of the payroll criterium. """
    param_title: str | Unset = UNSET
    """ Title of the payroll parameter. """
    scheme_title: str | Unset = UNSET
    """ Title of the payroll scheme. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria_title = self.criteria_title

        param_title = self.param_title

        scheme_title = self.scheme_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if criteria_title is not UNSET:
            field_dict["criteria_title"] = criteria_title
        if param_title is not UNSET:
            field_dict["param_title"] = param_title
        if scheme_title is not UNSET:
            field_dict["scheme_title"] = scheme_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        criteria_title = _get("criteria_title", UNSET)
        if type(criteria_title) is not str and criteria_title is not UNSET:
            criteria_title = _v.str_(criteria_title, "criteria_title")

        param_title = _get("param_title", UNSET)
        if type(param_title) is not str and param_title is not UNSET:
            param_title = _v.str_(param_title, "param_title")

        scheme_title = _get("scheme_title", UNSET)
        if type(scheme_title) is not str and scheme_title is not UNSET:
            scheme_title = _v.str_(scheme_title, "scheme_title")

        _obj = cls.__new__(cls)
        _obj.criteria_title = criteria_title
        _obj.param_title = param_title
        _obj.scheme_title = scheme_title

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
