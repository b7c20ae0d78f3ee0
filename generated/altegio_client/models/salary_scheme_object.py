from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_scheme_object_salary_scheme import SalarySchemeObjectSalaryScheme


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
        from ..models.salary_scheme_object_salary_scheme import SalarySchemeObjectSalaryScheme  # noqa: PLC0415

        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        def _parse_date_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_start_type_0 = datetime.datetime.fromisoformat(data)

            return date_start_type_0

        date_start = _parse_date_start(d.pop("date_start", UNSET))

        def _parse_date_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_end_type_0 = datetime.datetime.fromisoformat(data)

            return date_end_type_0

        date_end = _parse_date_end(d.pop("date_end", UNSET))

        _salary_scheme = d.pop("salary_scheme", UNSET)
        salary_scheme: SalarySchemeObjectSalaryScheme | Unset
        if isinstance(_salary_scheme, Unset):
            salary_scheme = UNSET
        else:
            salary_scheme = SalarySchemeObjectSalaryScheme.from_dict(_salary_scheme)

        salary_scheme_object = cls(
            staff_id=staff_id,
            date_start=date_start,
            date_end=date_end,
            salary_scheme=salary_scheme,
        )

        salary_scheme_object.additional_properties = d
        return salary_scheme_object

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
