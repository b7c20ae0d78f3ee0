from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_services_change_companyid_request_data_types_staff_item import (
        RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,
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
        from ..models.root_type_for_services_change_companyid_request_data_types_staff_item import (
            RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        booking_title = d.pop("booking_title")

        category_id = d.pop("category_id")

        price_min = d.pop("price_min")

        price_max = d.pop("price_max")

        duration = d.pop("duration")

        is_multi = d.pop("is_multi")

        tax_variant = d.pop("tax_variant")

        vat_id = d.pop("vat_id")

        is_need_limit_date = d.pop("is_need_limit_date")

        seance_search_start = d.pop("seance_search_start")

        seance_search_finish = d.pop("seance_search_finish")

        step = d.pop("step")

        seance_search_step = d.pop("seance_search_step")

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        _date_from = d.pop("date_from", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.date.fromisoformat(_date_from)

        _date_to = d.pop("date_to", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.date.fromisoformat(_date_to)

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = RootTypeForServicesChangeCompanyidRequestDataTypesStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        root_type_for_services_change_companyid_request_data_types = cls(
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            is_multi=is_multi,
            tax_variant=tax_variant,
            vat_id=vat_id,
            is_need_limit_date=is_need_limit_date,
            seance_search_start=seance_search_start,
            seance_search_finish=seance_search_finish,
            step=step,
            seance_search_step=seance_search_step,
            technical_break_duration=technical_break_duration,
            discount=discount,
            comment=comment,
            date_from=date_from,
            date_to=date_to,
            weight=weight,
            active=active,
            api_id=api_id,
            staff=staff,
        )

        root_type_for_services_change_companyid_request_data_types.additional_properties = d
        return root_type_for_services_change_companyid_request_data_types

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
