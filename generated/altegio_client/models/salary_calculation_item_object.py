from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_details_object import PaymentDetailsObject
    from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject
    from ..models.payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject
    from ..models.salary_calculation_item_target_object import SalaryCalculationItemTargetObject

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.payment_details_object import PaymentDetailsObject  # noqa: PLC0415
    from ..models.payroll_calculation_discrepancy_details_object import PayrollCalculationDiscrepancyDetailsObject  # noqa: PLC0415
    from ..models.payroll_calculation_rules_details_object import PayrollCalculationRulesDetailsObject  # noqa: PLC0415
    from ..models.salary_calculation_item_target_object import SalaryCalculationItemTargetObject  # noqa: PLC0415

    _LAZY = (
        _v,
        PaymentDetailsObject,
        PayrollCalculationDiscrepancyDetailsObject,
        PayrollCalculationRulesDetailsObject,
        SalaryCalculationItemTargetObject,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "date",
        "time",
        "item_id",
        "item_type_slug",
        "salary_sum",
        "record_id",
        "client_id",
        "cost",
        "paid",
        "salary_calculation_info",
        "targets",
        "salary_discrepancy",
    }
)


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
        (
            _,
            PaymentDetailsObject,
            PayrollCalculationDiscrepancyDetailsObject,
            PayrollCalculationRulesDetailsObject,
            SalaryCalculationItemTargetObject,
        ) = _LAZY or _lazy()
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
        (
            _v,
            PaymentDetailsObject,
            PayrollCalculationDiscrepancyDetailsObject,
            PayrollCalculationRulesDetailsObject,
            SalaryCalculationItemTargetObject,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        date = _get("date", UNSET)
        if date is not UNSET:
            date = _v.date_(date, "date", True)

        time = _get("time", UNSET)
        if type(time) is not str and time is not UNSET:
            time = _v.str_(time, "time")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _v.int_(item_id, "item_id")

        item_type_slug = _get("item_type_slug", UNSET)
        if type(item_type_slug) is not str and item_type_slug is not UNSET:
            item_type_slug = _v.str_(item_type_slug, "item_type_slug")

        salary_sum = _get("salary_sum", UNSET)
        if type(salary_sum) is not str and salary_sum is not UNSET:
            salary_sum = _v.str_(salary_sum, "salary_sum")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not float and record_id is not UNSET:
            record_id = _v.float_(record_id, "record_id", True)

        client_id = _get("client_id", UNSET)
        if type(client_id) is not float and client_id is not UNSET:
            client_id = _v.float_(client_id, "client_id", True)

        cost = _get("cost", UNSET)
        if type(cost) is not str and cost is not UNSET:
            cost = _v.str_(cost, "cost", True)

        _paid = _get("paid", UNSET)
        if _paid is UNSET:
            paid = UNSET
        elif _paid is None:
            paid = None
        else:
            try:
                paid = PaymentDetailsObject.from_dict(_paid)
            except _v.Invalid as _e:
                raise _v.at(_e, "paid") from None

        _salary_calculation_info = _get("salary_calculation_info", UNSET)
        if _salary_calculation_info is UNSET:
            salary_calculation_info = UNSET
        else:
            try:
                salary_calculation_info = PayrollCalculationRulesDetailsObject.from_dict(_salary_calculation_info)
            except _v.Invalid as _e:
                raise _v.at(_e, "salary_calculation_info") from None

        _targets = _get("targets", UNSET)
        if _targets is UNSET:
            targets = UNSET
        else:
            if type(_targets) is not list:
                _targets = _v.array(_targets, "targets")
            targets = []
            try:
                for _item in _targets:
                    targets.append(SalaryCalculationItemTargetObject.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "targets", targets) from None

        _salary_discrepancy = _get("salary_discrepancy", UNSET)
        if _salary_discrepancy is UNSET:
            salary_discrepancy = UNSET
        elif _salary_discrepancy is None:
            salary_discrepancy = None
        else:
            try:
                salary_discrepancy = PayrollCalculationDiscrepancyDetailsObject.from_dict(_salary_discrepancy)
            except _v.Invalid as _e:
                raise _v.at(_e, "salary_discrepancy") from None

        _obj = cls.__new__(cls)
        _obj.date = date
        _obj.time = time
        _obj.item_id = item_id
        _obj.item_type_slug = item_type_slug
        _obj.salary_sum = salary_sum
        _obj.record_id = record_id
        _obj.client_id = client_id
        _obj.cost = cost
        _obj.paid = paid
        _obj.salary_calculation_info = salary_calculation_info
        _obj.targets = targets
        _obj.salary_discrepancy = salary_discrepancy

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
