from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition
    from ..models.the_object_of_the_model_sold_product_in_the_history_of_customer_visits import (
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.model_object_location_minimum_information import ModelObjectLocationMinimumInformation  # noqa: PLC0415
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415
    from ..models.the_object_of_the_model_sold_product_in_the_history_of_customer_visits import (
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        ModelObjectLocationMinimumInformation,
        ObjectOfModelTeamMemberWithPosition,
        TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "comment",
        "date",
        "visit_id",
        "record_id",
        "goods",
        "staff",
        "company",
    }
)


T = TypeVar("T", bound="TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient")


@_attrs_define
class TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient:
    """Data on product sales.

    Example:
        {'id': 123, 'comment': 'Comment to the sale of products', 'date': '2026-01-31T12:34:56-05:00', 'visit_id': 0,
            'record_id': 0, 'goods': [{'id': 123, 'title': 'My product', 'amount': -1, 'unit': 'PCS.', 'cost_per_unit':
            1000, 'first_cost': -1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status':
            'paid_full'}], 'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123, 'specialization': 'Master',
            'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-
            master.png', 'position': {'id': 123, 'title': 'team member'}}, 'company': {'id': 123, 'title': 'My branch
            office.'}}

    """

    id: int | Unset = UNSET
    """ ID of the product sale transaction. """
    comment: str | Unset = UNSET
    """ Comment text. """
    date: datetime.datetime | None | Unset = UNSET
    """ Sale date. """
    visit_id: int | Unset = UNSET
    """ ID of the visit; `0` when not linked to a visit. """
    record_id: int | Unset = UNSET
    """ ID of the appointment; `0` when not linked to an appointment. """
    goods: list[TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits] | Unset = UNSET
    """ Products that were sold. """
    staff: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    company: ModelObjectLocationMinimumInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ModelObjectLocationMinimumInformation,
            ObjectOfModelTeamMemberWithPosition,
            TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
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

        record_id = self.record_id

        goods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = []
            for goods_item_data in self.goods:
                goods_item = goods_item_data.to_dict()
                goods.append(goods_item)

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

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
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if goods is not UNSET:
            field_dict["goods"] = goods
        if staff is not UNSET:
            field_dict["staff"] = staff
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ModelObjectLocationMinimumInformation,
            ObjectOfModelTeamMemberWithPosition,
            TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits,
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

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        _goods = _get("goods", UNSET)
        if _goods is UNSET:
            goods = UNSET
        else:
            if type(_goods) is not list:
                _goods = _v.array(_goods, "goods")
            goods = []
            try:
                for _item in _goods:
                    goods.append(TheObjectOfTheModelSoldProductInTheHistoryOfCustomerVisits.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "goods", goods) from None

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

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.comment = comment
        _obj.date = date
        _obj.visit_id = visit_id
        _obj.record_id = record_id
        _obj.goods = goods
        _obj.staff = staff
        _obj.company = company

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
