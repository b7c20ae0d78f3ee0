from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_balance_object import SalaryBalanceObject


T = TypeVar("T", bound="MutualSettlementsGroupedByDatePayrollDailyItem")


@_attrs_define
class MutualSettlementsGroupedByDatePayrollDailyItem:
    date: datetime.date | None | Unset = UNSET
    """ Date. """
    payroll_sum: SalaryBalanceObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        payroll_sum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_sum, Unset):
            payroll_sum = self.payroll_sum.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if payroll_sum is not UNSET:
            field_dict["payroll_sum"] = payroll_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salary_balance_object import SalaryBalanceObject  # noqa: PLC0415

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

        _payroll_sum = d.pop("payroll_sum", UNSET)
        payroll_sum: SalaryBalanceObject | Unset
        if isinstance(_payroll_sum, Unset):
            payroll_sum = UNSET
        else:
            payroll_sum = SalaryBalanceObject.from_dict(_payroll_sum)

        mutual_settlements_grouped_by_date_payroll_daily_item = cls(
            date=date,
            payroll_sum=payroll_sum,
        )

        mutual_settlements_grouped_by_date_payroll_daily_item.additional_properties = d
        return mutual_settlements_grouped_by_date_payroll_daily_item

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
