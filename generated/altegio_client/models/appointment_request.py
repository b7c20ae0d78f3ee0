from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_request_client import AppointmentRequestClient
    from ..models.appointment_request_custom_fields import AppointmentRequestCustomFields
    from ..models.appointment_request_services_item import AppointmentRequestServicesItem


T = TypeVar("T", bound="AppointmentRequest")


@_attrs_define
class AppointmentRequest:
    """Body for creating or fully updating an Appointment. Standard Appointment: staff_id, services, client, datetime,
    seance_length required; Group Event Appointment: activity_id, client required.

        Example:
            {'staff_id': 8886, 'services': [{'id': 331, 'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333,
                'first_cost': 2000, 'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
                'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime': '2026-09-21T23:00:00.000-05:00',
                'seance_length': 3600, 'send_sms': True, 'comment': 'test appointment!', 'sms_remain_hours': 6,
                'email_remain_hours': 24, 'attendance': 1, 'api_id': '777', 'custom_color': 'f44336', 'record_labels': ['67345',
                '104474'], 'custom_fields': {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}

    """

    activity_id: int | Unset = 0
    """ ID of the Group Event. Needed for a Group Event Appointment; leave out or pass 0 for a standard Appointment.
    On update it must equal the Appointment's current value. """
    staff_id: float | Unset = UNSET
    """ ID of the team member """
    services: list[AppointmentRequestServicesItem] | Unset = UNSET
    """ Parameters of the service (id, cost, discount) """
    client: AppointmentRequestClient | Unset = UNSET
    """ Client data (phone, name, email) """
    save_if_busy: bool | Unset = UNSET
    """ Whether to keep the appointment when the time is taken or outside working hours, instead of returning an
    error """
    datetime_: datetime.datetime | Unset = UNSET
    """ Appointment date and time """
    seance_length: float | Unset = UNSET
    """ Length of the appointment in seconds, technical_break_duration included. To add a technical break without
    cutting service time, raise seance_length by the break's length. """
    send_sms: bool | Unset = UNSET
    """ Whether the client gets an SMS with the appointment details """
    comment: str | Unset = UNSET
    """ Comment on the appointment """
    sms_remain_hours: float | Unset = UNSET
    """ Hours before the visit at which the client gets an SMS reminder; 0 means no reminder. """
    email_remain_hours: float | Unset = UNSET
    """ Hours before the visit at which the client gets an email reminder; 0 means no reminder. """
    attendance: float | Unset = UNSET
    """ Appointment status: 2 confirmed by the user, 1 user arrived and services were rendered, 0 waiting for the
    user, -1 user did not show up """
    api_id: str | Unset = UNSET
    """ ID in an external system """
    custom_color: str | Unset = UNSET
    """ Color of the appointment """
    record_labels: list[str] | Unset = UNSET
    """ IDs of post categories """
    technical_break_duration: float | None | Unset = UNSET
    """ Length of the technical break, in seconds. Must be a multiple of 300 (5 minutes), at most 3600 (1 hour).
    When null or omitted, the location default from Settings → Appointment Log → Technical Breaks applies. """
    custom_fields: AppointmentRequestCustomFields | Unset = UNSET
    """ Values of custom appointment fields, keyed by field code.

    Requires both `custom_fields_record_values_read_access` and `custom_fields_record_values_edit_access` for the
    business user. Passing `custom_fields` on an appointment update does not make it a partial update: the required
    main fields for that appointment type must be sent again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        staff_id = self.staff_id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        save_if_busy = self.save_if_busy

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        seance_length = self.seance_length

        send_sms = self.send_sms

        comment = self.comment

        sms_remain_hours = self.sms_remain_hours

        email_remain_hours = self.email_remain_hours

        attendance = self.attendance

        api_id = self.api_id

        custom_color = self.custom_color

        record_labels: list[str] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = self.record_labels

        technical_break_duration: float | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if services is not UNSET:
            field_dict["services"] = services
        if client is not UNSET:
            field_dict["client"] = client
        if save_if_busy is not UNSET:
            field_dict["save_if_busy"] = save_if_busy
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment_request_client import AppointmentRequestClient  # noqa: PLC0415
        from ..models.appointment_request_custom_fields import AppointmentRequestCustomFields  # noqa: PLC0415
        from ..models.appointment_request_services_item import AppointmentRequestServicesItem  # noqa: PLC0415

        d = dict(src_dict)
        activity_id = d.pop("activity_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[AppointmentRequestServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = AppointmentRequestServicesItem.from_dict(services_item_data)

                services.append(services_item)

        _client = d.pop("client", UNSET)
        client: AppointmentRequestClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = AppointmentRequestClient.from_dict(_client)

        save_if_busy = d.pop("save_if_busy", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = datetime.datetime.fromisoformat(_datetime_)

        seance_length = d.pop("seance_length", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        comment = d.pop("comment", UNSET)

        sms_remain_hours = d.pop("sms_remain_hours", UNSET)

        email_remain_hours = d.pop("email_remain_hours", UNSET)

        attendance = d.pop("attendance", UNSET)

        api_id = d.pop("api_id", UNSET)

        custom_color = d.pop("custom_color", UNSET)

        record_labels = cast(list[str], d.pop("record_labels", UNSET))

        def _parse_technical_break_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: AppointmentRequestCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = AppointmentRequestCustomFields.from_dict(_custom_fields)

        appointment_request = cls(
            activity_id=activity_id,
            staff_id=staff_id,
            services=services,
            client=client,
            save_if_busy=save_if_busy,
            datetime_=datetime_,
            seance_length=seance_length,
            send_sms=send_sms,
            comment=comment,
            sms_remain_hours=sms_remain_hours,
            email_remain_hours=email_remain_hours,
            attendance=attendance,
            api_id=api_id,
            custom_color=custom_color,
            record_labels=record_labels,
            technical_break_duration=technical_break_duration,
            custom_fields=custom_fields,
        )

        appointment_request.additional_properties = d
        return appointment_request

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
