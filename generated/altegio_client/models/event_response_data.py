from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_response_data_duration_details import EventResponseDataDurationDetails
    from ..models.event_response_data_labels_item import EventResponseDataLabelsItem
    from ..models.event_response_data_resource_instances_item import EventResponseDataResourceInstancesItem
    from ..models.event_response_data_service import EventResponseDataService
    from ..models.event_response_data_staff import EventResponseDataStaff


T = TypeVar("T", bound="EventResponseData")


@_attrs_define
class EventResponseData:
    """Payload"""

    id: int | Unset = UNSET
    """ ID of the event """
    salon_id: int | Unset = UNSET
    """ ID of the location (deprecated; use company_id) """
    company_id: int | Unset = UNSET
    """ ID of the location """
    service_id: int | Unset = UNSET
    """ ID of the service """
    staff_id: int | Unset = UNSET
    """ ID of the team member """
    date: str | Unset = UNSET
    """ When the event takes place (date and time) """
    timestamp: float | Unset = UNSET
    """ Event date as a Unix timestamp """
    length: float | Unset = UNSET
    """ Length of the event in seconds """
    capacity: float | Unset = UNSET
    """ Capacity """
    records_count: int | Unset = UNSET
    """ Count of Appointments in this Event """
    color: str | Unset = UNSET
    """ Colour of the event """
    font_color: str | Unset = UNSET
    """ Color of the text """
    instructions: str | Unset = UNSET
    """ Instructions for the event """
    stream_link: str | Unset = UNSET
    """ Streaming link for online events """
    notified: bool | Unset = UNSET
    """ Whether the notifications were sent """
    comment: None | str | Unset = UNSET
    """ Comment on the event """
    prepaid: str | Unset = UNSET
    """ Prepayment status: forbidden, optional or required """
    is_deleted: bool | Unset = UNSET
    """ Whether the event has been deleted """
    duration_details: EventResponseDataDurationDetails | Unset = UNSET
    """ Details of the event duration """
    service: EventResponseDataService | Unset = UNSET
    """ Service """
    staff: EventResponseDataStaff | Unset = UNSET
    """ The team member """
    resource_instances: list[EventResponseDataResourceInstancesItem] | Unset = UNSET
    """ Instances of resources """
    labels: list[EventResponseDataLabelsItem] | Unset = UNSET
    """ Tags of the event """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        company_id = self.company_id

        service_id = self.service_id

        staff_id = self.staff_id

        date = self.date

        timestamp = self.timestamp

        length = self.length

        capacity = self.capacity

        records_count = self.records_count

        color = self.color

        font_color = self.font_color

        instructions = self.instructions

        stream_link = self.stream_link

        notified = self.notified

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        prepaid = self.prepaid

        is_deleted = self.is_deleted

        duration_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_details, Unset):
            duration_details = self.duration_details.to_dict()

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
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if length is not UNSET:
            field_dict["length"] = length
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if records_count is not UNSET:
            field_dict["records_count"] = records_count
        if color is not UNSET:
            field_dict["color"] = color
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if notified is not UNSET:
            field_dict["notified"] = notified
        if comment is not UNSET:
            field_dict["comment"] = comment
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if duration_details is not UNSET:
            field_dict["duration_details"] = duration_details
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
        from ..models.event_response_data_duration_details import EventResponseDataDurationDetails  # noqa: PLC0415
        from ..models.event_response_data_labels_item import EventResponseDataLabelsItem  # noqa: PLC0415
        from ..models.event_response_data_resource_instances_item import EventResponseDataResourceInstancesItem  # noqa: PLC0415
        from ..models.event_response_data_service import EventResponseDataService  # noqa: PLC0415
        from ..models.event_response_data_staff import EventResponseDataStaff  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        date = d.pop("date", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        length = d.pop("length", UNSET)

        capacity = d.pop("capacity", UNSET)

        records_count = d.pop("records_count", UNSET)

        color = d.pop("color", UNSET)

        font_color = d.pop("font_color", UNSET)

        instructions = d.pop("instructions", UNSET)

        stream_link = d.pop("stream_link", UNSET)

        notified = d.pop("notified", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        prepaid = d.pop("prepaid", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        _duration_details = d.pop("duration_details", UNSET)
        duration_details: EventResponseDataDurationDetails | Unset
        if isinstance(_duration_details, Unset):
            duration_details = UNSET
        else:
            duration_details = EventResponseDataDurationDetails.from_dict(_duration_details)

        _service = d.pop("service", UNSET)
        service: EventResponseDataService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = EventResponseDataService.from_dict(_service)

        _staff = d.pop("staff", UNSET)
        staff: EventResponseDataStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = EventResponseDataStaff.from_dict(_staff)

        _resource_instances = d.pop("resource_instances", UNSET)
        resource_instances: list[EventResponseDataResourceInstancesItem] | Unset = UNSET
        if _resource_instances is not UNSET:
            resource_instances = []
            for resource_instances_item_data in _resource_instances:
                resource_instances_item = EventResponseDataResourceInstancesItem.from_dict(resource_instances_item_data)

                resource_instances.append(resource_instances_item)

        _labels = d.pop("labels", UNSET)
        labels: list[EventResponseDataLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = EventResponseDataLabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        event_response_data = cls(
            id=id,
            salon_id=salon_id,
            company_id=company_id,
            service_id=service_id,
            staff_id=staff_id,
            date=date,
            timestamp=timestamp,
            length=length,
            capacity=capacity,
            records_count=records_count,
            color=color,
            font_color=font_color,
            instructions=instructions,
            stream_link=stream_link,
            notified=notified,
            comment=comment,
            prepaid=prepaid,
            is_deleted=is_deleted,
            duration_details=duration_details,
            service=service,
            staff=staff,
            resource_instances=resource_instances,
            labels=labels,
        )

        event_response_data.additional_properties = d
        return event_response_data

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
