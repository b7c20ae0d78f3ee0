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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

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

    _LAZY = (
        _v,
        RootTypeForRecordCompanyidResponse201DataTypesDataClient,
        RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem,
        RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem,
        RootTypeForRecordCompanyidResponse201DataTypesDataStaff,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "services",
        "client",
        "clients_count",
        "staff",
        "datetime",
        "seance_length",
        "create_date",
        "comment",
        "confirmed",
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
        (
            _,
            RootTypeForRecordCompanyidResponse201DataTypesDataClient,
            RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem,
            RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem,
            RootTypeForRecordCompanyidResponse201DataTypesDataStaff,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForRecordCompanyidResponse201DataTypesDataClient,
            RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem,
            RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem,
            RootTypeForRecordCompanyidResponse201DataTypesDataStaff,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        _services = _get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            if type(_services) is not list:
                _services = _v.array(_services, "services")
            services = []
            try:
                for _item in _services:
                    services.append(RootTypeForRecordCompanyidResponse201DataTypesDataServicesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services", services) from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            try:
                client = RootTypeForRecordCompanyidResponse201DataTypesDataClient.from_dict(_client)
            except _v.Invalid as _e:
                raise _v.at(_e, "client") from None

        clients_count = _get("clients_count", UNSET)
        if type(clients_count) is not int and clients_count is not UNSET:
            clients_count = _v.int_(clients_count, "clients_count")

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = RootTypeForRecordCompanyidResponse201DataTypesDataStaff.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        datetime_ = _get("datetime", UNSET)
        if type(datetime_) is str:
            try:
                datetime_ = _v.fromisoformat(datetime_)
            except ValueError:
                datetime_ = _v.datetime_(datetime_, "datetime")
        elif datetime_ is not UNSET:
            datetime_ = _v.datetime_(datetime_, "datetime", True)

        seance_length = _get("seance_length", UNSET)
        if type(seance_length) is not float and seance_length is not UNSET:
            seance_length = _v.float_(seance_length, "seance_length")

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

        confirmed = _get("confirmed", UNSET)
        if type(confirmed) is not float and confirmed is not UNSET:
            confirmed = _v.float_(confirmed, "confirmed")

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
                    documents.append(RootTypeForRecordCompanyidResponse201DataTypesDataDocumentsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "documents", documents) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.services = services
        _obj.client = client
        _obj.clients_count = clients_count
        _obj.staff = staff
        _obj.datetime_ = datetime_
        _obj.seance_length = seance_length
        _obj.create_date = create_date
        _obj.comment = comment
        _obj.confirmed = confirmed
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
