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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415
    from ..models.salary_calculation_item_object import SalaryCalculationItemObject  # noqa: PLC0415

    _LAZY = (
        _v,
        RootTypeForCurrency,
        SalaryCalculationItemObject,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "amount",
        "status",
        "date_create",
        "date_from",
        "date_to",
        "comment",
        "salary_items",
        "currency",
    }
)


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
        (
            _,
            RootTypeForCurrency,
            SalaryCalculationItemObject,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForCurrency,
            SalaryCalculationItemObject,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _v.int_(staff_id, "staff_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        status = _get("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = _v.str_(status, "status")

        date_create = _get("date_create", UNSET)
        if date_create is not UNSET:
            date_create = _v.date_(date_create, "date_create", True)

        date_from = _get("date_from", UNSET)
        if date_from is not UNSET:
            date_from = _v.date_(date_from, "date_from", True)

        date_to = _get("date_to", UNSET)
        if date_to is not UNSET:
            date_to = _v.date_(date_to, "date_to", True)

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        _salary_items = _get("salary_items", UNSET)
        if _salary_items is UNSET:
            salary_items = UNSET
        else:
            if type(_salary_items) is not list:
                _salary_items = _v.array(_salary_items, "salary_items")
            salary_items = []
            try:
                for _item in _salary_items:
                    salary_items.append(SalaryCalculationItemObject.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "salary_items", salary_items) from None

        _currency = _get("currency", UNSET)
        if _currency is UNSET:
            currency = UNSET
        else:
            try:
                currency = RootTypeForCurrency.from_dict(_currency)
            except _v.Invalid as _e:
                raise _v.at(_e, "currency") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.company_id = company_id
        _obj.staff_id = staff_id
        _obj.amount = amount
        _obj.status = status
        _obj.date_create = date_create
        _obj.date_from = date_from
        _obj.date_to = date_to
        _obj.comment = comment
        _obj.salary_items = salary_items
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
