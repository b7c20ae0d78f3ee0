from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryCalculationObject")


@_attrs_define
class SalaryCalculationObject:
    """
    Example:
        {'id': 123, 'company_id': 456, 'staff_id': 789, 'amount': 1000, 'status': 'confirmed', 'date_create':
            '2026-03-03', 'date_from': '2026-03-01', 'date_to': '2026-03-02', 'comment': 'Calculation per day'}

    """

    id: int | Unset = UNSET
    """ ID of the calculation. """
    company_id: int | Unset = UNSET
    """ ID of the location. """
    staff_id: int | Unset = UNSET
    """ ID of the team member. """
    amount: float | Unset = UNSET
    """ Salary amount as calculated. """
    status: str | Unset = UNSET
    """ State of the calculation (known values: draft, confirmed) """
    date_create: datetime.date | None | Unset = UNSET
    """ When the calculation was created. """
    date_from: datetime.date | None | Unset = UNSET
    """ First date of the calculation period. """
    date_to: datetime.date | None | Unset = UNSET
    """ Last date of the calculation period. """
    comment: str | Unset = UNSET
    """ Comment on the calculation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        amount = self.amount

        status = self.status

        date_create: None | str | Unset
        if isinstance(self.date_create, Unset):
            date_create = UNSET
        elif isinstance(self.date_create, datetime.date):
            date_create = self.date_create.isoformat()
        else:
            date_create = self.date_create

        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        elif isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        elif isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
            date_to = self.date_to

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        amount = d.pop("amount", UNSET)

        status = d.pop("status", UNSET)

        def _parse_date_create(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_create_type_0 = datetime.date.fromisoformat(data)

            return date_create_type_0

        date_create = _parse_date_create(d.pop("date_create", UNSET))

        def _parse_date_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_from_type_0 = datetime.date.fromisoformat(data)

            return date_from_type_0

        date_from = _parse_date_from(d.pop("date_from", UNSET))

        def _parse_date_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_to_type_0 = datetime.date.fromisoformat(data)

            return date_to_type_0

        date_to = _parse_date_to(d.pop("date_to", UNSET))

        comment = d.pop("comment", UNSET)

        salary_calculation_object = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            amount=amount,
            status=status,
            date_create=date_create,
            date_from=date_from,
            date_to=date_to,
            comment=comment,
        )

        salary_calculation_object.additional_properties = d
        return salary_calculation_object

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
