from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storages_transaction_response_data_types_data_item import (
        RootTypeForStoragesTransactionResponseDataTypesDataItem,
    )
    from ..models.root_type_for_storages_transaction_response_data_types_meta_type_0 import (
        RootTypeForStoragesTransactionResponseDataTypesMetaType0,
    )


T = TypeVar("T", bound="RootTypeForStoragesTransactionResponseDataTypes")


@_attrs_define
class RootTypeForStoragesTransactionResponseDataTypes:
    """Find product transactions

    Example:
        {'success': True, 'data': [{'id': 123456789, 'document_id': 22256643, 'type_id': 987654321, 'type': 'Something',
            'good': {'id': 111222333, 'title': 'Something'}, 'storage': {'id': 333222111, 'title': 'Storage 1'}, 'unit':
            {'id': 333222111, 'title': 'milliliter'}, 'operation_unit_type': 1, 'create_date': '2026-12-21T19:08:00-0500',
            'last_change_date': '2026-02-01T12:00:00-0500', 'cost_per_unit': 1.07, 'cost': 0, 'discount': 10, 'master':
            {'id': 112233445, 'title': 'James Smith'}, 'supplier': {'id': 11112222, 'title': 'Best Supplier Ever'},
            'record_id': 1, 'service': {'id': 1234321, 'title': 'Service 4'}, 'clients': {'id': 4321234, 'name': 'George
            Smith', 'phone': 13155550176}}], 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: list[RootTypeForStoragesTransactionResponseDataTypesDataItem] | Unset = UNSET
    """ List of memberships """
    meta: list[Any] | RootTypeForStoragesTransactionResponseDataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.root_type_for_storages_transaction_response_data_types_meta_type_0 import (
            RootTypeForStoragesTransactionResponseDataTypesMetaType0,  # noqa: PLC0415
        )

        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForStoragesTransactionResponseDataTypesMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

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
        from ..models.root_type_for_storages_transaction_response_data_types_data_item import (
            RootTypeForStoragesTransactionResponseDataTypesDataItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_storages_transaction_response_data_types_meta_type_0 import (
            RootTypeForStoragesTransactionResponseDataTypesMetaType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[RootTypeForStoragesTransactionResponseDataTypesDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = RootTypeForStoragesTransactionResponseDataTypesDataItem.from_dict(data_item_data)

                data.append(data_item)

        def _parse_meta(data: object) -> list[Any] | RootTypeForStoragesTransactionResponseDataTypesMetaType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = RootTypeForStoragesTransactionResponseDataTypesMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            meta_type_1 = cast(list[Any], data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        root_type_for_storages_transaction_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        root_type_for_storages_transaction_response_data_types.additional_properties = d
        return root_type_for_storages_transaction_response_data_types

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
