from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_services_response_data_item_category import EventServicesResponseDataItemCategory
    from ..models.event_services_response_data_item_resources_item import EventServicesResponseDataItemResourcesItem
    from ..models.event_services_response_data_item_staff_item import EventServicesResponseDataItemStaffItem


T = TypeVar("T", bound="EventServicesResponseDataItem")


@_attrs_define
class EventServicesResponseDataItem:
    id: int | Unset = UNSET
    """ ID of the service """
    title: str | Unset = UNSET
    """ Name of the service """
    capacity: float | Unset = UNSET
    """ Capacity """
    price_min: float | Unset = UNSET
    """ Lowest price of the service """
    price_max: float | Unset = UNSET
    """ Highest cost of the service """
    is_multi: bool | Unset = UNSET
    """ Whether the Service can be used for Events """
    category: EventServicesResponseDataItemCategory | Unset = UNSET
    """ Category of the service """
    staff: list[EventServicesResponseDataItemStaffItem] | Unset = UNSET
    """ The team member """
    resources: list[EventServicesResponseDataItemResourcesItem] | Unset = UNSET
    """ Resources """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        capacity = self.capacity

        price_min = self.price_min

        price_max = self.price_max

        is_multi = self.is_multi

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if category is not UNSET:
            field_dict["category"] = category
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_services_response_data_item_category import EventServicesResponseDataItemCategory  # noqa: PLC0415
        from ..models.event_services_response_data_item_resources_item import EventServicesResponseDataItemResourcesItem  # noqa: PLC0415
        from ..models.event_services_response_data_item_staff_item import EventServicesResponseDataItemStaffItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        capacity = d.pop("capacity", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        _category = d.pop("category", UNSET)
        category: EventServicesResponseDataItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = EventServicesResponseDataItemCategory.from_dict(_category)

        _staff = d.pop("staff", UNSET)
        staff: list[EventServicesResponseDataItemStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = EventServicesResponseDataItemStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        _resources = d.pop("resources", UNSET)
        resources: list[EventServicesResponseDataItemResourcesItem] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = EventServicesResponseDataItemResourcesItem.from_dict(resources_item_data)

                resources.append(resources_item)

        event_services_response_data_item = cls(
            id=id,
            title=title,
            capacity=capacity,
            price_min=price_min,
            price_max=price_max,
            is_multi=is_multi,
            category=category,
            staff=staff,
            resources=resources,
        )

        event_services_response_data_item.additional_properties = d
        return event_services_response_data_item

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
