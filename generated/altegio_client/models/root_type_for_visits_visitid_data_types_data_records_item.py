from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_client import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemClient,
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_documents_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem,
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_events_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem,
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_goods_transactions_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem,
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_services_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem,
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_staff import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_visits_visitid_data_types_data_records_item_client import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemClient,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_documents_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_events_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_goods_transactions_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_services_item import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_data_types_data_records_item_staff import (
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForVisitsVisitidDataTypesDataRecordsItemClient,
        RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem,
        RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem,
        RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem,
        RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem,
        RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "company_id",
        "staff_id",
        "services",
        "events",
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
        "activity_id",
        "documents",
    }
)


T = TypeVar("T", bound="RootTypeForVisitsVisitidDataTypesDataRecordsItem")


@_attrs_define
class RootTypeForVisitsVisitidDataTypesDataRecordsItem:
    id: int | Unset = UNSET
    """ ID of the appointment """
    company_id: int | Unset = UNSET
    """ ID of the location """
    staff_id: int | Unset = UNSET
    """ ID of the team member """
    services: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem] | Unset = UNSET
    """ Array of services """
    events: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem] | Unset = UNSET
    goods_transactions: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem] | Unset = UNSET
    """ List of commodity transactions """
    staff: RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff | Unset = UNSET
    """ Information about the team member """
    client: RootTypeForVisitsVisitidDataTypesDataRecordsItemClient | Unset = UNSET
    """ Details of the client """
    date: datetime.datetime | None | Unset = UNSET
    """ Visit date """
    datetime_: datetime.datetime | None | Unset = UNSET
    """ Visit date, ISO format """
    create_date: datetime.datetime | None | Unset = UNSET
    """ When the visit was created """
    comment: str | Unset = UNSET
    """ Comment about the visit """
    online: bool | Unset = UNSET
    """ Read-only: true if the appointment was booked online (false when an administrator created it) """
    visit_attendance: float | Unset = UNSET
    """ Status of the visit """
    attendance: float | Unset = UNSET
    """ Appointment status within the visit """
    confirmed: float | Unset = UNSET
    """ Whether the appointment has been verified """
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
    activity_id: int | Unset = UNSET
    """ ID of the group event """
    documents: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemClient,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff,
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

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

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

        activity_id = self.activity_id

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

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
        if events is not UNSET:
            field_dict["events"] = events
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
        if activity_id is not UNSET:
            field_dict["activity_id"] = activity_id
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemClient,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem,
            RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff,
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
                    services.append(RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services", services) from None

        _events = _get("events", UNSET)
        if _events is UNSET:
            events = UNSET
        else:
            if type(_events) is not list:
                _events = _v.array(_events, "events")
            events = []
            try:
                for _item in _events:
                    events.append(RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "events", events) from None

        _goods_transactions = _get("goods_transactions", UNSET)
        if _goods_transactions is UNSET:
            goods_transactions = UNSET
        else:
            if type(_goods_transactions) is not list:
                _goods_transactions = _v.array(_goods_transactions, "goods_transactions")
            goods_transactions = []
            try:
                for _item in _goods_transactions:
                    goods_transactions.append(
                        RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "goods_transactions", goods_transactions) from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            try:
                client = RootTypeForVisitsVisitidDataTypesDataRecordsItemClient.from_dict(_client)
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

        activity_id = _get("activity_id", UNSET)
        if type(activity_id) is not int and activity_id is not UNSET:
            activity_id = _v.int_(activity_id, "activity_id")

        _documents = _get("documents", UNSET)
        if _documents is UNSET:
            documents = UNSET
        else:
            if type(_documents) is not list:
                _documents = _v.array(_documents, "documents")
            documents = []
            try:
                for _item in _documents:
                    documents.append(RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "documents", documents) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.company_id = company_id
        _obj.staff_id = staff_id
        _obj.services = services
        _obj.events = events
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
        _obj.activity_id = activity_id
        _obj.documents = documents

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
