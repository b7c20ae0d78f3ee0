from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_consumable_in_service import ModelObjectConsumableInService


T = TypeVar("T", bound="ModelObjectServiceInCustomersHistoryAppointment")


@_attrs_define
class ModelObjectServiceInCustomersHistoryAppointment:
    """Data of the service.

    Example:
        {'id': 123, 'title': 'My service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum':
            1000, 'payment_status': 'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1, 'cost_per_unit':
            1000, 'unit': 'PCS.'}]}

    """

    id: int | Unset = UNSET
    """ ID of the service. """
    title: str | Unset = UNSET
    """ Service's name. """
    first_cost: Any | Unset = UNSET
    """ Service price before discount. (Decimal) """
    discount_percent: float | Unset = UNSET
    """ Discount as a percentage. """
    cost_to_pay: float | Unset = UNSET
    """ Service price after the discount. """
    paid_sum: float | Unset = UNSET
    """ Sum paid by the customer. """
    payment_status: str | Unset = UNSET
    """ Payment status of the visit: `not_paid` - nothing has been paid; `paid_not_full` - partly paid; `paid_full`
    - fully paid with no overpayment; `paid_over` - overpaid (known values: not_paid, paid_not_full, paid_full,
    paid_over) """
    consumables: list[ModelObjectConsumableInService] | Unset = UNSET
    """ Product consumables linked to the service. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        first_cost = self.first_cost

        discount_percent = self.discount_percent

        cost_to_pay = self.cost_to_pay

        paid_sum = self.paid_sum

        payment_status = self.payment_status

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
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
        if consumables is not UNSET:
            field_dict["consumables"] = consumables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_object_consumable_in_service import ModelObjectConsumableInService  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        discount_percent = d.pop("discount_percent", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        paid_sum = d.pop("paid_sum", UNSET)

        payment_status = d.pop("payment_status", UNSET)

        _consumables = d.pop("consumables", UNSET)
        consumables: list[ModelObjectConsumableInService] | Unset = UNSET
        if _consumables is not UNSET:
            consumables = []
            for consumables_item_data in _consumables:
                consumables_item = ModelObjectConsumableInService.from_dict(consumables_item_data)

                consumables.append(consumables_item)

        model_object_service_in_customers_history_appointment = cls(
            id=id,
            title=title,
            first_cost=first_cost,
            discount_percent=discount_percent,
            cost_to_pay=cost_to_pay,
            paid_sum=paid_sum,
            payment_status=payment_status,
            consumables=consumables,
        )

        model_object_service_in_customers_history_appointment.additional_properties = d
        return model_object_service_in_customers_history_appointment

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
