from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "item_id",
        "item_type_id",
        "record_id",
        "item_title",
        "amount",
        "first_cost",
        "manual_cost",
        "discount",
        "cost",
        "master_id",
        "good_id",
        "service_id",
        "event_id",
        "is_service",
        "is_event",
        "is_good",
    }
)


T = TypeVar("T", bound="RootTypeForVisitDetailsDataTypesDataItemsItem")


@_attrs_define
class RootTypeForVisitDetailsDataTypesDataItemsItem:
    """Array of sale objects"""

    id: int | Unset = UNSET
    """ ID of the array entity """
    item_id: int | Unset = UNSET
    """ ID of the product or service """
    item_type_id: int | Unset = UNSET
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    item_title: str | Unset = UNSET
    """ Product or service name """
    amount: float | Unset = UNSET
    """ How many """
    first_cost: Any | Unset = UNSET
    """ Price before changes (Decimal) """
    manual_cost: Any | Unset = UNSET
    """ Price set by hand (Decimal) """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    cost: Any | Unset = UNSET
    """ Final price after every discount and promotion (Decimal) """
    master_id: int | Unset = UNSET
    """ ID of the team member """
    good_id: int | Unset = UNSET
    """ ID of the product """
    service_id: int | Unset = UNSET
    """ ID of the service """
    event_id: int | Unset = UNSET
    """ ID of the promotion """
    is_service: bool | Unset = UNSET
    """ Item is a service """
    is_event: bool | Unset = UNSET
    """ Item is a promotion """
    is_good: bool | Unset = UNSET
    """ Item is a product """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_id = self.item_id

        item_type_id = self.item_type_id

        record_id = self.record_id

        item_title = self.item_title

        amount = self.amount

        first_cost = self.first_cost

        manual_cost = self.manual_cost

        discount = self.discount

        cost = self.cost

        master_id = self.master_id

        good_id = self.good_id

        service_id = self.service_id

        event_id = self.event_id

        is_service = self.is_service

        is_event = self.is_event

        is_good = self.is_good

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if item_title is not UNSET:
            field_dict["item_title"] = item_title
        if amount is not UNSET:
            field_dict["amount"] = amount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if cost is not UNSET:
            field_dict["cost"] = cost
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if is_service is not UNSET:
            field_dict["is_service"] = is_service
        if is_event is not UNSET:
            field_dict["is_event"] = is_event
        if is_good is not UNSET:
            field_dict["is_good"] = is_good

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _v.int_(item_id, "item_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _v.int_(item_type_id, "item_type_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        item_title = _get("item_title", UNSET)
        if type(item_title) is not str and item_title is not UNSET:
            item_title = _v.str_(item_title, "item_title")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        first_cost = _get("first_cost", UNSET)
        if type(first_cost) is int:
            first_cost = _Decimal(first_cost)
        elif type(first_cost) is not _Decimal and first_cost is not UNSET:
            first_cost = _v.money(first_cost, "first_cost")

        manual_cost = _get("manual_cost", UNSET)
        if type(manual_cost) is int:
            manual_cost = _Decimal(manual_cost)
        elif type(manual_cost) is not _Decimal and manual_cost is not UNSET:
            manual_cost = _v.money(manual_cost, "manual_cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _v.int_(good_id, "good_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        event_id = _get("event_id", UNSET)
        if type(event_id) is not int and event_id is not UNSET:
            event_id = _v.int_(event_id, "event_id")

        is_service = _get("is_service", UNSET)
        if type(is_service) is not bool and is_service is not UNSET:
            is_service = _v.bool_(is_service, "is_service")

        is_event = _get("is_event", UNSET)
        if type(is_event) is not bool and is_event is not UNSET:
            is_event = _v.bool_(is_event, "is_event")

        is_good = _get("is_good", UNSET)
        if type(is_good) is not bool and is_good is not UNSET:
            is_good = _v.bool_(is_good, "is_good")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.item_id = item_id
        _obj.item_type_id = item_type_id
        _obj.record_id = record_id
        _obj.item_title = item_title
        _obj.amount = amount
        _obj.first_cost = first_cost
        _obj.manual_cost = manual_cost
        _obj.discount = discount
        _obj.cost = cost
        _obj.master_id = master_id
        _obj.good_id = good_id
        _obj.service_id = service_id
        _obj.event_id = event_id
        _obj.is_service = is_service
        _obj.is_event = is_event
        _obj.is_good = is_good

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
