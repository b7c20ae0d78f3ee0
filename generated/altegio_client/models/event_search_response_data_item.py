from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_search_response_data_item_labels_item import EventSearchResponseDataItemLabelsItem
    from ..models.event_search_response_data_item_resource_instances_item import (
        EventSearchResponseDataItemResourceInstancesItem,
    )
    from ..models.event_search_response_data_item_service import EventSearchResponseDataItemService
    from ..models.event_search_response_data_item_staff import EventSearchResponseDataItemStaff


T = TypeVar("T", bound="EventSearchResponseDataItem")


@_attrs_define
class EventSearchResponseDataItem:
    id: int | Unset = UNSET
    """ ID of the event """
    service_id: int | Unset = UNSET
    """ ID of the service """
    company_id: int | Unset = UNSET
    """ ID of the location """
    staff_id: int | Unset = UNSET
    """ ID of the team member """
    date: datetime.datetime | None | Unset = UNSET
    """ Date of the session """
    length: float | Unset = UNSET
    """ Duration """
    capacity: float | Unset = UNSET
    """ Capacity """
    records_count: int | Unset = UNSET
    """ Count of appointments """
    color: str | Unset = UNSET
    """ Colour """
    instructions: str | Unset = UNSET
    """ Usage instructions """
    stream_link: str | Unset = UNSET
    """ URL of the instructions """
    font_color: str | Unset = UNSET
    """ Color of the text """
    notified: bool | Unset = UNSET
    """ Notification list """
    prepaid: str | Unset = UNSET
    """ Prepayment """
    service: EventSearchResponseDataItemService | Unset = UNSET
    """ Service """
    staff: EventSearchResponseDataItemStaff | Unset = UNSET
    """ The team member """
    resource_instances: list[EventSearchResponseDataItemResourceInstancesItem] | Unset = UNSET
    """ Instance of a resource """
    labels: list[EventSearchResponseDataItemLabelsItem] | Unset = UNSET
    """ Category of a post """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service_id = self.service_id

        company_id = self.company_id

        staff_id = self.staff_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        instructions = self.instructions

        stream_link = self.stream_link

        font_color = self.font_color

        notified = self.notified

        prepaid = self.prepaid

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = []
            for resource_instances_item_data in self.resource_instances:
                resource_instances_item = resource_instances_item_data.to_dict()
                resource_instances.append(resource_instances_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if color is not UNSET:
            field_dict["color"] = color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if notified is not UNSET:
            field_dict["notified"] = notified
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if service is not UNSET:
            field_dict["service"] = service
        if staff is not UNSET:
            field_dict["staff"] = staff
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_search_response_data_item_labels_item import EventSearchResponseDataItemLabelsItem  # noqa: PLC0415
        from ..models.event_search_response_data_item_resource_instances_item import (
            EventSearchResponseDataItemResourceInstancesItem,  # noqa: PLC0415
        )
        from ..models.event_search_response_data_item_service import EventSearchResponseDataItemService  # noqa: PLC0415
        from ..models.event_search_response_data_item_staff import EventSearchResponseDataItemStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        service_id = d.pop("service_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(data)

            return date_type_0

        date = _parse_date(d.pop("date", UNSET))

        length = d.pop("length", UNSET)

        capacity = d.pop("capacity", UNSET)

        records_count = d.pop("records_count", UNSET)

        color = d.pop("color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        font_color = d.pop("font_color", UNSET)

        notified = d.pop("notified", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _service = d.pop("service", UNSET)
        service: EventSearchResponseDataItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = EventSearchResponseDataItemService.from_dict(_service)

        _staff = d.pop("staff", UNSET)
        staff: EventSearchResponseDataItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = EventSearchResponseDataItemStaff.from_dict(_staff)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[EventSearchResponseDataItemResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = EventSearchResponseDataItemResourceInstancesItem.from_dict(
                    resource_instances_item_data
                )

                resource_instances.append(resource_instances_item)

        _labels = d.pop("labels", UNSET)
        labels: list[EventSearchResponseDataItemLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = EventSearchResponseDataItemLabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        event_search_response_data_item = cls(
            id=id,
            service_id=service_id,
            company_id=company_id,
            staff_id=staff_id,
            date=date,
            length=length,
            capacity=capacity,
            records_count=records_count,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            font_color=font_color,
            notified=notified,
            prepaid=prepaid,
            service=service,
            staff=staff,
            resource_instances=resource_instances,
            labels=labels,
        )

        event_search_response_data_item.additional_properties = d
        return event_search_response_data_item

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
