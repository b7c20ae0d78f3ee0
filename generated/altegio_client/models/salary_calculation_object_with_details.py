from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_currency import RootTypeForCurrency
    from ..models.salary_calculation_item_object import SalaryCalculationItemObject


T = TypeVar("T", bound="SalaryCalculationObjectWithDetails")


@_attrs_define
class SalaryCalculationObjectWithDetails:
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
    salary_items: list[SalaryCalculationItemObject] | Unset = UNSET
    """ Items of the salary calculation. """
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
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

        salary_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.salary_items, Unset):
            salary_items = []
            for salary_items_item_data in self.salary_items:
                salary_items_item = salary_items_item_data.to_dict()
                salary_items.append(salary_items_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

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
        if salary_items is not UNSET:
            field_dict["salary_items"] = salary_items
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415
        from ..models.salary_calculation_item_object import SalaryCalculationItemObject  # noqa: PLC0415

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

        _salary_items = d.pop("salary_items", UNSET)
        salary_items: list[SalaryCalculationItemObject] | Unset = UNSET
        if _salary_items is not UNSET:
            salary_items = []
            for salary_items_item_data in _salary_items:
                salary_items_item = SalaryCalculationItemObject.from_dict(salary_items_item_data)

                salary_items.append(salary_items_item)

        _currency = d.pop("currency", UNSET)
        currency: RootTypeForCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = RootTypeForCurrency.from_dict(_currency)

        salary_calculation_object_with_details = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            amount=amount,
            status=status,
            date_create=date_create,
            date_from=date_from,
            date_to=date_to,
            comment=comment,
            salary_items=salary_items,
            currency=currency,
        )

        salary_calculation_object_with_details.additional_properties = d
        return salary_calculation_object_with_details

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
