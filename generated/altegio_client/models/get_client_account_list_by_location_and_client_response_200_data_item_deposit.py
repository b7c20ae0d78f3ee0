from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
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
        "id",
        "salon_group_id",
        "deposit_type_id",
        "initial_balance",
        "balance",
        "reserved_balance",
        "blocked",
        "date_create",
    }
)


T = TypeVar("T", bound="GetClientAccountListByLocationAndClientResponse200DataItemDeposit")


@_attrs_define
class GetClientAccountListByLocationAndClientResponse200DataItemDeposit:
    id: int | Unset = UNSET
    salon_group_id: int | Unset = UNSET
    deposit_type_id: int | Unset = UNSET
    initial_balance: float | Unset = UNSET
    balance: Any | Unset = UNSET
    """ Amount (Decimal) """
    reserved_balance: Any | Unset = UNSET
    """ Amount (Decimal) """
    blocked: bool | Unset = UNSET
    date_create: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_group_id = self.salon_group_id

        deposit_type_id = self.deposit_type_id

        initial_balance = self.initial_balance

        balance = self.balance

        reserved_balance = self.reserved_balance

        blocked = self.blocked

        date_create = self.date_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id
        if initial_balance is not UNSET:
            field_dict["initial_balance"] = initial_balance
        if balance is not UNSET:
            field_dict["balance"] = balance
        if reserved_balance is not UNSET:
            field_dict["reserved_balance"] = reserved_balance
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if date_create is not UNSET:
            field_dict["date_create"] = date_create

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        deposit_type_id = _get("deposit_type_id", UNSET)
        if type(deposit_type_id) is not int and deposit_type_id is not UNSET:
            deposit_type_id = _v.int_(deposit_type_id, "deposit_type_id")

        initial_balance = _get("initial_balance", UNSET)
        if type(initial_balance) is not float and initial_balance is not UNSET:
            initial_balance = _v.float_(initial_balance, "initial_balance")

        balance = _get("balance", UNSET)
        if type(balance) is int:
            balance = _Decimal(balance)
        elif type(balance) is not _Decimal and balance is not UNSET:
            balance = _v.money(balance, "balance")

        reserved_balance = _get("reserved_balance", UNSET)
        if type(reserved_balance) is int:
            reserved_balance = _Decimal(reserved_balance)
        elif type(reserved_balance) is not _Decimal and reserved_balance is not UNSET:
            reserved_balance = _v.money(reserved_balance, "reserved_balance")

        blocked = _get("blocked", UNSET)
        if type(blocked) is not bool and blocked is not UNSET:
            blocked = _v.bool_(blocked, "blocked")

        date_create = _get("date_create", UNSET)
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _v.str_(date_create, "date_create")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_group_id = salon_group_id
        _obj.deposit_type_id = deposit_type_id
        _obj.initial_balance = initial_balance
        _obj.balance = balance
        _obj.reserved_balance = reserved_balance
        _obj.blocked = blocked
        _obj.date_create = date_create

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
