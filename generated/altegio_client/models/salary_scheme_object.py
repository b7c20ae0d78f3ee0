from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_scheme_object_salary_scheme import SalarySchemeObjectSalaryScheme

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.salary_scheme_object_salary_scheme import SalarySchemeObjectSalaryScheme  # noqa: PLC0415

    _LAZY = (
        _v,
        SalarySchemeObjectSalaryScheme,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "staff_id",
        "date_start",
        "date_end",
        "salary_scheme",
    }
)


T = TypeVar("T", bound="SalarySchemeObject")


@_attrs_define
class SalarySchemeObject:
    staff_id: int | Unset = UNSET
    """ ID of the team member. """
    date_start: datetime.datetime | None | Unset = UNSET
    """ Date from which the salary scheme applies. """
    date_end: datetime.datetime | None | Unset = UNSET
    """ Date from which the salary scheme applies; null when the scheme is unlimited. """
    salary_scheme: SalarySchemeObjectSalaryScheme | Unset = UNSET
    """ Salary scheme. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SalarySchemeObjectSalaryScheme,
        ) = _LAZY or _lazy()
        staff_id = self.staff_id

        date_start: None | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        elif isinstance(self.date_start, datetime.datetime):
            date_start = self.date_start.isoformat()
        else:
            date_start = self.date_start

        date_end: None | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        elif isinstance(self.date_end, datetime.datetime):
            date_end = self.date_end.isoformat()
        else:
            date_end = self.date_end

        salary_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_scheme, Unset):
            salary_scheme = self.salary_scheme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if salary_scheme is not UNSET:
            field_dict["salary_scheme"] = salary_scheme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SalarySchemeObjectSalaryScheme,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _v.int_(staff_id, "staff_id")

        date_start = _get("date_start", UNSET)
        if type(date_start) is str:
            try:
                date_start = _v.fromisoformat(date_start)
            except ValueError:
                date_start = _v.datetime_(date_start, "date_start")
        elif date_start is not UNSET:
            date_start = _v.datetime_(date_start, "date_start", True)

        date_end = _get("date_end", UNSET)
        if type(date_end) is str:
            try:
                date_end = _v.fromisoformat(date_end)
            except ValueError:
                date_end = _v.datetime_(date_end, "date_end")
        elif date_end is not UNSET:
            date_end = _v.datetime_(date_end, "date_end", True)

        _salary_scheme = _get("salary_scheme", UNSET)
        if _salary_scheme is UNSET:
            salary_scheme = UNSET
        else:
            try:
                salary_scheme = SalarySchemeObjectSalaryScheme.from_dict(_salary_scheme)
            except _v.Invalid as _e:
                raise _v.at(_e, "salary_scheme") from None

        _obj = cls.__new__(cls)
        _obj.staff_id = staff_id
        _obj.date_start = date_start
        _obj.date_end = date_end
        _obj.salary_scheme = salary_scheme

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
