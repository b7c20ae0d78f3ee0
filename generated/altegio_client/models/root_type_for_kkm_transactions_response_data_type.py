from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_kkm_transactions_response_data_type_data_item import (
        RootTypeForKkmTransactionsResponseDataTypeDataItem,
    )
    from ..models.root_type_for_kkm_transactions_response_data_type_meta import (
        RootTypeForKkmTransactionsResponseDataTypeMeta,
    )


T = TypeVar("T", bound="RootTypeForKkmTransactionsResponseDataType")


@_attrs_define
class RootTypeForKkmTransactionsResponseDataType:
    """Fetch transactions

    Example:
        {'success': True, 'data': [{'id': 1059, 'print_date': '2026-09-21T23:00:00.000-05:00', 'printed_count': 1,
            'sum': 10, 'type': {'id': 1, 'title': 'Sales return operation'}, 'status': {'id': 3, 'title': 'Runtime error'},
            'document': {'id': 2045, 'type': 7, 'type_title': 'Visit'}, 'cashier': {'id': 746310, 'name': 'Jack Smith'}}],
            'meta': {'count': 1}}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[RootTypeForKkmTransactionsResponseDataTypeDataItem] | Unset = UNSET
    """ List of memberships """
    meta: RootTypeForKkmTransactionsResponseDataTypeMeta | Unset = UNSET
    """ Metadata: count of transactions found """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.root_type_for_kkm_transactions_response_data_type_data_item import (
            RootTypeForKkmTransactionsResponseDataTypeDataItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_kkm_transactions_response_data_type_meta import (
            RootTypeForKkmTransactionsResponseDataTypeMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[RootTypeForKkmTransactionsResponseDataTypeDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = RootTypeForKkmTransactionsResponseDataTypeDataItem.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: RootTypeForKkmTransactionsResponseDataTypeMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RootTypeForKkmTransactionsResponseDataTypeMeta.from_dict(_meta)

        root_type_for_kkm_transactions_response_data_type = cls(
            success=success,
            data=data,
            meta=meta,
        )

        root_type_for_kkm_transactions_response_data_type.additional_properties = d
        return root_type_for_kkm_transactions_response_data_type

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
