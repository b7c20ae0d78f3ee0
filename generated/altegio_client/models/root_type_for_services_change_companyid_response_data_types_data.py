from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        from ..models.root_type_for_services_change_companyid_response_data_types_data_image_group_item import (
            RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_services_change_companyid_response_data_types_data_resources_item import (
            RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_services_change_companyid_response_data_types_data_staff_item import (
            RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        booking_title = d.pop("booking_title", UNSET)

        category_id = d.pop("category_id", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        tax_variant = d.pop("tax_variant", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        is_need_limit_date = d.pop("is_need_limit_date", UNSET)

        def _parse_date_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_from_type_0 = datetime.date.fromisoformat(data)

            return date_from_type_0

        date_from = _parse_date_from(d.pop("date_from", UNSET))

        def _parse_date_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_to_type_0 = datetime.date.fromisoformat(data)

            return date_to_type_0

        date_to = _parse_date_to(d.pop("date_to", UNSET))

        seance_search_start = d.pop("seance_search_start", UNSET)

        seance_search_finish = d.pop("seance_search_finish", UNSET)

        step = d.pop("step", UNSET)

        seance_search_step = d.pop("seance_search_step", UNSET)

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        api_id = d.pop("api_id", UNSET)

        print_title = d.pop("print_title", UNSET)

        service_type = d.pop("service_type", UNSET)

        api_service_id = d.pop("api_service_id", UNSET)

        def _parse_repeat_visit_days_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repeat_visit_days_step = _parse_repeat_visit_days_step(d.pop("repeat_visit_days_step", UNSET))

        schedule_template_type = d.pop("schedule_template_type", UNSET)

        online_invoicing_status = d.pop("online_invoicing_status", UNSET)

        is_abonement_autopayment_enabled = d.pop("is_abonement_autopayment_enabled", UNSET)

        autopayment_before_visit_time = d.pop("autopayment_before_visit_time", UNSET)

        abonement_restriction_value = d.pop("abonement_restriction_value", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_price_managed_only_in_chain = d.pop("is_price_managed_only_in_chain", UNSET)

        is_comment_managed_only_in_chain = d.pop("is_comment_managed_only_in_chain", UNSET)

        price_prepaid_amount = d.pop("price_prepaid_amount", UNSET)

        price_prepaid_percent = d.pop("price_prepaid_percent", UNSET)

        id = d.pop("id", UNSET)

        salon_service_id = d.pop("salon_service_id", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        capacity = d.pop("capacity", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: list[RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem] | Unset = UNSET
        if _image_group is not UNSET:
            image_group = []
            for image_group_item_data in _image_group:
                image_group_item = RootTypeForServicesChangeCompanyidResponseDataTypesDataImageGroupItem.from_dict(
                    image_group_item_data
                )

                image_group.append(image_group_item)

        dates = cast(list[str], d.pop("dates", UNSET))

        _resources = d.pop("resources", UNSET)
        resources: list[RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = RootTypeForServicesChangeCompanyidResponseDataTypesDataResourcesItem.from_dict(
                    resources_item_data
                )

                resources.append(resources_item)

        is_online = d.pop("is_online", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: list[RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem] | Unset = UNSET
        if _staff is not UNSET:
            staff = []
            for staff_item_data in _staff:
                staff_item = RootTypeForServicesChangeCompanyidResponseDataTypesDataStaffItem.from_dict(staff_item_data)

                staff.append(staff_item)

        root_type_for_services_change_companyid_response_data_types_data = cls(
            title=title,
            booking_title=booking_title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            duration=duration,
            technical_break_duration=technical_break_duration,
            discount=discount,
            comment=comment,
            is_multi=is_multi,
            tax_variant=tax_variant,
            vat_id=vat_id,
            is_need_limit_date=is_need_limit_date,
            date_from=date_from,
            date_to=date_to,
            seance_search_start=seance_search_start,
            seance_search_finish=seance_search_finish,
            step=step,
            seance_search_step=seance_search_step,
            weight=weight,
            active=active,
            api_id=api_id,
            print_title=print_title,
            service_type=service_type,
            api_service_id=api_service_id,
            repeat_visit_days_step=repeat_visit_days_step,
            schedule_template_type=schedule_template_type,
            online_invoicing_status=online_invoicing_status,
            is_abonement_autopayment_enabled=is_abonement_autopayment_enabled,
            autopayment_before_visit_time=autopayment_before_visit_time,
            abonement_restriction_value=abonement_restriction_value,
            is_chain=is_chain,
            is_price_managed_only_in_chain=is_price_managed_only_in_chain,
            is_comment_managed_only_in_chain=is_comment_managed_only_in_chain,
            price_prepaid_amount=price_prepaid_amount,
            price_prepaid_percent=price_prepaid_percent,
            id=id,
            salon_service_id=salon_service_id,
            prepaid=prepaid,
            capacity=capacity,
            image_group=image_group,
            dates=dates,
            resources=resources,
            is_online=is_online,
            staff=staff,
        )

        root_type_for_services_change_companyid_response_data_types_data.additional_properties = d
        return root_type_for_services_change_companyid_response_data_types_data

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
