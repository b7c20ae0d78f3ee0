from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_services_change_companyid_response_data_types_data_image_group_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem,
    )
    from ..models.root_type_for_services_change_companyid_response_data_types_data_resources_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem,
    )
    from ..models.root_type_for_services_change_companyid_response_data_types_data_staff_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_services_change_companyid_response_data_types_data_image_group_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_services_change_companyid_response_data_types_data_resources_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_services_change_companyid_response_data_types_data_staff_item import (
        RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem,
        RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem,
        RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem,
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
        "technical_break_duration",
        "discount",
        "comment",
        "is_multi",
        "tax_variant",
        "vat_id",
        "is_need_limit_date",
        "date_from",
        "date_to",
        "seance_search_start",
        "seance_search_finish",
        "step",
        "seance_search_step",
        "weight",
        "active",
        "api_id",
        "print_title",
        "service_type",
        "api_service_id",
        "repeat_visit_days_step",
        "schedule_template_type",
        "online_invoicing_status",
        "is_abonement_autopayment_enabled",
        "autopayment_before_visit_time",
        "abonement_restriction_value",
        "is_chain",
        "is_price_managed_only_in_chain",
        "is_comment_managed_only_in_chain",
        "price_prepaid_amount",
        "price_prepaid_percent",
        "id",
        "salon_service_id",
        "prepaid",
        "capacity",
        "image_group",
        "dates",
        "resources",
        "is_online",
        "staff",
    }
)


T = TypeVar("T", bound="RootTypeForServicesChangeCompanyidResponseDataTypesData")


