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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

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

    _LAZY = (
        _v,
        GetPartnerAppointmentListResponse200DataItemClient,
        GetPartnerAppointmentListResponse200DataItemCompany,
        GetPartnerAppointmentListResponse200DataItemCustomFields,
        GetPartnerAppointmentListResponse200DataItemServicesItem,
        GetPartnerAppointmentListResponse200DataItemStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "date",
        "datetime",
        "create_date",
        "comment",
        "deleted",
        "attendance",
        "length",
        "notify_by_sms",
        "notify_by_email",
        "master_requested",
        "online",
        "api_id",
        "last_change_date",
        "prepaid",
        "prepaid_confirmed",
        "activity_id",
        "services",
        "company",
        "staff",
        "client",
        "custom_fields",
    }
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
        (
            _,
            GetPartnerAppointmentListResponse200DataItemClient,
            GetPartnerAppointmentListResponse200DataItemCompany,
            GetPartnerAppointmentListResponse200DataItemCustomFields,
            GetPartnerAppointmentListResponse200DataItemServicesItem,
            GetPartnerAppointmentListResponse200DataItemStaff,
        ) = _LAZY or _lazy()
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
        (
            _v,
            GetPartnerAppointmentListResponse200DataItemClient,
            GetPartnerAppointmentListResponse200DataItemCompany,
            GetPartnerAppointmentListResponse200DataItemCustomFields,
            GetPartnerAppointmentListResponse200DataItemServicesItem,
            GetPartnerAppointmentListResponse200DataItemStaff,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        date = _get("date", UNSET)
        if type(date) is not str and date is not UNSET:
            date = _v.str_(date, "date")

        datetime_ = _get("datetime", UNSET)
        if type(datetime_) is not str and datetime_ is not UNSET:
            datetime_ = _v.str_(datetime_, "datetime")

        create_date = _get("create_date", UNSET)
        if type(create_date) is not str and create_date is not UNSET:
            create_date = _v.str_(create_date, "create_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _v.bool_(deleted, "deleted")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and attendance is not UNSET:
            attendance = _v.float_(attendance, "attendance")

        length = _get("length", UNSET)
        if type(length) is not float and length is not UNSET:
            length = _v.float_(length, "length")

        notify_by_sms = _get("notify_by_sms", UNSET)
        if type(notify_by_sms) is not float and notify_by_sms is not UNSET:
            notify_by_sms = _v.float_(notify_by_sms, "notify_by_sms")

        notify_by_email = _get("notify_by_email", UNSET)
        if type(notify_by_email) is not float and notify_by_email is not UNSET:
            notify_by_email = _v.float_(notify_by_email, "notify_by_email")

        master_requested = _get("master_requested", UNSET)
        if type(master_requested) is not bool and master_requested is not UNSET:
            master_requested = _v.bool_(master_requested, "master_requested")

        online = _get("online", UNSET)
        if type(online) is not bool and online is not UNSET:
            online = _v.bool_(online, "online")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not int and api_id is not UNSET:
            api_id = _v.int_(api_id, "api_id")

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is not str and last_change_date is not UNSET:
            last_change_date = _v.str_(last_change_date, "last_change_date")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not float and prepaid is not UNSET:
            prepaid = _v.float_(prepaid, "prepaid")

        prepaid_confirmed = _get("prepaid_confirmed", UNSET)
        if type(prepaid_confirmed) is not float and prepaid_confirmed is not UNSET:
            prepaid_confirmed = _v.float_(prepaid_confirmed, "prepaid_confirmed")

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _v.int_(activity_id, "activity_id")

        _services = _get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            if type(_services) is not list:
                _services = _v.array(_services, "services")
            services = []
            try:
                for _item in _services:
                    services.append(GetPartnerAppointmentListResponse200DataItemServicesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services", services) from None

        _company = _get("company", UNSET)
        if _company is UNSET:
            company = UNSET
        else:
            try:
                company = GetPartnerAppointmentListResponse200DataItemCompany.from_dict(_company)
            except _v.Invalid as _e:
                raise _v.at(_e, "company") from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = GetPartnerAppointmentListResponse200DataItemStaff.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            try:
                client = GetPartnerAppointmentListResponse200DataItemClient.from_dict(_client)
            except _v.Invalid as _e:
                raise _v.at(_e, "client") from None

        _custom_fields = _get("custom_fields", UNSET)
        if _custom_fields is UNSET:
            custom_fields = UNSET
        else:
            try:
                custom_fields = GetPartnerAppointmentListResponse200DataItemCustomFields.from_dict(_custom_fields)
            except _v.Invalid as _e:
                raise _v.at(_e, "custom_fields") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.date = date
        _obj.datetime_ = datetime_
        _obj.create_date = create_date
        _obj.comment = comment
        _obj.deleted = deleted
        _obj.attendance = attendance
        _obj.length = length
        _obj.notify_by_sms = notify_by_sms
        _obj.notify_by_email = notify_by_email
        _obj.master_requested = master_requested
        _obj.online = online
        _obj.api_id = api_id
        _obj.last_change_date = last_change_date
        _obj.prepaid = prepaid
        _obj.prepaid_confirmed = prepaid_confirmed
        _obj.activity_id = activity_id
        _obj.services = services
        _obj.company = company
        _obj.staff = staff
        _obj.client = client
        _obj.custom_fields = custom_fields

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
