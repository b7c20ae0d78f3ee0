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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.event_search_response_data_item_labels_item import EventSearchResponseDataItemLabelsItem  # noqa: PLC0415
    from ..models.event_search_response_data_item_resource_instances_item import (
        EventSearchResponseDataItemResourceInstancesItem,  # noqa: PLC0415
    )
    from ..models.event_search_response_data_item_service import EventSearchResponseDataItemService  # noqa: PLC0415
    from ..models.event_search_response_data_item_staff import EventSearchResponseDataItemStaff  # noqa: PLC0415

    _LAZY = (
        _v,
        EventSearchResponseDataItemLabelsItem,
        EventSearchResponseDataItemResourceInstancesItem,
        EventSearchResponseDataItemService,
        EventSearchResponseDataItemStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "service_id",
        "company_id",
        "staff_id",
        "date",
        "length",
        "capacity",
        "records_count",
        "color",
        "instructions",
        "stream_link",
        "font_color",
        "notified",
        "prepaid",
        "service",
        "staff",
        "resource_instances",
        "labels",
    }
)


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
        (
            _,
            EventSearchResponseDataItemLabelsItem,
            EventSearchResponseDataItemResourceInstancesItem,
            EventSearchResponseDataItemService,
            EventSearchResponseDataItemStaff,
        ) = _LAZY or _lazy()
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
        (
            _v,
            EventSearchResponseDataItemLabelsItem,
            EventSearchResponseDataItemResourceInstancesItem,
            EventSearchResponseDataItemService,
            EventSearchResponseDataItemStaff,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _v.int_(staff_id, "staff_id")

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date", True)

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

        instructions = _get("instructions", UNSET)
        if type(instructions) is not str and instructions is not UNSET:
            instructions = _v.str_(instructions, "instructions")

        stream_link = _get("stream_link", UNSET)
        if type(stream_link) is not str and stream_link is not UNSET:
            stream_link = _v.str_(stream_link, "stream_link")

        font_color = _get("font_color", UNSET)
        if type(font_color) is not str and font_color is not UNSET:
            font_color = _v.str_(font_color, "font_color")

        notified = _get("notified", UNSET)
        if type(notified) is not bool and notified is not UNSET:
            notified = _v.bool_(notified, "notified")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _v.str_(prepaid, "prepaid")

        _service = _get("service", UNSET)
        if _service is UNSET:
            service = UNSET
        else:
            try:
                service = EventSearchResponseDataItemService.from_dict(_service)
            except _v.Invalid as _e:
                raise _v.at(_e, "service") from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = EventSearchResponseDataItemStaff.from_dict(_staff)
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
                    resource_instances.append(EventSearchResponseDataItemResourceInstancesItem.from_dict(_item))
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
                    labels.append(EventSearchResponseDataItemLabelsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "labels", labels) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.service_id = service_id
        _obj.company_id = company_id
        _obj.staff_id = staff_id
        _obj.date = date
        _obj.length = length
        _obj.capacity = capacity
        _obj.records_count = records_count
        _obj.color = color
        _obj.instructions = instructions
        _obj.stream_link = stream_link
        _obj.font_color = font_color
        _obj.notified = notified
        _obj.prepaid = prepaid
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
