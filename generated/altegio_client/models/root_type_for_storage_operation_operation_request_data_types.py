from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_operation_request_data_types_goods_transactions_item import (
        RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_operation_request_data_types_goods_transactions_item import (
        RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "type_id",
        "create_date",
        "storage_id",
        "goods_transactions",
        "comment",
        "master_id",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationOperationRequestDataTypes")


@_attrs_define
class RootTypeForStorageOperationOperationRequestDataTypes:
    """Add an inventory operation

    Example:
        {'type_id': 1, 'comment': 'test document comment', 'create_date': '2026-09-21T23:00:00.000-05:00', 'master_id':
            0, 'storage_id': 91271, 'transactions': [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1,
            'cost_per_unit': 100, 'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}

    """

    type_id: float
    """ Kind of document: 1 - sale, 2 - usage / material consumption, 3 - product receipt / incoming, 4 - inventory
    write-off / product disposal, 5 - internal transfer """
    create_date: datetime.datetime
    """ When the document was created """
    storage_id: float
    """ ID of the inventory """
    goods_transactions: list[RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem]
    """ Array of objects with transaction parameters, in the same shape as a create-product-transaction request """
    comment: str | Unset = UNSET
    """ Comment """
    master_id: float | Unset = UNSET
    """ ID of the team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem,
        ) = _LAZY or _lazy()
        type_id = self.type_id

        create_date = self.create_date.isoformat()

        storage_id = self.storage_id

        goods_transactions = []
        for goods_transactions_item_data in self.goods_transactions:
            goods_transactions_item = goods_transactions_item_data.to_dict()
            goods_transactions.append(goods_transactions_item)

        comment = self.comment

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
                "create_date": create_date,
                "storage_id": storage_id,
                "goods_transactions": goods_transactions,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "type_id" not in src_dict:
            raise _v.missing("type_id")
        type_id = _get("type_id", UNSET)
        if type(type_id) is not float and type_id is not UNSET:
            type_id = _v.float_(type_id, "type_id")

        if "create_date" not in src_dict:
            raise _v.missing("create_date")
        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = _v.fromisoformat(create_date)
            except ValueError:
                create_date = _v.datetime_(create_date, "create_date")
        elif create_date is not UNSET:
            create_date = _v.datetime_(create_date, "create_date")

        if "storage_id" not in src_dict:
            raise _v.missing("storage_id")
        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not float and storage_id is not UNSET:
            storage_id = _v.float_(storage_id, "storage_id")

        if "goods_transactions" not in src_dict:
            raise _v.missing("goods_transactions")
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
                        RootTypeForStorageOperationOperationRequestDataTypesGoodsTransactionsItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "goods_transactions", goods_transactions) from None

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not float and master_id is not UNSET:
            master_id = _v.float_(master_id, "master_id")

        _obj = cls.__new__(cls)
        _obj.type_id = type_id
        _obj.create_date = create_date
        _obj.storage_id = storage_id
        _obj.goods_transactions = goods_transactions
        _obj.comment = comment
        _obj.master_id = master_id

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
