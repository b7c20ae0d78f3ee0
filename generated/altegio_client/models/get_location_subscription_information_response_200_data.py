from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_location_subscription_information_response_200_data_options_item import (
        GetLocationSubscriptionInformationResponse200DataOptionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.get_location_subscription_information_response_200_data_options_item import (
        GetLocationSubscriptionInformationResponse200DataOptionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        GetLocationSubscriptionInformationResponse200DataOptionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "active",
        "deactivation_date",
        "id",
        "name",
        "options",
        "salon_id",
        "staff_limit",
        "is_paid_rights_model",
        "start_date",
    }
)


T = TypeVar("T", bound="GetLocationSubscriptionInformationResponse200Data")


@_attrs_define
class GetLocationSubscriptionInformationResponse200Data:
    active: float | Unset = UNSET
    """ Whether the subscription is active """
    deactivation_date: str | Unset = UNSET
    """ When the membership expires """
    id: int | Unset = UNSET
    """ ID of the subscription """
    name: str | Unset = UNSET
    """ Name of the subscription """
    options: list[GetLocationSubscriptionInformationResponse200DataOptionsItem] | Unset = UNSET
    """ Options of the subscription """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    staff_limit: float | Unset = UNSET
    """ Limit on team members """
    is_paid_rights_model: bool | Unset = UNSET
    """ Whether the location is on the paid-rights licensing model """
    start_date: str | Unset = UNSET
    """ Date the subscription starts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GetLocationSubscriptionInformationResponse200DataOptionsItem,
        ) = _LAZY or _lazy()
        active = self.active

        deactivation_date = self.deactivation_date

        id = self.id

        name = self.name

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        salon_id = self.salon_id

        staff_limit = self.staff_limit

        is_paid_rights_model = self.is_paid_rights_model

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if deactivation_date is not UNSET:
            field_dict["deactivation_date"] = deactivation_date
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if staff_limit is not UNSET:
            field_dict["staff_limit"] = staff_limit
        if is_paid_rights_model is not UNSET:
            field_dict["is_paid_rights_model"] = is_paid_rights_model
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GetLocationSubscriptionInformationResponse200DataOptionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        active = _get("active", UNSET)
        if type(active) is not float and active is not UNSET:
            active = _v.float_(active, "active")

        deactivation_date = _get("deactivation_date", UNSET)
        if type(deactivation_date) is not str and deactivation_date is not UNSET:
            deactivation_date = _v.str_(deactivation_date, "deactivation_date")

        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        _options = _get("options", UNSET)
        if _options is UNSET:
            options = UNSET
        else:
            if type(_options) is not list:
                _options = _v.array(_options, "options")
            options = []
            try:
                for _item in _options:
                    options.append(GetLocationSubscriptionInformationResponse200DataOptionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "options", options) from None

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        staff_limit = _get("staff_limit", UNSET)
        if type(staff_limit) is not float and staff_limit is not UNSET:
            staff_limit = _v.float_(staff_limit, "staff_limit")

        is_paid_rights_model = _get("is_paid_rights_model", UNSET)
        if type(is_paid_rights_model) is not bool and is_paid_rights_model is not UNSET:
            is_paid_rights_model = _v.bool_(is_paid_rights_model, "is_paid_rights_model")

        start_date = _get("start_date", UNSET)
        if type(start_date) is not str and start_date is not UNSET:
            start_date = _v.str_(start_date, "start_date")

        _obj = cls.__new__(cls)
        _obj.active = active
        _obj.deactivation_date = deactivation_date
        _obj.id = id
        _obj.name = name
        _obj.options = options
        _obj.salon_id = salon_id
        _obj.staff_limit = staff_limit
        _obj.is_paid_rights_model = is_paid_rights_model
        _obj.start_date = start_date

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
