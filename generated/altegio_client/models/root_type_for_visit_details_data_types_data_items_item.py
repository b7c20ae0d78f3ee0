from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        item_title = d.pop("item_title", UNSET)

        amount = d.pop("amount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        manual_cost = d.pop("manual_cost", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        master_id = d.pop("master_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        event_id = d.pop("event_id", UNSET)

        is_service = d.pop("is_service", UNSET)

        is_event = d.pop("is_event", UNSET)

        is_good = d.pop("is_good", UNSET)

        root_type_for_visit_details_data_types_data_items_item = cls(
            id=id,
            item_id=item_id,
            item_type_id=item_type_id,
            record_id=record_id,
            item_title=item_title,
            amount=amount,
            first_cost=first_cost,
            manual_cost=manual_cost,
            discount=discount,
            cost=cost,
            master_id=master_id,
            good_id=good_id,
            service_id=service_id,
            event_id=event_id,
            is_service=is_service,
            is_event=is_event,
            is_good=is_good,
        )

        root_type_for_visit_details_data_types_data_items_item.additional_properties = d
        return root_type_for_visit_details_data_types_data_items_item

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
