from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_good_transaction_response_data_types_data_item import (
        RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_data_types_meta import (
        RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_good_transaction_response_data_types_data_item import (
        RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_data_types_meta import (
        RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem,
        RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationGoodTransactionResponseDataTypes")


@_attrs_define
class RootTypeForStorageOperationGoodTransactionResponseDataTypes:
    """Fetch the product transactions of a document

    Example:
        {'success': True, 'data': [{'id': 3728232, 'document_id': 22256643, 'type_id': 1, 'company_id': 4564, 'good_id':
            587018, 'amount': -10, 'cost_per_unit': 100, 'discount': 0, 'cost': 1000, 'unit_id': 88272,
            'operation_unit_type': 1, 'storage_id': 36539, 'supplier_id': 0, 'record_id': 0, 'client_id': 0, 'master_id':
            49754, 'create_date': '2026-09-21T23:00:00.000-05:00', 'comment': '', 'service_id': 0, 'user_id': 3, 'deleted':
            False, 'pkg_amount': 0}, {'id': 3728233, 'document_id': 22256643, 'type_id': 1, 'company_id': 4564, 'good_id':
            232674, 'amount': -10, 'cost_per_unit': 127.5, 'discount': 0, 'cost': 1275, 'unit_id': 1, 'operation_unit_type':
            2, 'storage_id': 36539, 'supplier_id': 0, 'record_id': 0, 'client_id': 0, 'master_id': 49754, 'create_date':
            '2026-09-21T23:00:00.000-05:00', 'comment': '', 'service_id': 0, 'user_id': 3, 'deleted': False, 'pkg_amount':
            0}], 'meta': {'count': 2}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem] | Unset = UNSET
    """ List of memberships """
    meta: RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta | Unset = UNSET
    """ Metadata: count of transactions found """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem,
            RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta,
        ) = _LAZY or _lazy()
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem,
            RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            try:
                for _item in _data:
                    data.append(RootTypeForStorageOperationGoodTransactionResponseDataTypesDataItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        _meta = _get("meta", UNSET)
        if _meta is UNSET:
            meta = UNSET
        else:
            try:
                meta = RootTypeForStorageOperationGoodTransactionResponseDataTypesMeta.from_dict(_meta)
            except _v.Invalid as _e:
                raise _v.at(_e, "meta") from None

        _obj = cls.__new__(cls)
        _obj.success = success
        _obj.data = data
        _obj.meta = meta

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
