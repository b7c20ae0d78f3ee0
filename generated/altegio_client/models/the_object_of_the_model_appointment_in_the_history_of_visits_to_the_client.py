from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation
    from ..models.model_object_presence_of_tip_without_amount import ModelObjectPresenceOfTipWithoutAmount
    from ..models.model_object_service_in_customers_history_appointment import (
        ModelObjectServiceInCustomersHistoryAppointment,
    )
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition
    from ..models.total_tip_model_object import TotalTipModelObject
    from ..models.visitor_model_object import VisitorModelObject

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation  # noqa: PLC0415
    from ..models.model_object_presence_of_tip_without_amount import ModelObjectPresenceOfTipWithoutAmount  # noqa: PLC0415
    from ..models.model_object_service_in_customers_history_appointment import (
        ModelObjectServiceInCustomersHistoryAppointment,  # noqa: PLC0415
    )
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415
    from ..models.total_tip_model_object import TotalTipModelObject  # noqa: PLC0415
    from ..models.visitor_model_object import VisitorModelObject  # noqa: PLC0415

    _LAZY = (
        _v,
        ModelObjectLocationMinimumInformation,
        ModelObjectPresenceOfTipWithoutAmount,
        ModelObjectServiceInCustomersHistoryAppointment,
        ObjectOfModelTeamMemberWithPosition,
        TotalTipModelObject,
        VisitorModelObject,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "comment",
        "date",
        "visit_id",
        "attendance",
        "services",
        "staff",
        "company",
        "tips",
        "comer",
    }
)


T = TypeVar("T", bound="TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient")


@_attrs_define
class TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient:
    """Appointment data of the client.

    Example:
        {'id': 123, 'comment': 'Comment to post', 'date': '2026-01-31T12:34:56-05:00', 'visit_id': 123, 'attendance': 1,
            'services': [{'id': 123, 'title': 'My service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000,
            'paid_sum': 1000, 'payment_status': 'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1,
            'cost_per_unit': 1000, 'unit': 'PCS.'}]}], 'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123,
            'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'team member'}}, 'company': {'id':
            123, 'title': 'My branch office.'}, 'tips': {'has_tips': False, 'sum': None}, 'comer': {'id': 123, 'title':
            'James Smith', 'slug': 'person'}}

    """

    id: int | Unset = UNSET
    """ ID of the appointment. """
    comment: str | Unset = UNSET
    """ Comment text. """
    date: datetime.datetime | None | Unset = UNSET
    """ Appointment date. """
    visit_id: int | Unset = UNSET
    """ ID of the visit. """
    attendance: float | Unset = UNSET
    """ Status of the appointment within the visit """
    services: list[ModelObjectServiceInCustomersHistoryAppointment] | Unset = UNSET
    """ Services of the appointment. """
    staff: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    company: ModelObjectLocationMinimumInformation | Unset = UNSET
    tips: ModelObjectPresenceOfTipWithoutAmount | TotalTipModelObject | Unset = UNSET
    """ Tip data; the model used depends on whether the current user is the team member of the appointment. """
    comer: VisitorModelObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ModelObjectLocationMinimumInformation,
            ModelObjectPresenceOfTipWithoutAmount,
            ModelObjectServiceInCustomersHistoryAppointment,
            ObjectOfModelTeamMemberWithPosition,
            TotalTipModelObject,
            VisitorModelObject,
        ) = _LAZY or _lazy()
        id = self.id

        comment = self.comment

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        visit_id = self.visit_id

        attendance = self.attendance

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        tips: dict[str, Any] | Unset
        if isinstance(self.tips, Unset):
            tips = UNSET
        elif isinstance(self.tips, ModelObjectPresenceOfTipWithoutAmount):
            tips = self.tips.to_dict()
        else:
            tips = self.tips.to_dict()

        comer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comer, Unset):
            comer = self.comer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if services is not UNSET:
            field_dict["services"] = services
        if staff is not UNSET:
            field_dict["staff"] = staff
        if company is not UNSET:
            field_dict["company"] = company
        if tips is not UNSET:
            field_dict["tips"] = tips
        if comer is not UNSET:
            field_dict["comer"] = comer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ModelObjectLocationMinimumInformation,
            ModelObjectPresenceOfTipWithoutAmount,
            ModelObjectServiceInCustomersHistoryAppointment,
            ObjectOfModelTeamMemberWithPosition,
            TotalTipModelObject,
            VisitorModelObject,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date", True)

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _v.int_(visit_id, "visit_id")

        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and attendance is not UNSET:
            attendance = _v.float_(attendance, "attendance")

        _services = _get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            if type(_services) is not list:
                _services = _v.array(_services, "services")
            services = []
            try:
                for _item in _services:
                    services.append(ModelObjectServiceInCustomersHistoryAppointment.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services", services) from None

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            try:
                staff = ObjectOfModelTeamMemberWithPosition.from_dict(_staff)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        _company = _get("company", UNSET)
        if _company is UNSET:
            company = UNSET
        else:
            try:
                company = ModelObjectLocationMinimumInformation.from_dict(_company)
            except _v.Invalid as _e:
                raise _v.at(_e, "company") from None

        try:

            def _parse_tips(data: object) -> ModelObjectPresenceOfTipWithoutAmount | TotalTipModelObject | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tips_type_0 = ModelObjectPresenceOfTipWithoutAmount.from_dict(data)

                    return tips_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tips_type_1 = TotalTipModelObject.from_dict(data)

                return tips_type_1

            tips = _parse_tips(_get("tips", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "tips", "ModelObjectPresenceOfTipWithoutAmount | TotalTipModelObject", _get("tips")
            ) from None

        _comer = _get("comer", UNSET)
        if _comer is UNSET:
            comer = UNSET
        else:
            try:
                comer = VisitorModelObject.from_dict(_comer)
            except _v.Invalid as _e:
                raise _v.at(_e, "comer") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.comment = comment
        _obj.date = date
        _obj.visit_id = visit_id
        _obj.attendance = attendance
        _obj.services = services
        _obj.staff = staff
        _obj.company = company
        _obj.tips = tips
        _obj.comer = comer

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