@_attrs_define
class RootTypeForServicesChangeCompanyidResponseDataTypesData:
    title: str | Unset = UNSET
    """ Name of the service """
    booking_title: str | Unset = UNSET
    """ Name of the service for the appointment """
    category_id: int | Unset = UNSET
    """ ID of the service category """
    price_min: float | Unset = UNSET
    """ Lowest cost of the service """
    price_max: float | Unset = UNSET
    """ Highest cost of the service """
    duration: float | Unset = UNSET
    """ Duration of the service; defaults to 3600 """
    technical_break_duration: float | None | Unset = UNSET
    """ Length of the technical break, in seconds; null means the location default. Must be a multiple of 300 (5
    minutes). """
    discount: float | Unset = UNSET
    """ Discount on the service """
    comment: str | Unset = UNSET
    """ Comment about the service """
    is_multi: bool | Unset = UNSET
    """ true - event, false - appointment """
    tax_variant: float | Unset = UNSET
    """ ID of the bill """
    vat_id: int | Unset = UNSET
    """ ID of the VAT """
    is_need_limit_date: bool | Unset = UNSET
    """ Service is offered only for a limited period """
    date_from: datetime.date | None | Unset = UNSET
    """ First date the service is available (YYYY-MM-DD) """
    date_to: datetime.date | None | Unset = UNSET
    """ Last date the service is available (YYYY-MM-DD) """
    seance_search_start: float | Unset = UNSET
    """ Start of the period when the appointment is available, in seconds """
    seance_search_finish: float | Unset = UNSET
    """ End of the period in which the appointment can be booked, in seconds """
    step: float | Unset = UNSET
    """ Interval at which slots are displayed, in seconds """
    seance_search_step: float | Unset = UNSET
    """ Slot search interval, in seconds """
    weight: float | Unset = UNSET
    """ Weight of the service, used to order services on display """
    active: float | Unset = UNSET
    """ 1: bookable online, 0: not bookable online """
    api_id: str | Unset = UNSET
    """ ID of the service in an external system """
    print_title: str | Unset = UNSET
    """ Title of the service for printing """
    service_type: float | Unset = UNSET
    """ Type of service """
    api_service_id: int | Unset = UNSET
    """ ID of the service in an external API """
    repeat_visit_days_step: None | str | Unset = UNSET
    """ Step in days between repeat visits """
    schedule_template_type: float | Unset = UNSET
    """ Type of schedule template """
    online_invoicing_status: float | Unset = UNSET
    """ Status of online invoicing """
    is_abonement_autopayment_enabled: float | Unset = UNSET
    """ Whether membership autopayment is on (1/0) """
    autopayment_before_visit_time: float | Unset = UNSET
    """ Automatic payment ahead of the visit time """
    abonement_restriction_value: float | Unset = UNSET
    """ Value of the membership restriction """
    is_chain: bool | Unset = UNSET
    """ Whether the service belongs to the chain """
    is_price_managed_only_in_chain: bool | Unset = UNSET
    """ Whether the price is managed at chain level only """
    is_comment_managed_only_in_chain: bool | Unset = UNSET
    """ Whether the comment is managed at chain level only """
    price_prepaid_amount: float | Unset = UNSET
    """ Amount prepaid """
    price_prepaid_percent: float | Unset = UNSET
    """ Prepaid percentage """
    id: int | Unset = UNSET
    """ ID of the service """
    salon_service_id: int | Unset = UNSET
    """ ID of the location service """
    prepaid: str | Unset = UNSET
    """ Prepayment status: forbidden, optional or required """
    capacity: float | Unset = UNSET
    """ Capacity of the service """
    image_group: list[RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem] | Unset = UNSET
    """ Group of images """
    dates: list[str] | Unset = UNSET
    """ Dates of the service """
    resources: list[RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem] | Unset = UNSET
    """ Resources of the service """
    is_online: bool | Unset = UNSET
    """ Whether it can be booked online """
    staff: list[RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
    """ Team members who provide the service, with session length """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem,
            RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem,
            RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem,
        ) = _LAZY or _lazy()
        title = self.title

        booking_title = self.booking_title

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

        is_multi = self.is_multi

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        is_need_limit_date = self.is_need_limit_date

        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        elif isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        elif isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
            date_to = self.date_to

        seance_search_start = self.seance_search_start

        seance_search_finish = self.seance_search_finish

        step = self.step

        seance_search_step = self.seance_search_step

        weight = self.weight

        active = self.active

        api_id = self.api_id

        print_title = self.print_title

        service_type = self.service_type

        api_service_id = self.api_service_id

        repeat_visit_days_step: None | str | Unset
        if isinstance(self.repeat_visit_days_step, Unset):
            repeat_visit_days_step = UNSET
        else:
            repeat_visit_days_step = self.repeat_visit_days_step

        schedule_template_type = self.schedule_template_type

        online_invoicing_status = self.online_invoicing_status

        is_abonement_autopayment_enabled = self.is_abonement_autopayment_enabled

        autopayment_before_visit_time = self.autopayment_before_visit_time

        abonement_restriction_value = self.abonement_restriction_value

        is_chain = self.is_chain

        is_price_managed_only_in_chain = self.is_price_managed_only_in_chain

        is_comment_managed_only_in_chain = self.is_comment_managed_only_in_chain

        price_prepaid_amount = self.price_prepaid_amount

        price_prepaid_percent = self.price_prepaid_percent

        id = self.id

        salon_service_id = self.salon_service_id

        prepaid = self.prepaid

        capacity = self.capacity

        image_group: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = []
            for image_group_item_data in self.image_group:
                image_group_item = image_group_item_data.to_dict()
                image_group.append(image_group_item)

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        is_online = self.is_online

        staff: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = []
            for staff_item_data in self.staff:
                staff_item = staff_item_data.to_dict()
                staff.append(staff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if booking_title is not UNSET:
            field_dict["booking_title"] = booking_title
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
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if is_need_limit_date is not UNSET:
            field_dict["is_need_limit_date"] = is_need_limit_date
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if seance_search_start is not UNSET:
            field_dict["seance_search_start"] = seance_search_start
        if seance_search_finish is not UNSET:
            field_dict["seance_search_finish"] = seance_search_finish
        if step is not UNSET:
            field_dict["step"] = step
        if seance_search_step is not UNSET:
            field_dict["seance_search_step"] = seance_search_step
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if print_title is not UNSET:
            field_dict["print_title"] = print_title
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if api_service_id is not UNSET:
            field_dict["api_service_id"] = api_service_id
        if repeat_visit_days_step is not UNSET:
            field_dict["repeat_visit_days_step"] = repeat_visit_days_step
        if schedule_template_type is not UNSET:
            field_dict["schedule_template_type"] = schedule_template_type
        if online_invoicing_status is not UNSET:
            field_dict["online_invoicing_status"] = online_invoicing_status
        if is_abonement_autopayment_enabled is not UNSET:
            field_dict["is_abonement_autopayment_enabled"] = is_abonement_autopayment_enabled
        if autopayment_before_visit_time is not UNSET:
            field_dict["autopayment_before_visit_time"] = autopayment_before_visit_time
        if abonement_restriction_value is not UNSET:
            field_dict["abonement_restriction_value"] = abonement_restriction_value
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_price_managed_only_in_chain is not UNSET:
            field_dict["is_price_managed_only_in_chain"] = is_price_managed_only_in_chain
        if is_comment_managed_only_in_chain is not UNSET:
            field_dict["is_comment_managed_only_in_chain"] = is_comment_managed_only_in_chain
        if price_prepaid_amount is not UNSET:
            field_dict["price_prepaid_amount"] = price_prepaid_amount
        if price_prepaid_percent is not UNSET:
            field_dict["price_prepaid_percent"] = price_prepaid_percent
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if image_group is not UNSET:
            field_dict["image_group"] = image_group
        if dates is not UNSET:
            field_dict["dates"] = dates
        if resources is not UNSET:
            field_dict["resources"] = resources
        if is_online is not UNSET:
            field_dict["is_online"] = is_online
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem,
            RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem,
            RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        booking_title = _get("booking_title", UNSET)
        if type(booking_title) is not str and booking_title is not UNSET:
            booking_title = _v.str_(booking_title, "booking_title")

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

        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _v.bool_(is_multi, "is_multi")

        tax_variant = _get("tax_variant", UNSET)
        if type(tax_variant) is not float and tax_variant is not UNSET:
            tax_variant = _v.float_(tax_variant, "tax_variant")

        vat_id = _get("vat_id", UNSET)
        if type(vat_id) is not int and vat_id is not UNSET:
            vat_id = _v.int_(vat_id, "vat_id")

        is_need_limit_date = _get("is_need_limit_date", UNSET)
        if type(is_need_limit_date) is not bool and is_need_limit_date is not UNSET:
            is_need_limit_date = _v.bool_(is_need_limit_date, "is_need_limit_date")

        date_from = _get("date_from", UNSET)
        if date_from is not UNSET:
            date_from = _v.date_(date_from, "date_from", True)

        date_to = _get("date_to", UNSET)
        if date_to is not UNSET:
            date_to = _v.date_(date_to, "date_to", True)

        seance_search_start = _get("seance_search_start", UNSET)
        if type(seance_search_start) is not float and seance_search_start is not UNSET:
            seance_search_start = _v.float_(seance_search_start, "seance_search_start")

        seance_search_finish = _get("seance_search_finish", UNSET)
        if type(seance_search_finish) is not float and seance_search_finish is not UNSET:
            seance_search_finish = _v.float_(seance_search_finish, "seance_search_finish")

        step = _get("step", UNSET)
        if type(step) is not float and step is not UNSET:
            step = _v.float_(step, "step")

        seance_search_step = _get("seance_search_step", UNSET)
        if type(seance_search_step) is not float and seance_search_step is not UNSET:
            seance_search_step = _v.float_(seance_search_step, "seance_search_step")

        weight = _get("weight", UNSET)
        if type(weight) is not float and weight is not UNSET:
            weight = _v.float_(weight, "weight")

        active = _get("active", UNSET)
        if type(active) is not float and active is not UNSET:
            active = _v.float_(active, "active")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        print_title = _get("print_title", UNSET)
        if type(print_title) is not str and print_title is not UNSET:
            print_title = _v.str_(print_title, "print_title")

        service_type = _get("service_type", UNSET)
        if type(service_type) is not float and service_type is not UNSET:
            service_type = _v.float_(service_type, "service_type")

        api_service_id = _get("api_service_id", UNSET)
        if type(api_service_id) is not int and api_service_id is not UNSET:
            api_service_id = _v.int_(api_service_id, "api_service_id")

        repeat_visit_days_step = _get("repeat_visit_days_step", UNSET)
        if type(repeat_visit_days_step) is not str and repeat_visit_days_step is not UNSET:
            repeat_visit_days_step = _v.str_(repeat_visit_days_step, "repeat_visit_days_step", True)

        schedule_template_type = _get("schedule_template_type", UNSET)
        if type(schedule_template_type) is not float and schedule_template_type is not UNSET:
            schedule_template_type = _v.float_(schedule_template_type, "schedule_template_type")

        online_invoicing_status = _get("online_invoicing_status", UNSET)
        if type(online_invoicing_status) is not float and online_invoicing_status is not UNSET:
            online_invoicing_status = _v.float_(online_invoicing_status, "online_invoicing_status")

        is_abonement_autopayment_enabled = _get("is_abonement_autopayment_enabled", UNSET)
        if type(is_abonement_autopayment_enabled) is not float and is_abonement_autopayment_enabled is not UNSET:
            is_abonement_autopayment_enabled = _v.float_(
                is_abonement_autopayment_enabled, "is_abonement_autopayment_enabled"
            )

        autopayment_before_visit_time = _get("autopayment_before_visit_time", UNSET)
        if type(autopayment_before_visit_time) is not float and autopayment_before_visit_time is not UNSET:
            autopayment_before_visit_time = _v.float_(autopayment_before_visit_time, "autopayment_before_visit_time")

        abonement_restriction_value = _get("abonement_restriction_value", UNSET)
        if type(abonement_restriction_value) is not float and abonement_restriction_value is not UNSET:
            abonement_restriction_value = _v.float_(abonement_restriction_value, "abonement_restriction_value")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _v.bool_(is_chain, "is_chain")

        is_price_managed_only_in_chain = _get("is_price_managed_only_in_chain", UNSET)
        if type(is_price_managed_only_in_chain) is not bool and is_price_managed_only_in_chain is not UNSET:
            is_price_managed_only_in_chain = _v.bool_(is_price_managed_only_in_chain, "is_price_managed_only_in_chain")

        is_comment_managed_only_in_chain = _get("is_comment_managed_only_in_chain", UNSET)
        if type(is_comment_managed_only_in_chain) is not bool and is_comment_managed_only_in_chain is not UNSET:
            is_comment_managed_only_in_chain = _v.bool_(
                is_comment_managed_only_in_chain, "is_comment_managed_only_in_chain"
            )

        price_prepaid_amount = _get("price_prepaid_amount", UNSET)
        if type(price_prepaid_amount) is not float and price_prepaid_amount is not UNSET:
            price_prepaid_amount = _v.float_(price_prepaid_amount, "price_prepaid_amount")

        price_prepaid_percent = _get("price_prepaid_percent", UNSET)
        if type(price_prepaid_percent) is not float and price_prepaid_percent is not UNSET:
            price_prepaid_percent = _v.float_(price_prepaid_percent, "price_prepaid_percent")

        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _v.int_(salon_service_id, "salon_service_id")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _v.str_(prepaid, "prepaid")

        capacity = _get("capacity", UNSET)
        if type(capacity) is not float and capacity is not UNSET:
            capacity = _v.float_(capacity, "capacity")

        _image_group = _get("image_group", UNSET)
        if _image_group is UNSET:
            image_group = UNSET
        else:
            if type(_image_group) is not list:
                _image_group = _v.array(_image_group, "image_group")
            image_group = []
            try:
                for _item in _image_group:
                    image_group.append(
                        RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "image_group", image_group) from None

        _dates = _get("dates", UNSET)
        if _dates is UNSET:
            dates = UNSET
        else:
            if type(_dates) is not list:
                _dates = _v.array(_dates, "dates")
            dates = []
            try:
                for _item in _dates:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(dates))

                    dates.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "dates") from None

        _resources = _get("resources", UNSET)
        if _resources is UNSET:
            resources = UNSET
        else:
            if type(_resources) is not list:
                _resources = _v.array(_resources, "resources")
            resources = []
            try:
                for _item in _resources:
                    resources.append(
                        RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "resources", resources) from None

        is_online = _get("is_online", UNSET)
        if type(is_online) is not bool and is_online is not UNSET:
            is_online = _v.bool_(is_online, "is_online")

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            if type(_staff) is not list:
                _staff = _v.array(_staff, "staff")
            staff = []
            try:
                for _item in _staff:
                    staff.append(RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "staff", staff) from None

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.booking_title = booking_title
        _obj.category_id = category_id
        _obj.price_min = price_min
        _obj.price_max = price_max
        _obj.duration = duration
        _obj.technical_break_duration = technical_break_duration
        _obj.discount = discount
        _obj.comment = comment
        _obj.is_multi = is_multi
        _obj.tax_variant = tax_variant
        _obj.vat_id = vat_id
        _obj.is_need_limit_date = is_need_limit_date
        _obj.date_from = date_from
        _obj.date_to = date_to
        _obj.seance_search_start = seance_search_start
        _obj.seance_search_finish = seance_search_finish
        _obj.step = step
        _obj.seance_search_step = seance_search_step
        _obj.weight = weight
        _obj.active = active
        _obj.api_id = api_id
        _obj.print_title = print_title
        _obj.service_type = service_type
        _obj.api_service_id = api_service_id
        _obj.repeat_visit_days_step = repeat_visit_days_step
        _obj.schedule_template_type = schedule_template_type
        _obj.online_invoicing_status = online_invoicing_status
        _obj.is_abonement_autopayment_enabled = is_abonement_autopayment_enabled
        _obj.autopayment_before_visit_time = autopayment_before_visit_time
        _obj.abonement_restriction_value = abonement_restriction_value
        _obj.is_chain = is_chain
        _obj.is_price_managed_only_in_chain = is_price_managed_only_in_chain
        _obj.is_comment_managed_only_in_chain = is_comment_managed_only_in_chain
        _obj.price_prepaid_amount = price_prepaid_amount
        _obj.price_prepaid_percent = price_prepaid_percent
        _obj.id = id
        _obj.salon_service_id = salon_service_id
        _obj.prepaid = prepaid
        _obj.capacity = capacity
        _obj.image_group = image_group
        _obj.dates = dates
        _obj.resources = resources
        _obj.is_online = is_online
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
