from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_partner_appointment_list_response_200_data_item_client import (
        GetPartnerAppointmentListResponse200DataItemClient,
    )
    from ..models.get_partner_appointment_list_response_200_data_item_company import (
        GetPartnerAppointmentListResponse200DataItemCompany,
    )
    from ..models.get_partner_appointment_list_response_200_data_item_custom_fields import (
        GetPartnerAppointmentListResponse200DataItemCustomFields,
    )
    from ..models.get_partner_appointment_list_response_200_data_item_services_item import (
        GetPartnerAppointmentListResponse200DataItemServicesItem,
    )
    from ..models.get_partner_appointment_list_response_200_data_item_staff import (
        GetPartnerAppointmentListResponse200DataItemStaff,
    )


T = TypeVar("T", bound="GetPartnerAppointmentListResponse200DataItem")


@_attrs_define
class GetPartnerAppointmentListResponse200DataItem:
    id: int | Unset = UNSET
    date: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    create_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    attendance: float | Unset = UNSET
    length: float | Unset = UNSET
    notify_by_sms: float | Unset = UNSET
    notify_by_email: float | Unset = UNSET
    master_requested: bool | Unset = UNSET
    online: bool | Unset = UNSET
    api_id: int | Unset = UNSET
    last_change_date: str | Unset = UNSET
    prepaid: float | Unset = UNSET
    prepaid_confirmed: float | Unset = UNSET
    activity_id: int | Unset = UNSET
    services: list[GetPartnerAppointmentListResponse200DataItemServicesItem] | Unset = UNSET
    company: GetPartnerAppointmentListResponse200DataItemCompany | Unset = UNSET
    staff: GetPartnerAppointmentListResponse200DataItemStaff | Unset = UNSET
    client: GetPartnerAppointmentListResponse200DataItemClient | Unset = UNSET
    custom_fields: GetPartnerAppointmentListResponse200DataItemCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date

        datetime_ = self.datetime_

        create_date = self.create_date

        comment = self.comment

        deleted = self.deleted

        attendance = self.attendance

        length = self.length

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        master_requested = self.master_requested

        online = self.online

        api_id = self.api_id

        last_change_date = self.last_change_date

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        activity_id = self.activity_id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if length is not UNSET:
            field_dict["length"] = length
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if master_requested is not UNSET:
            field_dict["master_requested"] = master_requested
        if online is not UNSET:
            field_dict["online"] = online
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if services is not UNSET:
            field_dict["services"] = services
        if company is not UNSET:
            field_dict["company"] = company
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_partner_appointment_list_response_200_data_item_client import (
            GetPartnerAppointmentListResponse200DataItemClient,  # noqa: PLC0415
        )
        from ..models.get_partner_appointment_list_response_200_data_item_company import (
            GetPartnerAppointmentListResponse200DataItemCompany,  # noqa: PLC0415
        )
        from ..models.get_partner_appointment_list_response_200_data_item_custom_fields import (
            GetPartnerAppointmentListResponse200DataItemCustomFields,  # noqa: PLC0415
        )
        from ..models.get_partner_appointment_list_response_200_data_item_services_item import (
            GetPartnerAppointmentListResponse200DataItemServicesItem,  # noqa: PLC0415
        )
        from ..models.get_partner_appointment_list_response_200_data_item_staff import (
            GetPartnerAppointmentListResponse200DataItemStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        date = d.pop("date", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        create_date = d.pop("create_date", UNSET)

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        attendance = d.pop("attendance", UNSET)

        length = d.pop("length", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        master_requested = d.pop("master_requested", UNSET)

        online = d.pop("online", UNSET)

        api_id = d.pop("api_id", UNSET)

        last_change_date = d.pop("last_change_date", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        prepaid_confirmed = d.pop("prepaid_confirmed", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[GetPartnerAppointmentListResponse200DataItemServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = GetPartnerAppointmentListResponse200DataItemServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _company = d.pop("company", UNSET)
        company: GetPartnerAppointmentListResponse200DataItemCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = GetPartnerAppointmentListResponse200DataItemCompany.from_dict(_company)

        _staff = d.pop("staff", UNSET)
        staff: GetPartnerAppointmentListResponse200DataItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = GetPartnerAppointmentListResponse200DataItemStaff.from_dict(_staff)

        _client = d.pop("client", UNSET)
        client: GetPartnerAppointmentListResponse200DataItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = GetPartnerAppointmentListResponse200DataItemClient.from_dict(_client)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: GetPartnerAppointmentListResponse200DataItemCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = GetPartnerAppointmentListResponse200DataItemCustomFields.from_dict(_custom_fields)

        get_partner_appointment_list_response_200_data_item = cls(
            id=id,
            date=date,
            datetime_=datetime_,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            attendance=attendance,
            length=length,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            master_requested=master_requested,
            online=online,
            api_id=api_id,
            last_change_date=last_change_date,
            prepaid=prepaid,
            prepaid_confirmed=prepaid_confirmed,
            activity_id=activity_id,
            services=services,
            company=company,
            staff=staff,
            client=client,
            custom_fields=custom_fields,
        )

        get_partner_appointment_list_response_200_data_item.additional_properties = d
        return get_partner_appointment_list_response_200_data_item

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
