from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate_event_response_200_data_item_master import DuplicateEventResponse200DataItemMaster
    from ..models.duplicate_event_response_200_data_item_resource_instances_item import (
        DuplicateEventResponse200DataItemResourceInstancesItem,
    )
    from ..models.duplicate_event_response_200_data_item_service import DuplicateEventResponse200DataItemService

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.duplicate_event_response_200_data_item_master import DuplicateEventResponse200DataItemMaster  # noqa: PLC0415
    from ..models.duplicate_event_response_200_data_item_resource_instances_item import (
        DuplicateEventResponse200DataItemResourceInstancesItem,  # noqa: PLC0415
    )
    from ..models.duplicate_event_response_200_data_item_service import DuplicateEventResponse200DataItemService  # noqa: PLC0415

    _LAZY = (
        _v,
        DuplicateEventResponse200DataItemMaster,
        DuplicateEventResponse200DataItemResourceInstancesItem,
        DuplicateEventResponse200DataItemService,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "service_id",
        "salon_id",
        "master_id",
        "date",
        "length",
        "capacity",
        "records_count",
        "color",
        "instructions",
        "stream_link",
        "font_color",
        "notified",
        "timestamp",
        "service",
        "resource_instances",
        "master",
        "records",
        "labels",
    }
)


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
        (
            _,
            DuplicateEventResponse200DataItemMaster,
            DuplicateEventResponse200DataItemResourceInstancesItem,
            DuplicateEventResponse200DataItemService,
        ) = _LAZY or _lazy()
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
        (
            _v,
            DuplicateEventResponse200DataItemMaster,
            DuplicateEventResponse200DataItemResourceInstancesItem,
            DuplicateEventResponse200DataItemService,
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

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        date = _get("date", UNSET)
        if type(date) is not str and date is not UNSET:
            date = _v.str_(date, "date")

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

        timestamp = _get("timestamp", UNSET)
        if type(timestamp) is not str and timestamp is not UNSET:
            timestamp = _v.str_(timestamp, "timestamp")

        _service = _get("service", UNSET)
        if _service is UNSET:
            service = UNSET
        else:
            try:
                service = DuplicateEventResponse200DataItemService.from_dict(_service)
            except _v.Invalid as _e:
                raise _v.at(_e, "service") from None

        _resource_instances = _get("resource_instances", UNSET)
        if _resource_instances is UNSET:
            resource_instances = UNSET
        else:
            if type(_resource_instances) is not list:
                _resource_instances = _v.array(_resource_instances, "resource_instances")
            resource_instances = []
            try:
                for _item in _resource_instances:
                    resource_instances.append(DuplicateEventResponse200DataItemResourceInstancesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "resource_instances", resource_instances) from None

        _master = _get("master", UNSET)
        if _master is UNSET:
            master = UNSET
        else:
            try:
                master = DuplicateEventResponse200DataItemMaster.from_dict(_master)
            except _v.Invalid as _e:
                raise _v.at(_e, "master") from None

        _records = _get("records", UNSET)
        if _records is UNSET:
            records = UNSET
        else:
            if type(_records) is not list:
                _records = _v.array(_records, "records")
            records = _records

        _labels = _get("labels", UNSET)
        if _labels is UNSET:
            labels = UNSET
        else:
            if type(_labels) is not list:
                _labels = _v.array(_labels, "labels")
            labels = _labels

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.service_id = service_id
        _obj.salon_id = salon_id
        _obj.master_id = master_id
        _obj.date = date
        _obj.length = length
        _obj.capacity = capacity
        _obj.records_count = records_count
        _obj.color = color
        _obj.instructions = instructions
        _obj.stream_link = stream_link
        _obj.font_color = font_color
        _obj.notified = notified
        _obj.timestamp = timestamp
        _obj.service = service
        _obj.resource_instances = resource_instances
        _obj.master = master
        _obj.records = records
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
