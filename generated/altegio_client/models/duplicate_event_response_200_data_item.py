from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate_event_response_200_data_item_master import DuplicateEventResponse200DataItemMaster
    from ..models.duplicate_event_response_200_data_item_resource_instances_item import (
        DuplicateEventResponse200DataItemResourceInstancesItem,
    )
    from ..models.duplicate_event_response_200_data_item_service import DuplicateEventResponse200DataItemService


T = TypeVar("T", bound="DuplicateEventResponse200DataItem")


@_attrs_define
class DuplicateEventResponse200DataItem:
    id: int | Unset = UNSET
    service_id: int | Unset = UNSET
    salon_id: int | Unset = UNSET
    master_id: int | Unset = UNSET
    date: str | Unset = UNSET
    length: float | Unset = UNSET
    capacity: float | Unset = UNSET
    records_count: int | Unset = UNSET
    color: str | Unset = UNSET
    instructions: str | Unset = UNSET
    stream_link: str | Unset = UNSET
    font_color: str | Unset = UNSET
    notified: bool | Unset = UNSET
    timestamp: str | Unset = UNSET
    service: DuplicateEventResponse200DataItemService | Unset = UNSET
    resource_instances: list[DuplicateEventResponse200DataItemResourceInstancesItem] | Unset = UNSET
    master: DuplicateEventResponse200DataItemMaster | Unset = UNSET
    records: list[Any] | Unset = UNSET
    labels: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service_id = self.service_id

        salon_id = self.salon_id

        master_id = self.master_id

        date = self.date

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        instructions = self.instructions

        stream_link = self.stream_link

        font_color = self.font_color

        notified = self.notified

        timestamp = self.timestamp

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_instances, Unset):
            resource_instances = []
            for resource_instances_item_data in self.resource_instances:
                resource_instances_item = resource_instances_item_data.to_dict()
                resource_instances.append(resource_instances_item)

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        records: list[Any] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = self.records

        labels: list[Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
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
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if service is not UNSET:
            field_dict["service"] = service
        if resource_instances is not UNSET:
            field_dict["resource_instances"] = resource_instances
        if master is not UNSET:
            field_dict["master"] = master
        if records is not UNSET:
            field_dict["records"] = records
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duplicate_event_response_200_data_item_master import DuplicateEventResponse200DataItemMaster  # noqa: PLC0415
        from ..models.duplicate_event_response_200_data_item_resource_instances_item import (
            DuplicateEventResponse200DataItemResourceInstancesItem,  # noqa: PLC0415
        )
        from ..models.duplicate_event_response_200_data_item_service import DuplicateEventResponse200DataItemService  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        service_id = d.pop("service_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        date = d.pop("date", UNSET)

        length = d.pop("length", UNSET)

        capacity = d.pop("capacity", UNSET)

        records_count = d.pop("records_count", UNSET)

        color = d.pop("color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        font_color = d.pop("font_color", UNSET)

        notified = d.pop("notified", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _service = d.pop("service", UNSET)
        service: DuplicateEventResponse200DataItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = DuplicateEventResponse200DataItemService.from_dict(_service)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[DuplicateEventResponse200DataItemResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = DuplicateEventResponse200DataItemResourceInstancesItem.from_dict(
                    resource_instances_item_data
                )

                resource_instances.append(resource_instances_item)

        _master = d.pop("master", UNSET)
        master: DuplicateEventResponse200DataItemMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = DuplicateEventResponse200DataItemMaster.from_dict(_master)

        records = cast(list[Any], d.pop("records", UNSET))

        labels = cast(list[Any], d.pop("labels", UNSET))

        duplicate_event_response_200_data_item = cls(
            id=id,
            service_id=service_id,
            salon_id=salon_id,
            master_id=master_id,
            date=date,
            length=length,
            capacity=capacity,
            records_count=records_count,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            font_color=font_color,
            notified=notified,
            timestamp=timestamp,
            service=service,
            resource_instances=resource_instances,
            master=master,
            records=records,
            labels=labels,
        )

        duplicate_event_response_200_data_item.additional_properties = d
        return duplicate_event_response_200_data_item

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
