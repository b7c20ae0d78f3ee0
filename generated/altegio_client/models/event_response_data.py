from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_response_data_duration_details import EventResponseDataDurationDetails
    from ..models.event_response_data_labels_item import EventResponseDataLabelsItem
    from ..models.event_response_data_resource_instances_item import EventResponseDataResourceInstancesItem
    from ..models.event_response_data_service import EventResponseDataService
    from ..models.event_response_data_staff import EventResponseDataStaff

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.event_response_data_duration_details import EventResponseDataDurationDetails  # noqa: PLC0415
    from ..models.event_response_data_labels_item import EventResponseDataLabelsItem  # noqa: PLC0415
    from ..models.event_response_data_resource_instances_item import EventResponseDataResourceInstancesItem  # noqa: PLC0415
    from ..models.event_response_data_service import EventResponseDataService  # noqa: PLC0415
    from ..models.event_response_data_staff import EventResponseDataStaff  # noqa: PLC0415

    _LAZY = (
        _v,
        EventResponseDataDurationDetails,
        EventResponseDataLabelsItem,
        EventResponseDataResourceInstancesItem,
        EventResponseDataService,
        EventResponseDataStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "company_id",
        "service_id",
        "staff_id",
        "date",
        "timestamp",
        "length",
        "capacity",
        "records_count",
        "color",
        "font_color",
        "instructions",
        "stream_link",
        "notified",
        "comment",
        "prepaid",
        "is_deleted",
        "duration_details",
        "service",
        "staff",
        "resource_instances",
        "labels",
    }
)


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
        (
            _,
            EventResponseDataDurationDetails,
            EventResponseDataLabelsItem,
            EventResponseDataResourceInstancesItem,
            EventResponseDataService,
            EventResponseDataStaff,
        ) = _LAZY or _lazy()
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
        (
            _v,
            EventResponseDataDurationDetails,
            EventResponseDataLabelsItem,
            EventResponseDataResourceInstancesItem,
            EventResponseDataService,
            EventResponseDataStaff,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _v.int_(staff_id, "staff_id")

        date = _get("date", UNSET)
        if type(date) is not str and date is not UNSET:
            date = _v.str_(date, "date")

        timestamp = _get("timestamp", UNSET)
        if type(timestamp) is not float and timestamp is not UNSET:
            timestamp = _v.float_(timestamp, "timestamp")

        length = _get("length", UNSET)
        if type(length) is not float and length is not UNSET:
            length = _v.float_(length, "length")

        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and capacity is not UNSET:
            capacity = _v.float_(capacity, "capacity")

        records_count = _get("records_count", UNSET)
        if type(records_count) is not int and records_count is not UNSET:
            records_count = _v.int_(records_count, "records_count")

        color = _get("color", UNSET)
        if type(color) is not str and color is not UNSET:
            color = _v.str_(color, "color")

        font_color = _get("font_color", UNSET)
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _v.str_(font_color, "font_color")

        instructions = _get("instructions", UNSET)
        if type(instructions) is not str and instructions is not UNSET:
            instructions = _v.str_(instructions, "instructions")

        stream_link = _get("stream_link", UNSET)
        if type(stream_link) is not str and stream_link is not UNSET:
            stream_link = _v.str_(stream_link, "stream_link")

        notified = _get("notified", UNSET)
        if type(notified) is not bool and notified is not UNSET:
            notified = _v.bool_(notified, "notified")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment", True)

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _v.str_(prepaid, "prepaid")

        is_deleted = _get("is_deleted", UNSET)
        if type(is_deleted) is not bool and is_deleted is not UNSET:
            is_deleted = _v.bool_(is_deleted, "is_deleted")

        _duration_details = _get("duration_details", UNSET)
        if _duration_details is UNSET:
            duration_details = UNSET
        else:
            try:
                duration_details = EventResponseDataDurationDetails.from_dict(_duration_details)
            except _v.Invalid as _e:
                raise _v.at(_e, "duration_details") from None

        _service = _get("service", UNSET)
        if _service is UNSET:
            service = UNSET
        else:
            try:
                service = EventResponseDataService.from_dict(_service)
            except _v.Invalid as _e:
                raise _v.at(_e, "service") from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = EventResponseDataStaff.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        _resource_instances = _get("resource_instances", UNSET)
        if _resource_instances is UNSET:
            resource_instances = UNSET
        else:
            if type(_resource_instances) is not list:
                _resource_instances = _v.array(_resource_instances, "resource_instances")
            resource_instances = []
            try:
                for _item in _resource_instances:
                    resource_instances.append(EventResponseDataResourceInstancesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "resource_instances", resource_instances) from None

        _labels = _get("labels", UNSET)
        if _labels is UNSET:
            labels = UNSET
        else:
            if type(_labels) is not list:
                _labels = _v.array(_labels, "labels")
            labels = []
            try:
                for _item in _labels:
                    labels.append(EventResponseDataLabelsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "labels", labels) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_id = salon_id
        _obj.company_id = company_id
        _obj.service_id = service_id
        _obj.staff_id = staff_id
        _obj.date = date
        _obj.timestamp = timestamp
        _obj.length = length
        _obj.capacity = capacity
        _obj.records_count = records_count
        _obj.color = color
        _obj.font_color = font_color
        _obj.instructions = instructions
        _obj.stream_link = stream_link
        _obj.notified = notified
        _obj.comment = comment
        _obj.prepaid = prepaid
        _obj.is_deleted = is_deleted
        _obj.duration_details = duration_details
        _obj.service = service
        _obj.staff = staff
        _obj.resource_instances = resource_instances
        _obj.labels = labels

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
