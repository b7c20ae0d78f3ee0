from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_consumable_in_service import ModelObjectConsumableInService

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.model_object_consumable_in_service import ModelObjectConsumableInService  # noqa: PLC0415

    _LAZY = (
        _v,
        ModelObjectConsumableInService,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "first_cost",
        "discount_percent",
        "cost_to_pay",
        "paid_sum",
        "payment_status",
        "consumables",
    }
)


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
        (
            _,
            ModelObjectConsumableInService,
        ) = _LAZY or _lazy()
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
        (
            _v,
            ModelObjectConsumableInService,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is int:
            first_cost = _Decimal(first_cost)
        elif type(first_cost) is not _Decimal and first_cost is not UNSET:
            first_cost = _v.money(first_cost, "first_cost")

        discount_percent = _get("discount_percent", UNSET)
        if type(discount_percent) is not float and discount_percent is not UNSET:
            discount_percent = _v.float_(discount_percent, "discount_percent")

        cost_to_pay = _get("cost_to_pay", UNSET)
        if type(cost_to_pay) is not float and cost_to_pay is not UNSET:
            cost_to_pay = _v.float_(cost_to_pay, "cost_to_pay")

        paid_sum = _get("paid_sum", UNSET)
        if type(paid_sum) is not float and paid_sum is not UNSET:
            paid_sum = _v.float_(paid_sum, "paid_sum")

        payment_status = _get("payment_status", UNSET)
        if type(payment_status) is not str and payment_status is not UNSET:
            payment_status = _v.str_(payment_status, "payment_status")

        _consumables = _get("consumables", UNSET)
        if _consumables is UNSET:
            consumables = UNSET
        else:
            if type(_consumables) is not list:
                _consumables = _v.array(_consumables, "consumables")
            consumables = []
            try:
                for _item in _consumables:
                    consumables.append(ModelObjectConsumableInService.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "consumables", consumables) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.first_cost = first_cost
        _obj.discount_percent = discount_percent
        _obj.cost_to_pay = cost_to_pay
        _obj.paid_sum = paid_sum
        _obj.payment_status = payment_status
        _obj.consumables = consumables

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
