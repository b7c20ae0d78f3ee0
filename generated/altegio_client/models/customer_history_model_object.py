from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,
    )
    from ..models.the_object_of_the_model_sale_of_goods_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.the_object_of_the_model_appointment_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,  # noqa: PLC0415
    )
    from ..models.the_object_of_the_model_sale_of_goods_in_the_history_of_visits_to_the_client import (
        TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,
        TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "goods_transactions",
        "records",
    }
)


T = TypeVar("T", bound="CustomerHistoryModelObject")


@_attrs_define
class CustomerHistoryModelObject:
    """Customer visit data: appointments as well as product sales.

    Example:
        {'goods_transactions': [{'id': 123, 'comment': 'Comment to the sale of goods', 'date':
            '2026-01-31T12:34:56-05:00', 'visit_id': 0, 'record_id': 0, 'goods': [{'id': 123, 'title': 'My product',
            'amount': -1, 'unit': 'PCS.', 'cost_per_unit': 1000, 'first_cost': -1000, 'discount_percent': 0, 'cost_to_pay':
            1000, 'paid_sum': 1000, 'payment_status': 'paid_full'}], 'staff': {'id': 123, 'name': 'James Smith',
            'company_id': 123, 'specialization': 'Master', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'team member'}},
            'company': {'id': 123, 'title': 'My branch office.'}}], 'records': [{'id': 123, 'comment': 'Comment to post',
            'date': '2026-01-31T12:34:56-05:00', 'visit_id': 123, 'attendance': 1, 'services': [{'id': 123, 'title': 'My
            service', 'first_cost': 1000, 'discount_percent': 0, 'cost_to_pay': 1000, 'paid_sum': 1000, 'payment_status':
            'paid_full', 'consumables': [{'title': 'My consumable', 'amount': 1, 'cost_per_unit': 1000, 'unit': 'PCS.'}]}],
            'staff': {'id': 123, 'name': 'James Smith', 'company_id': 123, 'specialization': 'Master', 'avatar':
            'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-master.png',
            'position': {'id': 123, 'title': 'team member'}}, 'company': {'id': 123, 'title': 'My branch office.'}, 'tips':
            {'has_tips': False, 'sum': None}, 'comer': {'id': 123, 'title': 'James Smith', 'slug': 'person'}}]}

    """

    goods_transactions: list[TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient] | Unset = UNSET
    """ Product sale transactions. """
    records: list[TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient] | Unset = UNSET
    """ Appointments of the customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,
            TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,
        ) = _LAZY or _lazy()
        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient,
            TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
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
                        TheObjectOfTheModelSaleOfGoodsInTheHistoryOfVisitsToTheClient.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "goods_transactions", goods_transactions) from None

        _records = _get("records", UNSET)
        if _records is UNSET:
            records = UNSET
        else:
            if type(_records) is not list:
                _records = _v.array(_records, "records")
            records = []
            try:
                for _item in _records:
                    records.append(TheObjectOfTheModelAppointmentInTheHistoryOfVisitsToTheClient.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "records", records) from None

        _obj = cls.__new__(cls)
        _obj.goods_transactions = goods_transactions
        _obj.records = records

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
