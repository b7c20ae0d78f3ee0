from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits")


@_attrs_define
class TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits:
    """Information on the product that was sold.

    Example:
        {'id': 123, 'title': 'My product', 'amount': -1, 'unit': 'PCS.', 'cost_per_unit': 1000, 'first_cost': -1000,
            'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status': 'paid_full'}

    """

    id: int | Unset = UNSET
    """ ID of the product. """
    title: str | Unset = UNSET
    """ Product's name. """
    amount: float | Unset = UNSET
    """ Count of products sold. """
    unit: str | Unset = UNSET
    """ Measurement unit of the sold product. """
    cost_per_unit: float | Unset = UNSET
    """ Price per unit before discount. """
    first_cost: Any | Unset = UNSET
    """ Full product price before discount. (Decimal) """
    discount_percent: float | Unset = UNSET
    """ Discount as a percentage. """
    cost_to_pay: float | Unset = UNSET
    """ Product price after the discount. """
    paid_sum: float | Unset = UNSET
    """ Product price after the discount. """
    payment_status: str | Unset = UNSET
    """ Payment status of the visit: `not_paid` - nothing has been paid; `paid_not_full` - partly paid; `paid_full`
    - fully paid with no overpayment; `paid_over` - overpaid (known values: not_paid, paid_not_full, paid_full,
    paid_over) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        amount = self.amount

        unit = self.unit

        cost_per_unit = self.cost_per_unit

        first_cost = self.first_cost

        discount_percent = self.discount_percent

        cost_to_pay = self.cost_to_pay

        paid_sum = self.paid_sum

        payment_status = self.payment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit is not UNSET:
            field_dict["unit"] = unit
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if paid_sum is not UNSET:
            field_dict["paid_sum"] = paid_sum
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        amount = d.pop("amount", UNSET)

        unit = d.pop("unit", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        paid_sum = d.pop("paid_sum", UNSET)

        payment_status = d.pop("payment_status", UNSET)

        the_object_of_the_model_sold_product_in_the_history_of_customer_visits = cls(
            id=id,
            title=title,
            amount=amount,
            unit=unit,
            cost_per_unit=cost_per_unit,
            first_cost=first_cost,
            discount_percent=discount_percent,
            cost_to_pay=cost_to_pay,
            paid_sum=paid_sum,
            payment_status=payment_status,
        )

        the_object_of_the_model_sold_product_in_the_history_of_customer_visits.additional_properties = d
        return the_object_of_the_model_sold_product_in_the_history_of_customer_visits

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
