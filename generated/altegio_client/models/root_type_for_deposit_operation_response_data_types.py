from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_deposit_operation_response_data_types_data import (
        RootTypeForDepositOperationResponseDataTypesData,
    )
    from ..models.root_type_for_deposit_operation_response_data_types_meta_type_0 import (
        RootTypeForDepositOperationResponseDataTypesMetaType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_deposit_operation_response_data_types_data import (
        RootTypeForDepositOperationResponseDataTypesData,  # noqa: PLC0415
    )
    from ..models.root_type_for_deposit_operation_response_data_types_meta_type_0 import (
        RootTypeForDepositOperationResponseDataTypesMetaType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForDepositOperationResponseDataTypesData,
        RootTypeForDepositOperationResponseDataTypesMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForDepositOperationResponseDataTypes")


@_attrs_define
class RootTypeForDepositOperationResponseDataTypes:
    """Create an operation that tops up a personal account

    Example:
        {'success': True, 'data': {'document': {'id': 1, 'user_id': 1, 'salon_id': 1, 'type_id': 9, 'type': {'id': 9,
            'title': 'Account replenishment (advance payment)'}, 'comment': '', 'number': 1, 'salon': {'id': 1, 'title':
            'Location in New York', 'public_title': 'Location in New York', 'business_group_id': 1, 'business_type_id': 1,
            'country_id': 7, 'city_id': 2, 'timezone': '-5', 'timezone_name': 'America/New_York', 'address': 'New York, 787
            Jackson Drive', 'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'logo':
            'http://app.alteg.io/images/icon.png', 'zip': '129090', 'phone': '+13155550175', 'phones': [], 'site':
            'www.example.com', 'allow_delete_record': True, 'allow_change_record': True}, 'user': {'id': 1, 'name': 'James
            Smith', 'phone': '+13155550175'}}, 'deposits_transactions': [{'id': 1, 'salon_id': 1, 'salon_group_id': 1,
            'document_id': 1, 'deposit_id': 1, 'deposit_type_id': 1, 'master_id': 1, 'user_id': 1, 'amount': 100.5,
            'balance_after': 12239.56, 'reserved_balance_after': 0, 'comment': '', 'date_create':
            '2026-09-21T23:00:00.000-05:00', 'deleted': False, 'deposit': {'id': 1, 'deposit_type_id': 1, 'salon_group_id':
            1, 'initial_balance': 10000, 'balance': 12239.56, 'reserved_balance': 0, 'blocked': False, 'date_create':
            '2026-09-21T23:00:00.000-05:00'}, 'deposit_type': {'id': 1, 'salon_group_id': 1, 'title': 'Account type 1',
            'date_create': '2026-09-21T23:00:00.000-05:00', 'deleted': False}}], 'payment_transactions': [{'id': 1,
            'document_id': 1, 'date': '2026-09-21T23:00:00.000-05:00', 'type_id': 10, 'expense_id': 10, 'account_id': 1,
            'amount': 100.5, 'client_id': 1, 'master_id': 1, 'supplier_id': 0, 'comment': '', 'item_id': 1,
            'target_type_id': 0, 'record_id': 0, 'goods_transaction_id': 0, 'type': {'id': 10, 'title': 'Refill'}}]},
            'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: RootTypeForDepositOperationResponseDataTypesData | Unset = UNSET
    """ Payload """
    meta: list[Any] | RootTypeForDepositOperationResponseDataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForDepositOperationResponseDataTypesData,
            RootTypeForDepositOperationResponseDataTypesMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForDepositOperationResponseDataTypesMetaType0):
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
            RootTypeForDepositOperationResponseDataTypesData,
            RootTypeForDepositOperationResponseDataTypesMetaType0,
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
                data = RootTypeForDepositOperationResponseDataTypesData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> list[Any] | RootTypeForDepositOperationResponseDataTypesMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForDepositOperationResponseDataTypesMetaType0.from_dict(data)

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
                _e, "meta", "list[Any] | RootTypeForDepositOperationResponseDataTypesMetaType0", _get("meta")
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
