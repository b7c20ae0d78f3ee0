from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_account_list_by_location_and_client_response_200_data_item_deposit import (
        GetClientAccountListByLocationAndClientResponse200DataItemDeposit,
    )
    from ..models.get_client_account_list_by_location_and_client_response_200_data_item_deposit_type import (
        GetClientAccountListByLocationAndClientResponse200DataItemDepositType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.get_client_account_list_by_location_and_client_response_200_data_item_deposit import (
        GetClientAccountListByLocationAndClientResponse200DataItemDeposit,  # noqa: PLC0415
    )
    from ..models.get_client_account_list_by_location_and_client_response_200_data_item_deposit_type import (
        GetClientAccountListByLocationAndClientResponse200DataItemDepositType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        GetClientAccountListByLocationAndClientResponse200DataItemDeposit,
        GetClientAccountListByLocationAndClientResponse200DataItemDepositType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "deposit",
        "deposit_type",
    }
)


T = TypeVar("T", bound="GetClientAccountListByLocationAndClientResponse200DataItem")


@_attrs_define
class GetClientAccountListByLocationAndClientResponse200DataItem:
    deposit: GetClientAccountListByLocationAndClientResponse200DataItemDeposit | Unset = UNSET
    deposit_type: GetClientAccountListByLocationAndClientResponse200DataItemDepositType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GetClientAccountListByLocationAndClientResponse200DataItemDeposit,
            GetClientAccountListByLocationAndClientResponse200DataItemDepositType,
        ) = _LAZY or _lazy()
        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        deposit_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = self.deposit_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GetClientAccountListByLocationAndClientResponse200DataItemDeposit,
            GetClientAccountListByLocationAndClientResponse200DataItemDepositType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _deposit = _get("deposit", UNSET)
        if _deposit is UNSET:
            deposit = UNSET
        else:
            try:
                deposit = GetClientAccountListByLocationAndClientResponse200DataItemDeposit.from_dict(_deposit)
            except _v.Invalid as _e:
                raise _v.at(_e, "deposit") from None

        _deposit_type = _get("deposit_type", UNSET)
        if _deposit_type is UNSET:
            deposit_type = UNSET
        else:
            try:
                deposit_type = GetClientAccountListByLocationAndClientResponse200DataItemDepositType.from_dict(
                    _deposit_type
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "deposit_type") from None

        _obj = cls.__new__(cls)
        _obj.deposit = deposit
        _obj.deposit_type = deposit_type

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
