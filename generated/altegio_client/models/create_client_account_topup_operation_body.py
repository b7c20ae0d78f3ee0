from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "client_id",
        "deposit_id",
        "amount",
        "account_id",
        "master_id",
    }
)


T = TypeVar("T", bound="CreateClientAccountTopupOperationBody")


@_attrs_define
class CreateClientAccountTopupOperationBody:
    client_id: float
    """ ID of the client who owns the client account """
    deposit_id: float
    """ ID of the client's account """
    amount: float
    """ Top-up amount """
    account_id: float
    """ ID of the checkout used for payment """
    master_id: float | Unset = UNSET
    """ ID of the team member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        deposit_id = self.deposit_id

        amount = self.amount

        account_id = self.account_id

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "deposit_id": deposit_id,
                "amount": amount,
                "account_id": account_id,
            }
        )
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "client_id" not in src_dict:
            raise _v.missing("client_id")
        client_id = _get("client_id", UNSET)
        if type(client_id) is not float and client_id is not UNSET:
            client_id = _v.float_(client_id, "client_id")

        if "deposit_id" not in src_dict:
            raise _v.missing("deposit_id")
        deposit_id = _get("deposit_id", UNSET)
        if type(deposit_id) is not float and deposit_id is not UNSET:
            deposit_id = _v.float_(deposit_id, "deposit_id")

        if "amount" not in src_dict:
            raise _v.missing("amount")
        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        if "account_id" not in src_dict:
            raise _v.missing("account_id")
        account_id = _get("account_id", UNSET)
        if type(account_id) is not float and account_id is not UNSET:
            account_id = _v.float_(account_id, "account_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not float and master_id is not UNSET:
            master_id = _v.float_(master_id, "master_id")

        _obj = cls.__new__(cls)
        _obj.client_id = client_id
        _obj.deposit_id = deposit_id
        _obj.amount = amount
        _obj.account_id = account_id
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
