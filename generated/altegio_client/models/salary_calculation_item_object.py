from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_details_object import PaymentDetailsObject
    from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject
    from ..models.payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject
    from ..models.salary_calculation_item_target_object import SalaryCalculationItemTargetObject


T = TypeVar("T", bound="SalaryCalculationItemObject")


@_attrs_define
class SalaryCalculationItemObject:
    date: datetime.date | None | Unset = UNSET
    """ Date. """
    time: str | Unset = UNSET
    """ Time value. """
    item_id: int | Unset = UNSET
    """ ID of the entity the salary is calculated for (for example an appointment or sale ID). """
    item_type_slug: str | Unset = UNSET
    """ Kind of entity the salary is calculated for (e.g. appointment or sale) (known values: periodic, sale,
    record, bonus, penalty, retro_bonus, activity) """
    salary_sum: str | Unset = UNSET
    """ Salary total as calculated. """
    record_id: float | None | Unset = UNSET
    """ ID of the appointment. """
    client_id: float | None | Unset = UNSET
    """ ID of the customer. """
    cost: None | str | Unset = UNSET
    """ Base price. """
    paid: None | PaymentDetailsObject | Unset = UNSET
    """ Details of the payment. """
    salary_calculation_info: PayrollCalculationRulesDetailsObject | Unset = UNSET
    targets: list[SalaryCalculationItemTargetObject] | Unset = UNSET
    salary_discrepancy: None | PayrollCalculationDiscrepancyDetailsObject | Unset = UNSET
    """ Details of any payroll calculation discrepancy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_details_object import PaymentDetailsObject  # noqa: PLC0415
        from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject  # noqa: PLC0415

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        time = self.time

        item_id = self.item_id

        item_type_slug = self.item_type_slug

        salary_sum = self.salary_sum

        record_id: float | None | Unset
        if isinstance(self.record_id, Unset):
            record_id = UNSET
        else:
            record_id = self.record_id

        client_id: float | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        paid: dict[str, Any] | None | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        elif isinstance(self.paid, PaymentDetailsObject):
            paid = self.paid.to_dict()
        else:
            paid = self.paid

        salary_calculation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_calculation_info, Unset):
            salary_calculation_info = self.salary_calculation_info.to_dict()

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        salary_discrepancy: dict[str, Any] | None | Unset
        if isinstance(self.salary_discrepancy, Unset):
            salary_discrepancy = UNSET
        elif isinstance(self.salary_discrepancy, PayrollCalculationDiscrepancyDetailsObject):
            salary_discrepancy = self.salary_discrepancy.to_dict()
        else:
            salary_discrepancy = self.salary_discrepancy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_slug is not UNSET:
            field_dict["item_type_slug"] = item_type_slug
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if paid is not UNSET:
            field_dict["paid"] = paid
        if salary_calculation_info is not UNSET:
            field_dict["salary_calculation_info"] = salary_calculation_info
        if targets is not UNSET:
            field_dict["targets"] = targets
        if salary_discrepancy is not UNSET:
            field_dict["salary_discrepancy"] = salary_discrepancy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_details_object import PaymentDetailsObject  # noqa: PLC0415
        from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject  # noqa: PLC0415
        from ..models.payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject  # noqa: PLC0415
        from ..models.salary_calculation_item_target_object import SalaryCalculationItemTargetObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.date.fromisoformat(data)

            return date_type_0

        date = _parse_date(d.pop("date", UNSET))

        time = d.pop("time", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_type_slug = d.pop("item_type_slug", UNSET)

        salary_sum = d.pop("salary_sum", UNSET)

        def _parse_record_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        record_id = _parse_record_id(d.pop("record_id", UNSET))

        def _parse_client_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_paid(data: object) -> None | PaymentDetailsObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            paid_type_0 = PaymentDetailsObject.from_dict(data)

            return paid_type_0

        paid = _parse_paid(d.pop("paid", UNSET))

        _salary_calculation_info = d.pop("salary_calculation_info", UNSET)
        salary_calculation_info: PayrollCalculationRulesDetailsObject | Unset
        if isinstance(_salary_calculation_info, Unset):
            salary_calculation_info = UNSET
        else:
            salary_calculation_info = PayrollCalculationRulesDetailsObject.from_dict(_salary_calculation_info)

        _targets = d.pop("targets", UNSET)
        targets: list[SalaryCalculationItemTargetObject] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = SalaryCalculationItemTargetObject.from_dict(targets_item_data)

                targets.append(targets_item)

        def _parse_salary_discrepancy(data: object) -> None | PayrollCalculationDiscrepancyDetailsObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            salary_discrepancy_type_0 = PayrollCalculationDiscrepancyDetailsObject.from_dict(data)

            return salary_discrepancy_type_0

        salary_discrepancy = _parse_salary_discrepancy(d.pop("salary_discrepancy", UNSET))

        salary_calculation_item_object = cls(
            date=date,
            time=time,
            item_id=item_id,
            item_type_slug=item_type_slug,
            salary_sum=salary_sum,
            record_id=record_id,
            client_id=client_id,
            cost=cost,
            paid=paid,
            salary_calculation_info=salary_calculation_info,
            targets=targets,
            salary_discrepancy=salary_discrepancy,
        )

        salary_calculation_item_object.additional_properties = d
        return salary_calculation_item_object

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
