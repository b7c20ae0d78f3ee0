from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_client_visits_body_attendance_type_1 import (
    SearchClientVisitsBodyAttendanceType1,
    check_search_client_visits_body_attendance_type_1,
)
from ..models.search_client_visits_body_attendance_type_2_type_1 import (
    SearchClientVisitsBodyAttendanceType2Type1,
    check_search_client_visits_body_attendance_type_2_type_1,
)
from ..models.search_client_visits_body_attendance_type_3_type_1 import (
    SearchClientVisitsBodyAttendanceType3Type1,
    check_search_client_visits_body_attendance_type_3_type_1,
)
from ..models.search_client_visits_body_payment_statuses_item import (
    SearchClientVisitsBodyPaymentStatusesItem,
    check_search_client_visits_body_payment_statuses_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchClientVisitsBody")


@_attrs_define
class SearchClientVisitsBody:
    client_id: float | None | Unset = UNSET
    """ ID of the client. """
    client_phone: None | str | Unset = UNSET
    """ Phone number of the customer. """
    from_: datetime.date | None | Unset = UNSET
    """ Beginning date of the period. """
    to: datetime.date | None | Unset = UNSET
    """ End date of the period. """
    payment_statuses: list[SearchClientVisitsBodyPaymentStatusesItem] | Unset = UNSET
    """ Payment status of the visit: `not_paid` - nothing has been paid; `paid_not_full` - partly paid; `paid_full`
    - fully paid with no overpayment; `paid_over` - overpaid. Pass an empty array `[]` when no payment status filter
    is wanted. """
    attendance: (
        None
        | SearchClientVisitsBodyAttendanceType1
        | SearchClientVisitsBodyAttendanceType2Type1
        | SearchClientVisitsBodyAttendanceType3Type1
        | Unset
    ) = UNSET
    """ Status of the visit: `-1` - client did not come; `0` - waiting for the client; `1` - client arrived; `2` -
    client confirmed the appointment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id: float | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_phone: None | str | Unset
        if isinstance(self.client_phone, Unset):
            client_phone = UNSET
        else:
            client_phone = self.client_phone

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        payment_statuses: list[str] | Unset = UNSET
        if not isinstance(self.payment_statuses, Unset):
            payment_statuses = []
            for payment_statuses_item_data in self.payment_statuses:
                payment_statuses_item: str = payment_statuses_item_data
                payment_statuses.append(payment_statuses_item)

        attendance: int | None | Unset
        if isinstance(self.attendance, Unset):
            attendance = UNSET
        elif isinstance(self.attendance, int):
            attendance = self.attendance
        elif isinstance(self.attendance, int):
            attendance = self.attendance
        elif isinstance(self.attendance, int):
            attendance = self.attendance
        else:
            attendance = self.attendance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_phone is not UNSET:
            field_dict["client_phone"] = client_phone
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if payment_statuses is not UNSET:
            field_dict["payment_statuses"] = payment_statuses
        if attendance is not UNSET:
            field_dict["attendance"] = attendance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_phone = _parse_client_phone(d.pop("client_phone", UNSET))

        def _parse_from_(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            from_type_0 = datetime.date.fromisoformat(data)

            return from_type_0

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            to_type_0 = datetime.date.fromisoformat(data)

            return to_type_0

        to = _parse_to(d.pop("to", UNSET))

        _payment_statuses = d.pop("payment_statuses", UNSET)
        payment_statuses: list[SearchClientVisitsBodyPaymentStatusesItem] | Unset = UNSET
        if _payment_statuses is not UNSET:
            payment_statuses = []
            for payment_statuses_item_data in _payment_statuses:
                payment_statuses_item = check_search_client_visits_body_payment_statuses_item(
                    payment_statuses_item_data
                )

                payment_statuses.append(payment_statuses_item)

        def _parse_attendance(
            data: object,
        ) -> (
            None
            | SearchClientVisitsBodyAttendanceType1
            | SearchClientVisitsBodyAttendanceType2Type1
            | SearchClientVisitsBodyAttendanceType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                attendance_type_1 = check_search_client_visits_body_attendance_type_1(data)

                return attendance_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                attendance_type_2_type_1 = check_search_client_visits_body_attendance_type_2_type_1(data)

                return attendance_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, int):
                raise TypeError()
            attendance_type_3_type_1 = check_search_client_visits_body_attendance_type_3_type_1(data)

            return attendance_type_3_type_1

        attendance = _parse_attendance(d.pop("attendance", UNSET))

        search_client_visits_body = cls(
            client_id=client_id,
            client_phone=client_phone,
            from_=from_,
            to=to,
            payment_statuses=payment_statuses,
            attendance=attendance,
        )

        search_client_visits_body.additional_properties = d
        return search_client_visits_body

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
