from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_client_type_0 import AppointmentClientType0
    from ..models.appointment_consumables_item import AppointmentConsumablesItem
    from ..models.appointment_custom_fields_type_0 import AppointmentCustomFieldsType0
    from ..models.appointment_documents_item import AppointmentDocumentsItem
    from ..models.appointment_finance_transactions_item import AppointmentFinanceTransactionsItem
    from ..models.appointment_goods_transactions_item import AppointmentGoodsTransactionsItem
    from ..models.appointment_record_labels_item import AppointmentRecordLabelsItem
    from ..models.appointment_services_item import AppointmentServicesItem
    from ..models.appointment_staff import AppointmentStaff

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.appointment_client_type_0 import AppointmentClientType0  # noqa: PLC0415
    from ..models.appointment_consumables_item import AppointmentConsumablesItem  # noqa: PLC0415
    from ..models.appointment_custom_fields_type_0 import AppointmentCustomFieldsType0  # noqa: PLC0415
    from ..models.appointment_documents_item import AppointmentDocumentsItem  # noqa: PLC0415
    from ..models.appointment_finance_transactions_item import AppointmentFinanceTransactionsItem  # noqa: PLC0415
    from ..models.appointment_goods_transactions_item import AppointmentGoodsTransactionsItem  # noqa: PLC0415
    from ..models.appointment_record_labels_item import AppointmentRecordLabelsItem  # noqa: PLC0415
    from ..models.appointment_services_item import AppointmentServicesItem  # noqa: PLC0415
    from ..models.appointment_staff import AppointmentStaff  # noqa: PLC0415

    _LAZY = (
        _v,
        AppointmentClientType0,
        AppointmentConsumablesItem,
        AppointmentCustomFieldsType0,
        AppointmentDocumentsItem,
        AppointmentFinanceTransactionsItem,
        AppointmentGoodsTransactionsItem,
        AppointmentRecordLabelsItem,
        AppointmentServicesItem,
        AppointmentStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "services",
        "goods_transactions",
        "staff",
        "client",
        "date",
        "datetime",
        "create_date",
        "comment",
        "online",
        "visit_attendance",
        "attendance",
        "confirmed",
        "seance_length",
        "length",
        "sms_before",
        "sms_now",
        "sms_now_text",
        "email_now",
        "notified",
        "master_request",
        "api_id",
        "from_url",
        "review_requested",
        "is_remind_sms_sent",
        "visit_id",
        "created_user_id",
        "deleted",
        "paid_full",
        "prepaid",
        "prepaid_confirmed",
        "last_change_date",
        "custom_color",
        "custom_font_color",
        "record_labels",
        "activity_id",
        "custom_fields",
        "documents",
        "sms_remain_hours",
        "email_remain_hours",
        "bookform_id",
        "record_from",
        "is_mobile",
        "is_sale_bill_printed",
        "consumables",
        "finance_transactions",
        "acceptance_free",
        "clients_count",
        "comer",
        "is_update_blocked",
        "payment_status",
        "resource_instance_ids",
        "short_link",
        "technical_break_duration",
    }
)


T = TypeVar("T", bound="Appointment")


