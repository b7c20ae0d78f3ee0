from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_calculation_item_target_rule_object import SalaryCalculationItemTargetRuleObject

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.salary_calculation_item_target_rule_object import SalaryCalculationItemTargetRuleObject  # noqa: PLC0415

    _LAZY = (
        _v,
        SalaryCalculationItemTargetRuleObject,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "target_type_slug",
        "target_id",
        "title",
        "cost",
        "net_cost",
        "salary_sum",
        "salary_promotion_sum",
        "salary_calculation",
    }
)


T = TypeVar("T", bound="SalaryCalculationItemTargetObject")


@_attrs_define
class SalaryCalculationItemTargetObject:
    target_type_slug: None | str | Unset = UNSET
    """ Kind of target (known values: service, good) """
    target_id: float | None | Unset = UNSET
    """ ID of the target. """
    title: str | Unset = UNSET
    """ Name of the target. """
    cost: None | str | Unset = UNSET
    """ Sale cost of the target. """
    net_cost: None | str | Unset = UNSET
    """ Net cost of the target. """
    salary_sum: None | str | Unset = UNSET
    """ Sum of calculated salary for a target. """
    salary_promotion_sum: None | str | Unset = UNSET
    """ Salary amount calculated for reaching a target's promotion. """
    salary_calculation: None | SalaryCalculationItemTargetRuleObject | Unset = UNSET
    """ Salary calculation rule for the target. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SalaryCalculationItemTargetRuleObject,
        ) = _LAZY or _lazy()
        target_type_slug: None | str | Unset
        if isinstance(self.target_type_slug, Unset):
            target_type_slug = UNSET
        else:
            target_type_slug = self.target_type_slug

        target_id: float | None | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        title = self.title

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        net_cost: None | str | Unset
        if isinstance(self.net_cost, Unset):
            net_cost = UNSET
        else:
            net_cost = self.net_cost

        salary_sum: None | str | Unset
        if isinstance(self.salary_sum, Unset):
            salary_sum = UNSET
        else:
            salary_sum = self.salary_sum

        salary_promotion_sum: None | str | Unset
        if isinstance(self.salary_promotion_sum, Unset):
            salary_promotion_sum = UNSET
        else:
            salary_promotion_sum = self.salary_promotion_sum

        salary_calculation: dict[str, Any] | None | Unset
        if isinstance(self.salary_calculation, Unset):
            salary_calculation = UNSET
        elif isinstance(self.salary_calculation, SalaryCalculationItemTargetRuleObject):
            salary_calculation = self.salary_calculation.to_dict()
        else:
            salary_calculation = self.salary_calculation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_type_slug is not UNSET:
            field_dict["target_type_slug"] = target_type_slug
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if net_cost is not UNSET:
            field_dict["net_cost"] = net_cost
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if salary_promotion_sum is not UNSET:
            field_dict["salary_promotion_sum"] = salary_promotion_sum
        if salary_calculation is not UNSET:
            field_dict["salary_calculation"] = salary_calculation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SalaryCalculationItemTargetRuleObject,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        target_type_slug = _get("target_type_slug", UNSET)
        if type(target_type_slug) is not str and target_type_slug is not UNSET:
            target_type_slug = _v.str_(target_type_slug, "target_type_slug", True)

        target_id = _get("target_id", UNSET)
        if type(target_id) is not float and target_id is not UNSET:
            target_id = _v.float_(target_id, "target_id", True)

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        cost = _get("cost", UNSET)
        if type(cost) is not str and cost is not UNSET:
            cost = _v.str_(cost, "cost", True)

        net_cost = _get("net_cost", UNSET)
        if type(net_cost) is not str and net_cost is not UNSET:
            net_cost = _v.str_(net_cost, "net_cost", True)

        salary_sum = _get("salary_sum", UNSET)
        if type(salary_sum) is not str and salary_sum is not UNSET:
            salary_sum = _v.str_(salary_sum, "salary_sum", True)

        salary_promotion_sum = _get("salary_promotion_sum", UNSET)
        if type(salary_promotion_sum) is not str and salary_promotion_sum is not UNSET:
            salary_promotion_sum = _v.str_(salary_promotion_sum, "salary_promotion_sum", True)

        _salary_calculation = _get("salary_calculation", UNSET)
        if _salary_calculation is UNSET:
            salary_calculation = UNSET
        elif _salary_calculation is None:
            salary_calculation = None
        else:
            try:
                salary_calculation = SalaryCalculationItemTargetRuleObject.from_dict(_salary_calculation)
            except _v.Invalid as _e:
                raise _v.at(_e, "salary_calculation") from None

        _obj = cls.__new__(cls)
        _obj.target_type_slug = target_type_slug
        _obj.target_id = target_id
        _obj.title = title
        _obj.cost = cost
        _obj.net_cost = net_cost
        _obj.salary_sum = salary_sum
        _obj.salary_promotion_sum = salary_promotion_sum
        _obj.salary_calculation = salary_calculation

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
