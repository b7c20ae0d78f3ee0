from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_services_companyid_response_data_types_data_staff_item import (
        RootTypeForServicesCompanyidResponseDataTypesDataStaffItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_services_companyid_response_data_types_data_staff_item import (
        RootTypeForServicesCompanyidResponseDataTypesDataStaffItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForServicesCompanyidResponseDataTypesDataStaffItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "technical_break_duration",
        "discount",
        "comment",
        "weight",
        "active",
        "api_id",
        "staff",
    }
)


T = TypeVar("T", bound="RootTypeForServicesCompanyidResponseDataTypesData")


@_attrs_define
class RootTypeForServicesCompanyidResponseDataTypesData:
    """Payload"""

    id: int | Unset = UNSET
    """ ID of the service """
    salon_service_id: int | Unset = UNSET
    """ ID of the service for a chain location """
    title: str | Unset = UNSET
    """ Name of the service """
    category_id: int | Unset = UNSET
    """ ID of the category the service belongs to """
    price_min: float | Unset = UNSET
    """ Lowest price of the service """
    price_max: float | Unset = UNSET
    """ Highest price of the service """
    duration: float | Unset = UNSET
    """ Duration of the service; defaults to 3600 seconds """
    technical_break_duration: float | None | Unset = UNSET
    """ Length of the technical break, in seconds; null means the location default (Settings → Appointment Log →
    Technical Breaks). Must be a multiple of 300 (5 minutes), at most 3600 (1 hour). """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    comment: str | Unset = UNSET
    """ Comment about the service """
    weight: float | Unset = UNSET
    """ Weight of the service, used to order categories on display """
    active: float | Unset = UNSET
    """ 1: bookable online, 0: not bookable online """
    api_id: str | Unset = UNSET
    """ ID of the service in an external system """
    staff: list[RootTypeForServicesCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
    """ Team members who provide the service, with session length """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForServicesCompanyidResponseDataTypesDataStaffItem,
        ) = _LAZY or _lazy()
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        discount = self.discount

        comment = self.comment

        weight = self.weight

        active = self.active

        api_id = self.api_id

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if title is not UNSET:
            field_dict["title"] = title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if duration is not UNSET:
            field_dict["duration"] = duration
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForServicesCompanyidResponseDataTypesDataStaffItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _v.int_(salon_service_id, "salon_service_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and price_min is not UNSET:
            price_min = _v.float_(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and price_max is not UNSET:
            price_max = _v.float_(price_max, "price_max")

        duration = _get("duration", UNSET)
        if type(duration) is not float and duration is not UNSET:
            duration = _v.float_(duration, "duration")

        technical_break_duration = _get("technical_break_duration", UNSET)
        if type(technical_break_duration) is not float and technical_break_duration is not UNSET:
            technical_break_duration = _v.float_(technical_break_duration, "technical_break_duration", True)

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        weight = _get("weight", UNSET)
        if type(weight) is not float and weight is not UNSET:
            weight = _v.float_(weight, "weight")

        active = _get("active", UNSET)
        if type(active) is not float and active is not UNSET:
            active = _v.float_(active, "active")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            if type(_staff) is not list:
                _staff = _v.array(_staff, "staff")
            staff = []
            try:
                for _item in _staff:
                    staff.append(RootTypeForServicesCompanyidResponseDataTypesDataStaffItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "staff", staff) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_service_id = salon_service_id
        _obj.title = title
        _obj.category_id = category_id
        _obj.price_min = price_min
        _obj.price_max = price_max
        _obj.duration = duration
        _obj.technical_break_duration = technical_break_duration
        _obj.discount = discount
        _obj.comment = comment
        _obj.weight = weight
        _obj.active = active
        _obj.api_id = api_id
        _obj.staff = staff

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