@_attrs_define
class Appointment:
    id: int | Unset = UNSET
    """ ID of the appointment """
    company_id: int | Unset = UNSET
    """ ID of the location """
    staff_id: int | Unset = UNSET
    """ ID of the team member """
    services: list[AppointmentServicesItem] | Unset = UNSET
    """ Service objects in the appointment """
    goods_transactions: list[AppointmentGoodsTransactionsItem] | Unset = UNSET
    """ List of commodity transactions """
    staff: AppointmentStaff | Unset = UNSET
    """ Object with team member data """
    client: AppointmentClientType0 | None | Unset = UNSET
    """ Customer information (can be empty) """
    date: datetime.datetime | None | Unset = UNSET
    """ Date of the session """
    datetime_: datetime.datetime | None | Unset = UNSET
    """ Date of the session, ISO format """
    create_date: datetime.datetime | None | Unset = UNSET
    """ Date the session was created """
    comment: str | Unset = UNSET
    """ Comment on the appointment """
    online: bool | Unset = UNSET
    """ Read-only: true if the appointment was booked online (false when an administrator created it) """
    visit_attendance: float | Unset = UNSET
    """ Status of the visit: 2 - appointment confirmed by the user, 1 - the user arrived and services were provided,
    0 - waiting for the user, -1 - the user did not come """
    attendance: float | Unset = UNSET
    """ Appointment status: 2 user confirmed, 1 user arrived and services were rendered, 0 user is awaited, -1 user
    did not come """
    confirmed: float | Unset = UNSET
    """ Whether the appointment is confirmed: 0 no, 1 yes """
    seance_length: float | Unset = UNSET
    """ Length of the appointment in seconds, technical_break_duration included: the services' total plus the
    technical break. """
    length: float | Unset = UNSET
    """ Length of the appointment in seconds, same as seance_length; technical_break_duration is included. """
    sms_before: float | Unset = UNSET
    """ Whether the client gets an SMS reminder (when a client is set) """
    sms_now: float | Unset = UNSET
    """ Whether an SMS was sent when the appointment was added """
    sms_now_text: str | Unset = UNSET
    """ Text of the SMS """
    email_now: float | Unset = UNSET
    """ Whether an email notification was sent """
    notified: float | Unset = UNSET
    """ Whether the location administrator confirms the appointment when the client requested confirmation """
    master_request: float | Unset = UNSET
    """ Whether the client picked a particular team member; false when the "any team member" option was used """
    api_id: str | Unset = UNSET
    """ ID of the appointment in an external system """
    from_url: str | Unset = UNSET
    """ Page from which the user came to finish the booking (website, VK app, etc.) """
    review_requested: float | Unset = UNSET
    """ Whether to ask the client for feedback on the visit """
    is_remind_sms_sent: bool | Unset = UNSET
    """ Whether the reminder SMS was sent """
    visit_id: int | Unset = UNSET
    """ ID of the visit """
    created_user_id: int | Unset = UNSET
    """ ID of the user who made the appointment """
    deleted: bool | Unset = UNSET
    """ Read-only: true if the appointment has been deleted """
    paid_full: float | Unset = UNSET
    """ Set to 1 when the appointment has been paid in full """
    prepaid: bool | Unset = UNSET
    """ Whether online payment can be used """
    prepaid_confirmed: bool | Unset = UNSET
    """ Status of the online payment """
    last_change_date: datetime.datetime | None | Unset = UNSET
    """ When the appointment was last changed (date and time) """
    custom_color: str | Unset = UNSET
    """ Color of the appointment in the log """
    custom_font_color: str | Unset = UNSET
    """ Font color for writing (read-only) """
    record_labels: list[AppointmentRecordLabelsItem] | Unset = UNSET
    """ Categories of posts """
    activity_id: int | Unset = UNSET
    """ ID of the group event """
    custom_fields: AppointmentCustomFieldsType0 | list[Any] | Unset = UNSET
    """ Custom fields (an object or an empty array) """
    documents: list[AppointmentDocumentsItem] | Unset = UNSET
    """ List of documents """
    sms_remain_hours: float | None | Unset = UNSET
    """ Hours before the visit starts at which the reminder SMS goes out """
    email_remain_hours: float | None | Unset = UNSET
    """ Hours before the visit starts at which the reminder email goes out """
    bookform_id: int | Unset = UNSET
    """ ID of the online booking form """
    record_from: str | Unset = UNSET
    """ Online booking form name """
    is_mobile: float | Unset = UNSET
    """ Device the booking came from: 0 - created by an administrator (web version or admin mobile app), 1 - online
    booking widget in a mobile browser, 2 - online booking widget in a desktop browser """
    is_sale_bill_printed: bool | Unset = UNSET
    """ Whether the sales receipt has been printed """
    consumables: list[AppointmentConsumablesItem] | Unset = UNSET
    """ List of consumables """
    finance_transactions: list[AppointmentFinanceTransactionsItem] | Unset = UNSET
    """ List of financial transactions """
    acceptance_free: bool | None | Unset = UNSET
    """ Flag: acceptance is free """
    clients_count: int | Unset = UNSET
    """ Count of clients in the appointment """
    comer: bool | None | Unset = UNSET
    """ Whether the comer is set """
    is_update_blocked: bool | Unset = UNSET
    """ Flag to change the blocked state """
    payment_status: float | str | Unset = UNSET
    """ Status of the payment """
    resource_instance_ids: list[float] | Unset = UNSET
    """ IDs of resource instances """
    short_link: str | Unset = UNSET
    """ Short URL of the appointment """
    technical_break_duration: float | Unset = UNSET
    """ Length of the technical break, in seconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            AppointmentClientType0,
            AppointmentConsumablesItem,
            AppointmentCustomFieldsType0,
            AppointmentDocumentsItem,
            AppointmentFinanceTransactionsItem,
            AppointmentGoodsTransactionsItem,
            AppointmentRecordLabelsItem,
            AppointmentServicesItem,
            AppointmentStaff,
        ) = _LAZY or _lazy()
        id = self.id

        company_id = self.company_id

        staff_id = self.staff_id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, AppointmentClientType0):
            client = self.client.to_dict()
        else:
            client = self.client

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        datetime_: None | str | Unset
        if isinstance(self.datetime_, Unset):
            datetime_ = UNSET
        elif isinstance(self.datetime_, datetime.datetime):
            datetime_ = self.datetime_.isoformat()
        else:
            datetime_ = self.datetime_

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = self.create_date.isoformat()
        else:
            create_date = self.create_date

        comment = self.comment

        online = self.online

        visit_attendance = self.visit_attendance

        attendance = self.attendance

        confirmed = self.confirmed

        seance_length = self.seance_length

        length = self.length

        sms_before = self.sms_before

        sms_now = self.sms_now

        sms_now_text = self.sms_now_text

        email_now = self.email_now

        notified = self.notified

        master_request = self.master_request

        api_id = self.api_id

        from_url = self.from_url

        review_requested = self.review_requested

        is_remind_sms_sent = self.is_remind_sms_sent

        visit_id = self.visit_id

        created_user_id = self.created_user_id

        deleted = self.deleted

        paid_full = self.paid_full

        prepaid = self.prepaid

        prepaid_confirmed = self.prepaid_confirmed

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
            last_change_date = self.last_change_date

        custom_color = self.custom_color

        custom_font_color = self.custom_font_color

        record_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record_labels, Unset):
            record_labels = []
            for record_labels_item_data in self.record_labels:
                record_labels_item = record_labels_item_data.to_dict()
                record_labels.append(record_labels_item)

        activity_id = self.activity_id

        custom_fields: dict[str, Any] | list[Any] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, AppointmentCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        sms_remain_hours: float | None | Unset
        if isinstance(self.sms_remain_hours, Unset):
            sms_remain_hours = UNSET
        else:
            sms_remain_hours = self.sms_remain_hours

        email_remain_hours: float | None | Unset
        if isinstance(self.email_remain_hours, Unset):
            email_remain_hours = UNSET
        else:
            email_remain_hours = self.email_remain_hours

        bookform_id = self.bookform_id

        record_from = self.record_from

        is_mobile = self.is_mobile

        is_sale_bill_printed = self.is_sale_bill_printed

        consumables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumables, Unset):
            consumables = []
            for consumables_item_data in self.consumables:
                consumables_item = consumables_item_data.to_dict()
                consumables.append(consumables_item)

        finance_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finance_transactions, Unset):
            finance_transactions = []
            for finance_transactions_item_data in self.finance_transactions:
                finance_transactions_item = finance_transactions_item_data.to_dict()
                finance_transactions.append(finance_transactions_item)

        acceptance_free: bool | None | Unset
        if isinstance(self.acceptance_free, Unset):
            acceptance_free = UNSET
        else:
            acceptance_free = self.acceptance_free

        clients_count = self.clients_count

        comer: bool | None | Unset
        if isinstance(self.comer, Unset):
            comer = UNSET
        else:
            comer = self.comer

        is_update_blocked = self.is_update_blocked

        payment_status: float | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        resource_instance_ids: list[float] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        short_link = self.short_link

        technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if services is not UNSET:
            field_dict["services"] = services
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if staff is not UNSET:
            field_dict["staff"] = staff
        if client is not UNSET:
            field_dict["client"] = client
        if date is not UNSET:
            field_dict["date"] = date
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if online is not UNSET:
            field_dict["online"] = online
        if visit_attendance is not UNSET:
            field_dict["visit_attendance"] = visit_attendance
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if length is not UNSET:
            field_dict["length"] = length
        if sms_before is not UNSET:
            field_dict["sms_before"] = sms_before
        if sms_now is not UNSET:
            field_dict["sms_now"] = sms_now
        if sms_now_text is not UNSET:
            field_dict["sms_now_text"] = sms_now_text
        if email_now is not UNSET:
            field_dict["email_now"] = email_now
        if notified is not UNSET:
            field_dict["notified"] = notified
        if master_request is not UNSET:
            field_dict["master_request"] = master_request
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if review_requested is not UNSET:
            field_dict["review_requested"] = review_requested
        if is_remind_sms_sent is not UNSET:
            field_dict["is_remind_sms_sent"] = is_remind_sms_sent
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if created_user_id is not UNSET:
            field_dict["created_user_id"] = created_user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if paid_full is not UNSET:
            field_dict["paid_full"] = paid_full
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if prepaid_confirmed is not UNSET:
            field_dict["prepaid_confirmed"] = prepaid_confirmed
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_color is not UNSET:
            field_dict["custom_color"] = custom_color
        if custom_font_color is not UNSET:
            field_dict["custom_font_color"] = custom_font_color
        if record_labels is not UNSET:
            field_dict["record_labels"] = record_labels
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if documents is not UNSET:
            field_dict["documents"] = documents
        if sms_remain_hours is not UNSET:
            field_dict["sms_remain_hours"] = sms_remain_hours
        if email_remain_hours is not UNSET:
            field_dict["email_remain_hours"] = email_remain_hours
        if bookform_id is not UNSET:
            field_dict["bookform_id"] = bookform_id
        if record_from is not UNSET:
            field_dict["record_from"] = record_from
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed
        if consumables is not UNSET:
            field_dict["consumables"] = consumables
        if finance_transactions is not UNSET:
            field_dict["finance_transactions"] = finance_transactions
        if acceptance_free is not UNSET:
            field_dict["acceptance_free"] = acceptance_free
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if comer is not UNSET:
            field_dict["comer"] = comer
        if is_update_blocked is not UNSET:
            field_dict["is_update_blocked"] = is_update_blocked
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if short_link is not UNSET:
            field_dict["short_link"] = short_link
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            AppointmentClientType0,
            AppointmentConsumablesItem,
            AppointmentCustomFieldsType0,
            AppointmentDocumentsItem,
            AppointmentFinanceTransactionsItem,
            AppointmentGoodsTransactionsItem,
            AppointmentRecordLabelsItem,
            AppointmentServicesItem,
            AppointmentStaff,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        staff_id = _get("staff_id", UNSET)
        if type(staff_id) is not int and staff_id is not UNSET:
            staff_id = _v.int_(staff_id, "staff_id")

        _services = _get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            if type(_services) is not list:
                _services = _v.array(_services, "services")
            services = []
            try:
                for _item in _services:
                    services.append(AppointmentServicesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services", services) from None

        _goods_transactions = _get("goods_transactions", UNSET)
        if _goods_transactions is UNSET:
            goods_transactions = UNSET
        else:
            if type(_goods_transactions) is not list:
                _goods_transactions = _v.array(_goods_transactions, "goods_transactions")
            goods_transactions = []
            try:
                for _item in _goods_transactions:
                    goods_transactions.append(AppointmentGoodsTransactionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "goods_transactions", goods_transactions) from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = AppointmentStaff.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        elif _client is None:
            client = None
        else:
            try:
                client = AppointmentClientType0.from_dict(_client)
            except _v.Invalid as _e:
                raise _v.at(_e, "client") from None

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date", True)

        datetime_ = _get("datetime", UNSET)
        if type(datetime_) is str:
            try:
                datetime_ = _v.fromisoformat(datetime_)
            except ValueError:
                datetime_ = _v.datetime_(datetime_, "datetime")
        elif datetime_ is not UNSET:
            datetime_ = _v.datetime_(datetime_, "datetime", True)

        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = _v.fromisoformat(create_date)
            except ValueError:
                create_date = _v.datetime_(create_date, "create_date")
        elif create_date is not UNSET:
            create_date = _v.datetime_(create_date, "create_date", True)

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        online = _get("online", UNSET)
        if type(online) is not bool and online is not UNSET:
            online = _v.bool_(online, "online")

        visit_attendance = _get("visit_attendance", UNSET)
        if type(visit_attendance) is not float and visit_attendance is not UNSET:
            visit_attendance = _v.float_(visit_attendance, "visit_attendance")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and attendance is not UNSET:
            attendance = _v.float_(attendance, "attendance")

        confirmed = _get("confirmed", UNSET)
        if type(confirmed) is not float and confirmed is not UNSET:
            confirmed = _v.float_(confirmed, "confirmed")

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and seance_length is not UNSET:
            seance_length = _v.float_(seance_length, "seance_length")

        length = _get("length", UNSET)
        if type(length) is not float and length is not UNSET:
            length = _v.float_(length, "length")

        sms_before = _get("sms_before", UNSET)
        if type(sms_before) is not float and sms_before is not UNSET:
            sms_before = _v.float_(sms_before, "sms_before")

        sms_now = _get("sms_now", UNSET)
        if type(sms_now) is not float and sms_now is not UNSET:
            sms_now = _v.float_(sms_now, "sms_now")

        sms_now_text = _get("sms_now_text", UNSET)
        if type(sms_now_text) is not str and sms_now_text is not UNSET:
            sms_now_text = _v.str_(sms_now_text, "sms_now_text")

        email_now = _get("email_now", UNSET)
        if type(email_now) is not float and email_now is not UNSET:
            email_now = _v.float_(email_now, "email_now")

        notified = _get("notified", UNSET)
        if type(notified) is not float and notified is not UNSET:
            notified = _v.float_(notified, "notified")

        master_request = _get("master_request", UNSET)
        if type(master_request) is not float and master_request is not UNSET:
            master_request = _v.float_(master_request, "master_request")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        from_url = _get("from_url", UNSET)
        if type(from_url) is not str and from_url is not UNSET:
            from_url = _v.str_(from_url, "from_url")

        review_requested = _get("review_requested", UNSET)
        if type(review_requested) is not float and review_requested is not UNSET:
            review_requested = _v.float_(review_requested, "review_requested")

        is_remind_sms_sent = _get("is_remind_sms_sent", UNSET)
        if type(is_remind_sms_sent) is not bool and is_remind_sms_sent is not UNSET:
            is_remind_sms_sent = _v.bool_(is_remind_sms_sent, "is_remind_sms_sent")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _v.int_(visit_id, "visit_id")

        created_user_id = _get("created_user_id", UNSET)
        if type(created_user_id) is not int and created_user_id is not UNSET:
            created_user_id = _v.int_(created_user_id, "created_user_id")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _v.bool_(deleted, "deleted")

        paid_full = _get("paid_full", UNSET)
        if type(paid_full) is not float and paid_full is not UNSET:
            paid_full = _v.float_(paid_full, "paid_full")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not bool and prepaid is not UNSET:
            prepaid = _v.bool_(prepaid, "prepaid")

        prepaid_confirmed = _get("prepaid_confirmed", UNSET)
        if type(prepaid_confirmed) is not bool and prepaid_confirmed is not UNSET:
            prepaid_confirmed = _v.bool_(prepaid_confirmed, "prepaid_confirmed")

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = _v.fromisoformat(last_change_date)
            except ValueError:
                last_change_date = _v.datetime_(last_change_date, "last_change_date")
        elif last_change_date is not UNSET:
            last_change_date = _v.datetime_(last_change_date, "last_change_date", True)

        custom_color = _get("custom_color", UNSET)
        if type(custom_color) is not str and custom_color is not UNSET:
            custom_color = _v.str_(custom_color, "custom_color")

        custom_font_color = _get("custom_font_color", UNSET)
        if type(custom_font_color) is not str and custom_font_color is not UNSET:
            custom_font_color = _v.str_(custom_font_color, "custom_font_color")

        _record_labels = _get("record_labels", UNSET)
        if _record_labels is UNSET:
            record_labels = UNSET
        else:
            if type(_record_labels) is not list:
                _record_labels = _v.array(_record_labels, "record_labels")
            record_labels = []
            try:
                for _item in _record_labels:
                    record_labels.append(AppointmentRecordLabelsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "record_labels", record_labels) from None

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _v.int_(activity_id, "activity_id")

        try:

            def _parse_custom_fields(data: object) -> AppointmentCustomFieldsType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_fields_type_0 = AppointmentCustomFieldsType0.from_dict(data)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_1 = cast(list[Any], data)

                return custom_fields_type_1

            custom_fields = _parse_custom_fields(_get("custom_fields", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "custom_fields", "AppointmentCustomFieldsType0 | list[Any]", _get("custom_fields")
            ) from None

        _documents = _get("documents", UNSET)
        if _documents is UNSET:
            documents = UNSET
        else:
            if type(_documents) is not list:
                _documents = _v.array(_documents, "documents")
            documents = []
            try:
                for _item in _documents:
                    documents.append(AppointmentDocumentsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "documents", documents) from None

        sms_remain_hours = _get("sms_remain_hours", UNSET)
        if type(sms_remain_hours) is not float and sms_remain_hours is not UNSET:
            sms_remain_hours = _v.float_(sms_remain_hours, "sms_remain_hours", True)

        email_remain_hours = _get("email_remain_hours", UNSET)
        if type(email_remain_hours) is not float and email_remain_hours is not UNSET:
            email_remain_hours = _v.float_(email_remain_hours, "email_remain_hours", True)

        bookform_id = _get("bookform_id", UNSET)
        if type(bookform_id) is not int and bookform_id is not UNSET:
            bookform_id = _v.int_(bookform_id, "bookform_id")

        record_from = _get("record_from", UNSET)
        if type(record_from) is not str and record_from is not UNSET:
            record_from = _v.str_(record_from, "record_from")

        is_mobile = _get("is_mobile", UNSET)
        if type(is_mobile) is not float and is_mobile is not UNSET:
            is_mobile = _v.float_(is_mobile, "is_mobile")

        is_sale_bill_printed = _get("is_sale_bill_printed", UNSET)
        if type(is_sale_bill_printed) is not bool and is_sale_bill_printed is not UNSET:
            is_sale_bill_printed = _v.bool_(is_sale_bill_printed, "is_sale_bill_printed")

        _consumables = _get("consumables", UNSET)
        if _consumables is UNSET:
            consumables = UNSET
        else:
            if type(_consumables) is not list:
                _consumables = _v.array(_consumables, "consumables")
            consumables = []
            try:
                for _item in _consumables:
                    consumables.append(AppointmentConsumablesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "consumables", consumables) from None

        _finance_transactions = _get("finance_transactions", UNSET)
        if _finance_transactions is UNSET:
            finance_transactions = UNSET
        else:
            if type(_finance_transactions) is not list:
                _finance_transactions = _v.array(_finance_transactions, "finance_transactions")
            finance_transactions = []
            try:
                for _item in _finance_transactions:
                    finance_transactions.append(AppointmentFinanceTransactionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "finance_transactions", finance_transactions) from None

        acceptance_free = _get("acceptance_free", UNSET)
        if type(acceptance_free) is not bool and acceptance_free is not UNSET:
            acceptance_free = _v.bool_(acceptance_free, "acceptance_free", True)

        clients_count = _get("clients_count", UNSET)
        if type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _v.int_(clients_count, "clients_count")

        comer = _get("comer", UNSET)
        if type(comer) is not bool and comer is not UNSET:
            comer = _v.bool_(comer, "comer", True)

        is_update_blocked = _get("is_update_blocked", UNSET)
        if type(is_update_blocked) is not bool and is_update_blocked is not UNSET:
            is_update_blocked = _v.bool_(is_update_blocked, "is_update_blocked")

        payment_status = _get("payment_status", UNSET)
        if type(payment_status) not in (float, int, str) and payment_status is not UNSET:
            raise _v.wrong("payment_status", "a string or a number", payment_status)

        _resource_instance_ids = _get("resource_instance_ids", UNSET)
        if _resource_instance_ids is UNSET:
            resource_instance_ids = UNSET
        else:
            if type(_resource_instance_ids) is not list:
                _resource_instance_ids = _v.array(_resource_instance_ids, "resource_instance_ids")
            resource_instance_ids = []
            try:
                for _item in _resource_instance_ids:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(resource_instance_ids))

                    resource_instance_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "resource_instance_ids") from None

        short_link = _get("short_link", UNSET)
        if type(short_link) is not str and short_link is not UNSET:
            short_link = _v.str_(short_link, "short_link")

        technical_break_duration = _get("technical_break_duration", UNSET)
        if type(technical_break_duration) is not float and technical_break_duration is not UNSET:
            technical_break_duration = _v.float_(technical_break_duration, "technical_break_duration")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.company_id = company_id
        _obj.staff_id = staff_id
        _obj.services = services
        _obj.goods_transactions = goods_transactions
        _obj.staff = staff
        _obj.client = client
        _obj.date = date
        _obj.datetime_ = datetime_
        _obj.create_date = create_date
        _obj.comment = comment
        _obj.online = online
        _obj.visit_attendance = visit_attendance
        _obj.attendance = attendance
        _obj.confirmed = confirmed
        _obj.seance_length = seance_length
        _obj.length = length
        _obj.sms_before = sms_before
        _obj.sms_now = sms_now
        _obj.sms_now_text = sms_now_text
        _obj.email_now = email_now
        _obj.notified = notified
        _obj.master_request = master_request
        _obj.api_id = api_id
        _obj.from_url = from_url
        _obj.review_requested = review_requested
        _obj.is_remind_sms_sent = is_remind_sms_sent
        _obj.visit_id = visit_id
        _obj.created_user_id = created_user_id
        _obj.deleted = deleted
        _obj.paid_full = paid_full
        _obj.prepaid = prepaid
        _obj.prepaid_confirmed = prepaid_confirmed
        _obj.last_change_date = last_change_date
        _obj.custom_color = custom_color
        _obj.custom_font_color = custom_font_color
        _obj.record_labels = record_labels
        _obj.activity_id = activity_id
        _obj.custom_fields = custom_fields
        _obj.documents = documents
        _obj.sms_remain_hours = sms_remain_hours
        _obj.email_remain_hours = email_remain_hours
        _obj.bookform_id = bookform_id
        _obj.record_from = record_from
        _obj.is_mobile = is_mobile
        _obj.is_sale_bill_printed = is_sale_bill_printed
        _obj.consumables = consumables
        _obj.finance_transactions = finance_transactions
        _obj.acceptance_free = acceptance_free
        _obj.clients_count = clients_count
        _obj.comer = comer
        _obj.is_update_blocked = is_update_blocked
        _obj.payment_status = payment_status
        _obj.resource_instance_ids = resource_instance_ids
        _obj.short_link = short_link
        _obj.technical_break_duration = technical_break_duration

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
