from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_response_data_services_item_assistants_type_0_item import (
        AppointmentResponseDataServicesItemAssistantsType0Item,
    )
    from ..models.appointment_response_data_services_item_company_service_link import (
        AppointmentResponseDataServicesItemCompanyServiceLink,
    )
    from ..models.appointment_response_data_services_item_staff_service_link import (
        AppointmentResponseDataServicesItemStaffServiceLink,
    )


T = TypeVar("T", bound="AppointmentResponseDataServicesItem")


@_attrs_define
class AppointmentResponseDataServicesItem:
    id: int | Unset = UNSET
    """ ID of the service """
    title: str | Unset = UNSET
    """ Name of the service """
    cost: Any | Unset = UNSET
    """ Overall price of the service (Decimal) """
    cost_to_pay: float | Unset = UNSET
    """ Sum due (cost less discounts and deposits) """
    manual_cost: Any | Unset = UNSET
    """ Price set by hand (Decimal) """
    cost_per_unit: float | Unset = UNSET
    """ Cost per unit """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    first_cost: Any | Unset = UNSET
    """ Original cost of the service before discounts (Decimal) """
    amount: float | Unset = UNSET
    """ How many """
    assistants: list[AppointmentResponseDataServicesItemAssistantsType0Item] | None | Unset = UNSET
    """ Assistant team members for this service """
    staff_service_link: AppointmentResponseDataServicesItemStaffServiceLink | Unset = UNSET
    """ Settings of the team member's service link """
    company_service_link: AppointmentResponseDataServicesItemCompanyServiceLink | Unset = UNSET
    """ Settings of the location service link """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        cost = self.cost

        cost_to_pay = self.cost_to_pay

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        first_cost = self.first_cost

        amount = self.amount

        assistants: list[dict[str, Any]] | None | Unset
        if isinstance(self.assistants, Unset):
            assistants = UNSET
        elif isinstance(self.assistants, list):
            assistants = []
            for assistants_type_0_item_data in self.assistants:
                assistants_type_0_item = assistants_type_0_item_data.to_dict()
                assistants.append(assistants_type_0_item)

        else:
            assistants = self.assistants

        staff_service_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff_service_link, Unset):
            staff_service_link = self.staff_service_link.to_dict()

        company_service_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_service_link, Unset):
            company_service_link = self.company_service_link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_to_pay is not UNSET:
            field_dict["cost_to_pay"] = cost_to_pay
        if manual_cost is not UNSET:
            field_dict["manual_cost"] = manual_cost
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if first_cost is not UNSET:
            field_dict["first_cost"] = first_cost
        if amount is not UNSET:
            field_dict["amount"] = amount
        if assistants is not UNSET:
            field_dict["assistants"] = assistants
        if staff_service_link is not UNSET:
            field_dict["staff_service_link"] = staff_service_link
        if company_service_link is not UNSET:
            field_dict["company_service_link"] = company_service_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment_response_data_services_item_assistants_type_0_item import (
            AppointmentResponseDataServicesItemAssistantsType0Item,  # noqa: PLC0415
        )
        from ..models.appointment_response_data_services_item_company_service_link import (
            AppointmentResponseDataServicesItemCompanyServiceLink,  # noqa: PLC0415
        )
        from ..models.appointment_response_data_services_item_staff_service_link import (
            AppointmentResponseDataServicesItemStaffServiceLink,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        cost = d.pop("cost", UNSET)

        cost_to_pay = d.pop("cost_to_pay", UNSET)

        manual_cost = d.pop("manual_cost", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        first_cost = d.pop("first_cost", UNSET)

        amount = d.pop("amount", UNSET)

        def _parse_assistants(
            data: object,
        ) -> list[AppointmentResponseDataServicesItemAssistantsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            assistants_type_0 = []
            _assistants_type_0 = data
            for assistants_type_0_item_data in _assistants_type_0:
                assistants_type_0_item = AppointmentResponseDataServicesItemAssistantsType0Item.from_dict(
                    assistants_type_0_item_data
                )

                assistants_type_0.append(assistants_type_0_item)

            return assistants_type_0

        assistants = _parse_assistants(d.pop("assistants", UNSET))

        _staff_service_link = d.pop("staff_service_link", UNSET)
        staff_service_link: AppointmentResponseDataServicesItemStaffServiceLink | Unset
        if isinstance(_staff_service_link, Unset):
            staff_service_link = UNSET
        else:
            staff_service_link = AppointmentResponseDataServicesItemStaffServiceLink.from_dict(_staff_service_link)

        _company_service_link = d.pop("company_service_link", UNSET)
        company_service_link: AppointmentResponseDataServicesItemCompanyServiceLink | Unset
        if isinstance(_company_service_link, Unset):
            company_service_link = UNSET
        else:
            company_service_link = AppointmentResponseDataServicesItemCompanyServiceLink.from_dict(
                _company_service_link
            )

        appointment_response_data_services_item = cls(
            id=id,
            title=title,
            cost=cost,
            cost_to_pay=cost_to_pay,
            manual_cost=manual_cost,
            cost_per_unit=cost_per_unit,
            discount=discount,
            first_cost=first_cost,
            amount=amount,
            assistants=assistants,
            staff_service_link=staff_service_link,
            company_service_link=company_service_link,
        )

        appointment_response_data_services_item.additional_properties = d
        return appointment_response_data_services_item

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
