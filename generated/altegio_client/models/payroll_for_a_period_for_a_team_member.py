from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_currency import RootTypeForCurrency

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForCurrency,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "working_days_count",
        "working_hours_count",
        "group_services_count",
        "services_count",
        "services_sum",
        "goods_sales_count",
        "goods_sales_sum",
        "total_sum",
        "salary",
        "currency",
    }
)


T = TypeVar("T", bound="PayrollForAPeriodForATeamMember")


@_attrs_define
class PayrollForAPeriodForATeamMember:
    """One team member's payroll over a period."""

    working_days_count: int | Unset = UNSET
    """ Count of working days. """
    working_hours_count: int | Unset = UNSET
    """ Count of working hours. """
    group_services_count: int | Unset = UNSET
    """ Count of group services delivered. """
    services_count: int | Unset = UNSET
    """ Count of services delivered. """
    services_sum: str | Unset = UNSET
    """ Price of the services rendered. """
    goods_sales_count: int | Unset = UNSET
    """ Count of products sold. """
    goods_sales_sum: str | Unset = UNSET
    """ Cost of the products sold. """
    total_sum: str | Unset = UNSET
    """ Overall cost. """
    salary: str | Unset = UNSET
    """ Salary. """
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        working_days_count = self.working_days_count

        working_hours_count = self.working_hours_count

        group_services_count = self.group_services_count

        services_count = self.services_count

        services_sum = self.services_sum

        goods_sales_count = self.goods_sales_count

        goods_sales_sum = self.goods_sales_sum

        total_sum = self.total_sum

        salary = self.salary

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if working_days_count is not UNSET:
            field_dict["working_days_count"] = working_days_count
        if working_hours_count is not UNSET:
            field_dict["working_hours_count"] = working_hours_count
        if group_services_count is not UNSET:
            field_dict["group_services_count"] = group_services_count
        if services_count is not UNSET:
            field_dict["services_count"] = services_count
        if services_sum is not UNSET:
            field_dict["services_sum"] = services_sum
        if goods_sales_count is not UNSET:
            field_dict["goods_sales_count"] = goods_sales_count
        if goods_sales_sum is not UNSET:
            field_dict["goods_sales_sum"] = goods_sales_sum
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if salary is not UNSET:
            field_dict["salary"] = salary
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForCurrency,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        working_days_count = _get("working_days_count", UNSET)
        if type(working_days_count) is not int and working_days_count is not UNSET:
            working_days_count = _v.int_(working_days_count, "working_days_count")

        working_hours_count = _get("working_hours_count", UNSET)
        if type(working_hours_count) is not int and working_hours_count is not UNSET:
            working_hours_count = _v.int_(working_hours_count, "working_hours_count")

        group_services_count = _get("group_services_count", UNSET)
        if type(group_services_count) is not int and group_services_count is not UNSET:
            group_services_count = _v.int_(group_services_count, "group_services_count")

        services_count = _get("services_count", UNSET)
        if type(services_count) is not int and services_count is not UNSET:
            services_count = _v.int_(services_count, "services_count")

        services_sum = _get("services_sum", UNSET)
        if type(services_sum) is not str and services_sum is not UNSET:
            services_sum = _v.str_(services_sum, "services_sum")

        goods_sales_count = _get("goods_sales_count", UNSET)
        if type(goods_sales_count) is not int and goods_sales_count is not UNSET:
            goods_sales_count = _v.int_(goods_sales_count, "goods_sales_count")

        goods_sales_sum = _get("goods_sales_sum", UNSET)
        if type(goods_sales_sum) is not str and goods_sales_sum is not UNSET:
            goods_sales_sum = _v.str_(goods_sales_sum, "goods_sales_sum")

        total_sum = _get("total_sum", UNSET)
        if type(total_sum) is not str and total_sum is not UNSET:
            total_sum = _v.str_(total_sum, "total_sum")

        salary = _get("salary", UNSET)
        if type(salary) is not str and salary is not UNSET:
            salary = _v.str_(salary, "salary")

        _currency = _get("currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            try:
                currency = RootTypeForCurrency.from_dict(_currency)
            except _v.Invalid as _e:
                raise _v.at(_e, "currency") from None

        _obj = cls.__new__(cls)
        _obj.working_days_count = working_days_count
        _obj.working_hours_count = working_hours_count
        _obj.group_services_count = group_services_count
        _obj.services_count = services_count
        _obj.services_sum = services_sum
        _obj.goods_sales_count = goods_sales_count
        _obj.goods_sales_sum = goods_sales_sum
        _obj.total_sum = total_sum
        _obj.salary = salary
        _obj.currency = currency

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
