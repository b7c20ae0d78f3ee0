from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_request_client import AppointmentRequestClient
    from ..models.appointment_request_custom_fields import AppointmentRequestCustomFields
    from ..models.appointment_request_services_item import AppointmentRequestServicesItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.appointment_request_client import AppointmentRequestClient  # noqa: PLC0415
    from ..models.appointment_request_custom_fields import AppointmentRequestCustomFields  # noqa: PLC0415
    from ..models.appointment_request_services_item import AppointmentRequestServicesItem  # noqa: PLC0415

    _LAZY = (
        _v,
        AppointmentRequestClient,
        AppointmentRequestCustomFields,
        AppointmentRequestServicesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "activity_id",
        "staff_id",
        "services",
        "client",
        "save_if_busy",
        "datetime",
        "seance_length",
        "send_sms",
        "comment",
        "sms_remain_hours",
        "email_remain_hours",
        "attendance",
        "api_id",
        "custom_color",
        "record_labels",
        "technical_break_duration",
        "custom_fields",
    }
)


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
        (
            _,
            AppointmentRequestClient,
            AppointmentRequestCustomFields,
            AppointmentRequestServicesItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            AppointmentRequestClient,
            AppointmentRequestCustomFields,
            AppointmentRequestServicesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _v.int_(activity_id, "activity_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not float and staff_id is not UNSET:
            staff_id = _v.float_(staff_id, "staff_id")

        _services = _get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            if type(_services) is not list:
                _services = _v.array(_services, "services")
            services = []
            try:
                for _item in _services:
                    services.append(AppointmentRequestServicesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services", services) from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            try:
                client = AppointmentRequestClient.from_dict(_client)
            except _v.Invalid as _e:
                raise _v.at(_e, "client") from None

        save_if_busy = _get("save_if_busy", UNSET)
        if type(save_if_busy) is not bool and save_if_busy is not UNSET:
            save_if_busy = _v.bool_(save_if_busy, "save_if_busy")

        datetime_ = _get("datetime", UNSET)
        if type(datetime_) is str:
            try:
                datetime_ = _v.fromisoformat(datetime_)
            except ValueError:
                datetime_ = _v.datetime_(datetime_, "datetime")
        elif datetime_ is not UNSET:
            datetime_ = _v.datetime_(datetime_, "datetime")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and seance_length is not UNSET:
            seance_length = _v.float_(seance_length, "seance_length")

        send_sms = _get("send_sms", UNSET)
        if type(send_sms) is not bool and send_sms is not UNSET:
            send_sms = _v.bool_(send_sms, "send_sms")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        sms_remain_hours = _get("sms_remain_hours", UNSET)
        if type(sms_remain_hours) is not float and sms_remain_hours is not UNSET:
            sms_remain_hours = _v.float_(sms_remain_hours, "sms_remain_hours")

        email_remain_hours = _get("email_remain_hours", UNSET)
        if type(email_remain_hours) is not float and email_remain_hours is not UNSET:
            email_remain_hours = _v.float_(email_remain_hours, "email_remain_hours")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and attendance is not UNSET:
            attendance = _v.float_(attendance, "attendance")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        custom_color = _get("custom_color", UNSET)
        if type(custom_color) is not str and custom_color is not UNSET:
            custom_color = _v.str_(custom_color, "custom_color")

        _record_labels = _get("record_labels", UNSET)
        if _record_labels is UNSET:
            record_labels = UNSET
        else:
            if type(_record_labels) is not list:
                _record_labels = _v.array(_record_labels, "record_labels")
            record_labels = []
            try:
                for _item in _record_labels:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(record_labels))

                    record_labels.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "record_labels") from None

        technical_break_duration = _get("technical_break_duration", UNSET)
        if type(technical_break_duration) is not float and technical_break_duration is not UNSET:
            technical_break_duration = _v.float_(technical_break_duration, "technical_break_duration", True)

        _custom_fields = _get("custom_fields", UNSET)
        if _custom_fields is UNSET:
            custom_fields = UNSET
        else:
            try:
                custom_fields = AppointmentRequestCustomFields.from_dict(_custom_fields)
            except _v.Invalid as _e:
                raise _v.at(_e, "custom_fields") from None

        _obj = cls.__new__(cls)
        _obj.activity_id = activity_id
        _obj.staff_id = staff_id
        _obj.services = services
        _obj.client = client
        _obj.save_if_busy = save_if_busy
        _obj.datetime_ = datetime_
        _obj.seance_length = seance_length
        _obj.send_sms = send_sms
        _obj.comment = comment
        _obj.sms_remain_hours = sms_remain_hours
        _obj.email_remain_hours = email_remain_hours
        _obj.attendance = attendance
        _obj.api_id = api_id
        _obj.custom_color = custom_color
        _obj.record_labels = record_labels
        _obj.technical_break_duration = technical_break_duration
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
