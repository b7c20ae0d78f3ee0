from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalarySchemesCount")


@_attrs_define
class SalarySchemesCount:
    staff_id: int | Unset = UNSET
    """ ID of the team member. """
    salary_schemes_count: int | Unset = UNSET
    """ Number of salary schemes that apply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        salary_schemes_count = self.salary_schemes_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if salary_schemes_count is not UNSET:
            field_dict["salary_schemes_count"] = salary_schemes_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        salary_schemes_count = d.pop("salary_schemes_count", UNSET)

        salary_schemes_count = cls(
            staff_id=staff_id,
            salary_schemes_count=salary_schemes_count,
        )

        salary_schemes_count.additional_properties = d
        return salary_schemes_count

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
