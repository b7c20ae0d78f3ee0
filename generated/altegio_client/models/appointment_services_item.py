from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_services_item_assistants_type_0_item import AppointmentServicesItemAssistantsType0Item

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.appointment_services_item_assistants_type_0_item import AppointmentServicesItemAssistantsType0Item  # noqa: PLC0415

    _LAZY = (
        _v,
        AppointmentServicesItemAssistantsType0Item,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "cost",
        "cost_to_pay",
        "manual_cost",
        "cost_per_unit",
        "discount",
        "first_cost",
        "amount",
        "assistants",
    }
)


T = TypeVar("T", bound="AppointmentServicesItem")


@_attrs_define
class AppointmentServicesItem:
    id: int | Unset = UNSET
    """ ID of the service """
    title: str | Unset = UNSET
    """ Name of the service """
    cost: Any | Unset = UNSET
    """ Overall price of the service (Decimal) """
    cost_to_pay: float | Unset = UNSET
    """ Sum due (cost less discounts and deposits) """
    manual_cost: Any | Unset = UNSET
    """ Price set by hand (Decimal) """
    cost_per_unit: float | Unset = UNSET
    """ Cost per unit """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    first_cost: Any | Unset = UNSET
    """ Original cost of the service before discounts (Decimal) """
    amount: float | Unset = UNSET
    """ How many """
    assistants: list[AppointmentServicesItemAssistantsType0Item] | None | Unset = UNSET
    """ Assistant team members for this service """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            AppointmentServicesItemAssistantsType0Item,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        cost = self.cost

        cost_to_pay = self.cost_to_pay

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        amount = self.amount

        assistants: list[dict[str, Any]] | None | Unset
        if isinstance(self.assistants, Unset):
            assistants = UNSET
        elif isinstance(self.assistants, list):
            assistants = []
            for assistants_type_0_item_data in self.assistants:
                assistants_type_0_item = assistants_type_0_item_data.to_dict()
                assistants.append(assistants_type_0_item)

        else:
            assistants = self.assistants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if amount is not UNSET:
            field_dict["amount"] = amount
        if assistants is not UNSET:
            field_dict["assistants"] = assistants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            AppointmentServicesItemAssistantsType0Item,
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

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        cost_to_pay = _get("cost_to_pay", UNSET)
        if type(cost_to_pay) is not float and cost_to_pay is not UNSET:
            cost_to_pay = _v.float_(cost_to_pay, "cost_to_pay")

        manual_cost = _get("manual_cost", UNSET)
        if type(manual_cost) is int:
            manual_cost = _Decimal(manual_cost)
        elif type(manual_cost) is not _Decimal and manual_cost is not UNSET:
            manual_cost = _v.money(manual_cost, "manual_cost")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and cost_per_unit is not UNSET:
            cost_per_unit = _v.float_(cost_per_unit, "cost_per_unit")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is int:
            first_cost = _Decimal(first_cost)
        elif type(first_cost) is not _Decimal and first_cost is not UNSET:
            first_cost = _v.money(first_cost, "first_cost")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        try:

            def _parse_assistants(data: object) -> list[AppointmentServicesItemAssistantsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError()
                assistants_type_0 = []
                _assistants_type_0 = data
                for assistants_type_0_item_data in _assistants_type_0:
                    assistants_type_0_item = AppointmentServicesItemAssistantsType0Item.from_dict(
                        assistants_type_0_item_data
                    )

                    assistants_type_0.append(assistants_type_0_item)

                return assistants_type_0

            assistants = _parse_assistants(_get("assistants", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "assistants", "list[AppointmentServicesItemAssistantsType0Item] | None", _get("assistants")
            ) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.cost = cost
        _obj.cost_to_pay = cost_to_pay
        _obj.manual_cost = manual_cost
        _obj.cost_per_unit = cost_per_unit
        _obj.discount = discount
        _obj.first_cost = first_cost
        _obj.amount = amount
        _obj.assistants = assistants

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
