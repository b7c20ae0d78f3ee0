from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "client_id",
        "client_phone",
        "from",
        "to",
        "payment_statuses",
        "attendance",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        client_id = _get("client_id", UNSET)
        if type(client_id) is not float and client_id is not UNSET:
            client_id = _v.float_(client_id, "client_id", True)

        client_phone = _get("client_phone", UNSET)
        if type(client_phone) is not str and client_phone is not UNSET:
            client_phone = _v.str_(client_phone, "client_phone", True)

        from_ = _get("from", UNSET)
        if from_ is not UNSET:
            from_ = _v.date_(from_, "from", True)

        to = _get("to", UNSET)
        if to is not UNSET:
            to = _v.date_(to, "to", True)

        _payment_statuses = _get("payment_statuses", UNSET)
        if _payment_statuses is UNSET:
            payment_statuses = UNSET
        else:
            if type(_payment_statuses) is not list:
                _payment_statuses = _v.array(_payment_statuses, "payment_statuses")
            payment_statuses = []
            for _item in _payment_statuses:
                try:
                    payment_statuses_item = check_search_client_visits_body_payment_statuses_item(_item)

                except (TypeError, ValueError, KeyError, AttributeError) as _e:
                    raise _v.item_failed(
                        _e, "payment_statuses", payment_statuses, "SearchClientVisitsBodyPaymentStatusesItem", _item
                    ) from None
                payment_statuses.append(payment_statuses_item)

        try:

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

            attendance = _parse_attendance(_get("attendance", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "attendance",
                "None | SearchClientVisitsBodyAttendanceType1 | SearchClientVisitsBodyAttendanceType2Type1 | SearchClientVisitsBodyAttendanceType3Type1",
                _get("attendance"),
            ) from None

        _obj = cls.__new__(cls)
        _obj.client_id = client_id
        _obj.client_phone = client_phone
        _obj.from_ = from_
        _obj.to = to
        _obj.payment_statuses = payment_statuses
        _obj.attendance = attendance

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
