from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_services_change_companyid_request_data_types_staff_item import (
        RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_services_change_companyid_request_data_types_staff_item import (
        RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "booking_title",
        "category_id",
        "price_min",
        "price_max",
        "duration",
        "is_multi",
        "tax_variant",
        "vat_id",
        "is_need_limit_date",
        "seance_search_start",
        "seance_search_finish",
        "step",
        "seance_search_step",
        "technical_break_duration",
        "discount",
        "comment",
        "date_from",
        "date_to",
        "weight",
        "active",
        "api_id",
        "staff",
    }
)


T = TypeVar("T", bound="RootTypeForServicesChangeCompanyidRequestDataTypes")


@_attrs_define
class RootTypeForServicesChangeCompanyidRequestDataTypes:
    """Update a service

    Example:
        {'title': "Men's haircut", 'booking_title': "Men's haircut", 'category_id': 83167, 'price_min': 1300,
            'price_max': 1300, 'duration': 3600, 'discount': 0, 'tax_variant': 1, 'vat_id': 3, 'is_multi': False,
            'is_need_limit_date': True, 'date_from': '2022-09-19', 'date_to': '2022-09-30', 'seance_search_start': 36000,
            'seance_search_finish': 84600, 'step': 300, 'seance_search_step': 900, 'comment': '', 'weight': 6, 'active': 1,
            'api_id': '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600},
            {'id': 8973, 'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681, 'seance_length': 3600},
            {'id': 1796, 'seance_length': 3600}, {'id': 34006, 'seance_length': 3600}]}

    """

    title: str
    """ Name of the service """
    booking_title: str
    """ Name of the service for the appointment """
    category_id: float
    """ ID of the service category """
    price_min: float
    """ Lowest cost of the service """
    price_max: float
    """ Highest cost of the service """
    duration: float
    """ Duration of the service; defaults to 3600 """
    is_multi: bool
    """ true - event, false - appointment """
    tax_variant: float
    """ ID of the bill """
    vat_id: float
    """ ID of the VAT """
    is_need_limit_date: bool
    """ Service is offered only for a limited period """
    seance_search_start: float
    """ Start of the period when the appointment is available, in seconds """
    seance_search_finish: float
    """ End of the period in which the appointment can be booked, in seconds """
    step: float
    """ Interval at which slots are displayed, in seconds """
    seance_search_step: float
    """ Slot search interval, in seconds """
    technical_break_duration: float | None | Unset = UNSET
    """ Length of the technical break, in seconds. Defaults to null when omitted; null means the location default
    (Settings → Appointment Log → Technical Breaks). Must be a multiple of 300 (5 minutes), at most 3600 (1 hour).
    """
    discount: float | Unset = UNSET
    """ Discount on the service """
    comment: str | Unset = UNSET
    """ Comment about the service """
    date_from: datetime.date | Unset = UNSET
    """ First date the service is available (YYYY-MM-DD) """
    date_to: datetime.date | Unset = UNSET
    """ Last date the service is available (YYYY-MM-DD) """
    weight: float | Unset = UNSET
    """ Weight of the service, used to order services on display """
    active: float | Unset = UNSET
    """ 1: bookable online, 0: not bookable online """
    api_id: str | Unset = UNSET
    """ ID of the service in an external system """
    staff: list[RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem] | Unset = UNSET
    """ Team members who provide the service, with session length """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,
        ) = _LAZY or _lazy()
        title = self.title

        booking_title = self.booking_title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        duration = self.duration

        is_multi = self.is_multi

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        is_need_limit_date = self.is_need_limit_date

        seance_search_start = self.seance_search_start

        seance_search_finish = self.seance_search_finish

        step = self.step

        seance_search_step = self.seance_search_step

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        discount = self.discount

        comment = self.comment

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

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
        field_dict.update(
            {
                "title": title,
                "booking_title": booking_title,
                "category_id": category_id,
                "price_min": price_min,
                "price_max": price_max,
                "duration": duration,
                "is_multi": is_multi,
                "tax_variant": tax_variant,
                "vat_id": vat_id,
                "is_need_limit_date": is_need_limit_date,
                "seance_search_start": seance_search_start,
                "seance_search_finish": seance_search_finish,
                "step": step,
                "seance_search_step": seance_search_step,
            }
        )
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
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
            RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "title" not in src_dict:
            raise _v.missing("title")
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        if "booking_title" not in src_dict:
            raise _v.missing("booking_title")
        booking_title = _get("booking_title", UNSET)
        if type(booking_title) is not str and booking_title is not UNSET:
            booking_title = _v.str_(booking_title, "booking_title")

        if "category_id" not in src_dict:
            raise _v.missing("category_id")
        category_id = _get("category_id", UNSET)
        if type(category_id) is not float and category_id is not UNSET:
            category_id = _v.float_(category_id, "category_id")

        if "price_min" not in src_dict:
            raise _v.missing("price_min")
        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and price_min is not UNSET:
            price_min = _v.float_(price_min, "price_min")

        if "price_max" not in src_dict:
            raise _v.missing("price_max")
        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and price_max is not UNSET:
            price_max = _v.float_(price_max, "price_max")

        if "duration" not in src_dict:
            raise _v.missing("duration")
        duration = _get("duration", UNSET)
        if type(duration) is not float and duration is not UNSET:
            duration = _v.float_(duration, "duration")

        if "is_multi" not in src_dict:
            raise _v.missing("is_multi")
        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _v.bool_(is_multi, "is_multi")

        if "tax_variant" not in src_dict:
            raise _v.missing("tax_variant")
        tax_variant = _get("tax_variant", UNSET)
        if type(tax_variant) is not float and tax_variant is not UNSET:
            tax_variant = _v.float_(tax_variant, "tax_variant")

        if "vat_id" not in src_dict:
            raise _v.missing("vat_id")
        vat_id = _get("vat_id", UNSET)
        if type(vat_id) is not float and vat_id is not UNSET:
            vat_id = _v.float_(vat_id, "vat_id")

        if "is_need_limit_date" not in src_dict:
            raise _v.missing("is_need_limit_date")
        is_need_limit_date = _get("is_need_limit_date", UNSET)
        if type(is_need_limit_date) is not bool and is_need_limit_date is not UNSET:
            is_need_limit_date = _v.bool_(is_need_limit_date, "is_need_limit_date")

        if "seance_search_start" not in src_dict:
            raise _v.missing("seance_search_start")
        seance_search_start = _get("seance_search_start", UNSET)
        if type(seance_search_start) is not float and seance_search_start is not UNSET:
            seance_search_start = _v.float_(seance_search_start, "seance_search_start")

        if "seance_search_finish" not in src_dict:
            raise _v.missing("seance_search_finish")
        seance_search_finish = _get("seance_search_finish", UNSET)
        if type(seance_search_finish) is not float and seance_search_finish is not UNSET:
            seance_search_finish = _v.float_(seance_search_finish, "seance_search_finish")

        if "step" not in src_dict:
            raise _v.missing("step")
        step = _get("step", UNSET)
        if type(step) is not float and step is not UNSET:
            step = _v.float_(step, "step")

        if "seance_search_step" not in src_dict:
            raise _v.missing("seance_search_step")
        seance_search_step = _get("seance_search_step", UNSET)
        if type(seance_search_step) is not float and seance_search_step is not UNSET:
            seance_search_step = _v.float_(seance_search_step, "seance_search_step")

        technical_break_duration = _get("technical_break_duration", UNSET)
        if type(technical_break_duration) is not float and technical_break_duration is not UNSET:
            technical_break_duration = _v.float_(technical_break_duration, "technical_break_duration", True)

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        date_from = _get("date_from", UNSET)
        if date_from is not UNSET:
            date_from = _v.date_(date_from, "date_from")

        date_to = _get("date_to", UNSET)
        if date_to is not UNSET:
            date_to = _v.date_(date_to, "date_to")

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
                    staff.append(RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "staff", staff) from None

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.booking_title = booking_title
        _obj.category_id = category_id
        _obj.price_min = price_min
        _obj.price_max = price_max
        _obj.duration = duration
        _obj.is_multi = is_multi
        _obj.tax_variant = tax_variant
        _obj.vat_id = vat_id
        _obj.is_need_limit_date = is_need_limit_date
        _obj.seance_search_start = seance_search_start
        _obj.seance_search_finish = seance_search_finish
        _obj.step = step
        _obj.seance_search_step = seance_search_step
        _obj.technical_break_duration = technical_break_duration
        _obj.discount = discount
        _obj.comment = comment
        _obj.date_from = date_from
        _obj.date_to = date_to
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
