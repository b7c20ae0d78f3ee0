from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_record_companyid_response_201_data_types_data_client import (
        RootTypeForRecordCompanyidResponse201DataTypesDataClient,
    )
    from ..models.root_type_for_record_companyid_response_201_data_types_data_documents_item import (
        RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem,
    )
    from ..models.root_type_for_record_companyid_response_201_data_types_data_services_item import (
        RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem,
    )
    from ..models.root_type_for_record_companyid_response_201_data_types_data_staff import (
        RootTypeForRecordCompanyidResponse201DataTypesDataStaff,
    )


T = TypeVar("T", bound="RootTypeForRecordCompanyidResponse201DataTypesData")


@_attrs_define
class RootTypeForRecordCompanyidResponse201DataTypesData:
    """Payload"""

    id: int | Unset = UNSET
    services: list[RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem] | Unset = UNSET
    client: RootTypeForRecordCompanyidResponse201DataTypesDataClient | Unset = UNSET
    clients_count: int | Unset = UNSET
    """ Places already taken in a group appointment """
    staff: RootTypeForRecordCompanyidResponse201DataTypesDataStaff | Unset = UNSET
    datetime_: datetime.datetime | None | Unset = UNSET
    """ Date of the session """
    seance_length: float | Unset = UNSET
    """ Length of the appointment in seconds, technical_break_duration included: the services' total plus the
    technical break. """
    create_date: datetime.datetime | None | Unset = UNSET
    """ When it was created """
    comment: str | Unset = UNSET
    """ Comment on the appointment """
    confirmed: float | Unset = UNSET
    """ Whether the appointment has been verified """
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
    documents: list[RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        clients_count = self.clients_count

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        datetime_: None | str | Unset
        if isinstance(self.datetime_, Unset):
            datetime_ = UNSET
        elif isinstance(self.datetime_, datetime.datetime):
            datetime_ = self.datetime_.isoformat()
        else:
            datetime_ = self.datetime_

        seance_length = self.seance_length

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = self.create_date.isoformat()
        else:
            create_date = self.create_date

        comment = self.comment

        confirmed = self.confirmed

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
        if services is not UNSET:
            field_dict["services"] = services
        if client is not UNSET:
            field_dict["client"] = client
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count
        if staff is not UNSET:
            field_dict["staff"] = staff
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
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
        from ..models.root_type_for_record_companyid_response_201_data_types_data_client import (
            RootTypeForRecordCompanyidResponse201DataTypesDataClient,  # noqa: PLC0415
        )
        from ..models.root_type_for_record_companyid_response_201_data_types_data_documents_item import (
            RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_record_companyid_response_201_data_types_data_services_item import (
            RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_record_companyid_response_201_data_types_data_staff import (
            RootTypeForRecordCompanyidResponse201DataTypesDataStaff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _services = d.pop("services", UNSET)
        services: list[RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem.from_dict(
                    services_item_data
                )

                services.append(services_item)

        _client = d.pop("client", UNSET)
        client: RootTypeForRecordCompanyidResponse201DataTypesDataClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = RootTypeForRecordCompanyidResponse201DataTypesDataClient.from_dict(_client)

        clients_count = d.pop("clients_count", UNSET)

        _staff = d.pop("staff", UNSET)
        staff: RootTypeForRecordCompanyidResponse201DataTypesDataStaff | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = RootTypeForRecordCompanyidResponse201DataTypesDataStaff.from_dict(_staff)

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

        seance_length = d.pop("seance_length", UNSET)

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

        confirmed = d.pop("confirmed", UNSET)

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
        documents: list[RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem.from_dict(
                    documents_item_data
                )

                documents.append(documents_item)

        root_type_for_record_companyid_response_201_data_types_data = cls(
            id=id,
            services=services,
            client=client,
            clients_count=clients_count,
            staff=staff,
            datetime_=datetime_,
            seance_length=seance_length,
            create_date=create_date,
            comment=comment,
            confirmed=confirmed,
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

        root_type_for_record_companyid_response_201_data_types_data.additional_properties = d
        return root_type_for_record_companyid_response_201_data_types_data

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
