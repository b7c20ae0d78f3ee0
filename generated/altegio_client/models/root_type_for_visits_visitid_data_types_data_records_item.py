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

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        staff_id = d.pop("staff_id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = RootTypeForVisitsVisitidDataTypesDataRecordsItemServicesItem.from_dict(
                    services_item_data
                )

                services.append(services_item)

        _events = d.pop("events", UNSET)
        events: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = RootTypeForVisitsVisitidDataTypesDataRecordsItemEventsItem.from_dict(events_item_data)

                events.append(events_item)

        _goods_transactions = d.pop("goods_transactions", UNSET)
        goods_transactions: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem] | Unset = UNSET
        if _goods_transactions is not UNSET:
            goods_transactions = []
            for goods_transactions_item_data in _goods_transactions:
                goods_transactions_item = (
                    RootTypeForVisitsVisitidDataTypesDataRecordsItemGoodsTransactionsItem.from_dict(
                        goods_transactions_item_data
                    )
                )

                goods_transactions.append(goods_transactions_item)

        _staff = d.pop("staff", UNSET)
        staff: RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = RootTypeForVisitsVisitidDataTypesDataRecordsItemStaff.from_dict(_staff)

        _client = d.pop("client", UNSET)
        client: RootTypeForVisitsVisitidDataTypesDataRecordsItemClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = RootTypeForVisitsVisitidDataTypesDataRecordsItemClient.from_dict(_client)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(data)

            return date_type_0

        date = _parse_date(d.pop("date", UNSET))

        def _parse_datetime_(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            datetime_type_0 = datetime.datetime.fromisoformat(data)

            return datetime_type_0

        datetime_ = _parse_datetime_(d.pop("datetime", UNSET))

        def _parse_create_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            create_date_type_0 = datetime.datetime.fromisoformat(data)

            return create_date_type_0

        create_date = _parse_create_date(d.pop("create_date", UNSET))

        comment = d.pop("comment", UNSET)

        online = d.pop("online", UNSET)

        visit_attendance = d.pop("visit_attendance", UNSET)

        attendance = d.pop("attendance", UNSET)

        confirmed = d.pop("confirmed", UNSET)

        seance_length = d.pop("seance_length", UNSET)

        length = d.pop("length", UNSET)

        sms_before = d.pop("sms_before", UNSET)

        sms_now = d.pop("sms_now", UNSET)

        sms_now_text = d.pop("sms_now_text", UNSET)

        email_now = d.pop("email_now", UNSET)

        notified = d.pop("notified", UNSET)

        master_request = d.pop("master_request", UNSET)

        api_id = d.pop("api_id", UNSET)

        from_url = d.pop("from_url", UNSET)

        review_requested = d.pop("review_requested", UNSET)

        activity_id = d.pop("activity_id", UNSET)

        _documents = d.pop("documents", UNSET)
        documents: list[RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = RootTypeForVisitsVisitidDataTypesDataRecordsItemDocumentsItem.from_dict(
                    documents_item_data
                )

                documents.append(documents_item)

        root_type_for_visits_visitid_data_types_data_records_item = cls(
            id=id,
            company_id=company_id,
            staff_id=staff_id,
            services=services,
            events=events,
            goods_transactions=goods_transactions,
            staff=staff,
            client=client,
            date=date,
            datetime_=datetime_,
            create_date=create_date,
            comment=comment,
            online=online,
            visit_attendance=visit_attendance,
            attendance=attendance,
            confirmed=confirmed,
            seance_length=seance_length,
            length=length,
            sms_before=sms_before,
            sms_now=sms_now,
            sms_now_text=sms_now_text,
            email_now=email_now,
            notified=notified,
            master_request=master_request,
            api_id=api_id,
            from_url=from_url,
            review_requested=review_requested,
            activity_id=activity_id,
            documents=documents,
        )

        root_type_for_visits_visitid_data_types_data_records_item.additional_properties = d
        return root_type_for_visits_visitid_data_types_data_records_item

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
