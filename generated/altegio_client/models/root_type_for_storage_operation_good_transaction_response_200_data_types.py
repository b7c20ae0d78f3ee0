from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesData,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_meta_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesData,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_meta_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesData,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationGoodTransactionResponse200DataTypes")


@_attrs_define
class RootTypeForStorageOperationGoodTransactionResponse200DataTypes:
    """Add a transaction

    Example:
        {'success': True, 'data': {'id': 3428010, 'document_id': 22254960, 'type_id': 1, 'type': {'id': 1, 'title':
            'Sale of goods'}, 'company_id': 4564, 'good_id': 232674, 'amount': -1, 'cost_per_unit': 100, 'discount': 10,
            'cost': 90, 'unit_id': 1, 'storage_id': 36539, 'supplier_id': 0, 'client_id': 0, 'master_id': 26781,
            'create_date': '2026-09-21T23:00:00.000-05:00', 'comment': 'Transaction comment', 'deleted': False, 'good':
            {'id': 232674, 'title': 'Edition De Luxe', 'unit': 'PC.', 'value': 'delete yy', 'label': 'delete yy', 'article':
            '', 'category': 'goose category', 'category_id': 303603, 'salon_id': 91372, 'good_id': 15086312, 'cost': 500,
            'unit_id': 216760, 'unit_short_title': 'PC', 'service_unit_id': 216760, 'service_unit_short_title': 'PC',
            'actual_cost': 0, 'unit_actual_cost': 0, 'unit_actual_cost_format': '0 USD', 'unit_equals': 1, 'barcode': '',
            'loyalty_abonement_type_id': '0', 'loyalty_certificate_type_id': '0', 'loyalty_allow_empty_code': True,
            'actual_amounts': [], 'last_change_date': '2026-03-05T18:21:34-0500'}, 'storage': {'id': 36539, 'title':
            'Products'}, 'sale_unit': None, 'service_unit': None, 'supplier': [], 'client': [], 'master': {'id': 26781,
            'name': 'Angelina Jolie'}, 'unit': {'id': 1, 'title': 'Thing', 'short_title': 'PC.'}}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: RootTypeForStorageOperationGoodTransactionResponse200DataTypesData | Unset = UNSET
    """ Payload """
    meta: list[Any] | RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesData,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0):
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
        (
            _v,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesData,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0,
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
            try:
                data = RootTypeForStorageOperationGoodTransactionResponse200DataTypesData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(
                data: object,
            ) -> list[Any] | RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0.from_dict(
                        data
                    )

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "meta",
                "list[Any] | RootTypeForStorageOperationGoodTransactionResponse200DataTypesMetaType0",
                _get("meta"),
            ) from None

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
