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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.event_services_response_data_item_category import EventServicesResponseDataItemCategory  # noqa: PLC0415
    from ..models.event_services_response_data_item_resources_item import EventServicesResponseDataItemResourcesItem  # noqa: PLC0415
    from ..models.event_services_response_data_item_staff_item import EventServicesResponseDataItemStaffItem  # noqa: PLC0415

    _LAZY = (
        _v,
        EventServicesResponseDataItemCategory,
        EventServicesResponseDataItemResourcesItem,
        EventServicesResponseDataItemStaffItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "capacity",
        "price_min",
        "price_max",
        "is_multi",
        "category",
        "staff",
        "resources",
    }
)


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
        (
            _,
            EventServicesResponseDataItemCategory,
            EventServicesResponseDataItemResourcesItem,
            EventServicesResponseDataItemStaffItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            EventServicesResponseDataItemCategory,
            EventServicesResponseDataItemResourcesItem,
            EventServicesResponseDataItemStaffItem,
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

        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and capacity is not UNSET:
            capacity = _v.float_(capacity, "capacity")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and price_min is not UNSET:
            price_min = _v.float_(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and price_max is not UNSET:
            price_max = _v.float_(price_max, "price_max")

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _v.bool_(is_multi, "is_multi")

        _category = _get("category", UNSET)
        if _category is UNSET:
            category = UNSET
        else:
            try:
                category = EventServicesResponseDataItemCategory.from_dict(_category)
            except _v.Invalid as _e:
                raise _v.at(_e, "category") from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            if type(_staff) is not list:
                _staff = _v.array(_staff, "staff")
            staff = []
            try:
                for _item in _staff:
                    staff.append(EventServicesResponseDataItemStaffItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "staff", staff) from None

        _resources = _get("resources", UNSET)
        if _resources is UNSET:
            resources = UNSET
        else:
            if type(_resources) is not list:
                _resources = _v.array(_resources, "resources")
            resources = []
            try:
                for _item in _resources:
                    resources.append(EventServicesResponseDataItemResourcesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "resources", resources) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.capacity = capacity
        _obj.price_min = price_min
        _obj.price_max = price_max
        _obj.is_multi = is_multi
        _obj.category = category
        _obj.staff = staff
        _obj.resources = resources

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
