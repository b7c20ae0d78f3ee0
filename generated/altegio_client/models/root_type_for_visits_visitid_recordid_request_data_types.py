from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_visits_visitid_recordid_request_data_types_deleted_transaction_ids_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem,
    )
    from ..models.root_type_for_visits_visitid_recordid_request_data_types_goods_transactions_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
    )
    from ..models.root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem,
    )
    from ..models.root_type_for_visits_visitid_recordid_request_data_types_services_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_visits_visitid_recordid_request_data_types_deleted_transaction_ids_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_recordid_request_data_types_goods_transactions_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_recordid_request_data_types_new_transactions_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_visits_visitid_recordid_request_data_types_services_item import (
        RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem,
        RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
        RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem,
        RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "attendance",
        "comment",
        "new_transactions",
        "deleted_transaction_ids",
        "goods_transactions",
        "services",
        "fast_payment",
    }
)


T = TypeVar("T", bound="RootTypeForVisitsVisitidRecordidRequestDataTypes")


@_attrs_define
class RootTypeForVisitsVisitidRecordidRequestDataTypes:
    """Update a visit

    Example:
        {'attendance': 1, 'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100, 'account_id': 23322}],
            'deleted_transaction_ids': [], 'fast_payment': 1, 'goods_transactions': [{'id': 2168657, 'title': 'Vital Creme
            Shampoo Plus', 'barcode': '123', 'article': '120277', 'amount': -1, 'cost_per_unit': 15, 'price': 15, 'cost':
            12, 'operation_unit_type': 2, 'master_id': 55436, 'storage_id': 91303, 'good_id': 232658, 'discount': 20}],
            'services': [{'id': 389045, 'title': 'Hand massage (10 min)', 'cost': 255, 'cost_per_unit': 300, 'discount': 15,
            'first_cost': 300, 'record_id': 10403702}]}

    """

    attendance: float
    """ Status of the visit: 2 - appointment confirmed by the user, 1 - the user arrived and services were provided,
    0 - waiting for the user, -1 - the user did not show up """
    comment: str
    """ Comment """
    new_transactions: list[RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem] | Unset = UNSET
    """ New commodity transaction objects """
    deleted_transaction_ids: list[RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem] | Unset = (
        UNSET
    )
    """ List of instance IDs """
    goods_transactions: list[RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem] | Unset = UNSET
    """ List of commodity transaction objects """
    services: list[RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem] | Unset = UNSET
    """ Service objects """
    fast_payment: float | Unset = UNSET
    """ Quick payment: 1 cash, 2 cashless, 129 cash with printing, 130 cashless with printing """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem,
            RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
            RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem,
            RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem,
        ) = _LAZY or _lazy()
        attendance = self.attendance

        comment = self.comment

        new_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_transactions, Unset):
            new_transactions = []
            for new_transactions_item_data in self.new_transactions:
                new_transactions_item = new_transactions_item_data.to_dict()
                new_transactions.append(new_transactions_item)

        deleted_transaction_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleted_transaction_ids, Unset):
            deleted_transaction_ids = []
            for deleted_transaction_ids_item_data in self.deleted_transaction_ids:
                deleted_transaction_ids_item = deleted_transaction_ids_item_data.to_dict()
                deleted_transaction_ids.append(deleted_transaction_ids_item)

        goods_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_transactions, Unset):
            goods_transactions = []
            for goods_transactions_item_data in self.goods_transactions:
                goods_transactions_item = goods_transactions_item_data.to_dict()
                goods_transactions.append(goods_transactions_item)

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        fast_payment = self.fast_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "comment": comment,
            }
        )
        if new_transactions is not UNSET:
            field_dict["new_transactions"] = new_transactions
        if deleted_transaction_ids is not UNSET:
            field_dict["deleted_transaction_ids"] = deleted_transaction_ids
        if goods_transactions is not UNSET:
            field_dict["goods_transactions"] = goods_transactions
        if services is not UNSET:
            field_dict["services"] = services
        if fast_payment is not UNSET:
            field_dict["fast_payment"] = fast_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem,
            RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem,
            RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem,
            RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "attendance" not in src_dict:
            raise _v.missing("attendance")
        attendance = _get("attendance", UNSET)
        if type(attendance) is not float and attendance is not UNSET:
            attendance = _v.float_(attendance, "attendance")

        if "comment" not in src_dict:
            raise _v.missing("comment")
        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        _new_transactions = _get("new_transactions", UNSET)
        if _new_transactions is UNSET:
            new_transactions = UNSET
        else:
            if type(_new_transactions) is not list:
                _new_transactions = _v.array(_new_transactions, "new_transactions")
            new_transactions = []
            try:
                for _item in _new_transactions:
                    new_transactions.append(
                        RootTypeForVisitsVisitidRecordidRequestDataTypesNewTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "new_transactions", new_transactions) from None

        _deleted_transaction_ids = _get("deleted_transaction_ids", UNSET)
        if _deleted_transaction_ids is UNSET:
            deleted_transaction_ids = UNSET
        else:
            if type(_deleted_transaction_ids) is not list:
                _deleted_transaction_ids = _v.array(_deleted_transaction_ids, "deleted_transaction_ids")
            deleted_transaction_ids = []
            try:
                for _item in _deleted_transaction_ids:
                    deleted_transaction_ids.append(
                        RootTypeForVisitsVisitidRecordidRequestDataTypesDeletedTransactionIdsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "deleted_transaction_ids", deleted_transaction_ids) from None

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
                        RootTypeForVisitsVisitidRecordidRequestDataTypesGoodsTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "goods_transactions", goods_transactions) from None

        _services = _get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            if type(_services) is not list:
                _services = _v.array(_services, "services")
            services = []
            try:
                for _item in _services:
                    services.append(RootTypeForVisitsVisitidRecordidRequestDataTypesServicesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services", services) from None

        fast_payment = _get("fast_payment", UNSET)
        if type(fast_payment) is not float and fast_payment is not UNSET:
            fast_payment = _v.float_(fast_payment, "fast_payment")

        _obj = cls.__new__(cls)
        _obj.attendance = attendance
        _obj.comment = comment
        _obj.new_transactions = new_transactions
        _obj.deleted_transaction_ids = deleted_transaction_ids
        _obj.goods_transactions = goods_transactions
        _obj.services = services
        _obj.fast_payment = fast_payment

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
