from __future__ import annotations

import datetime
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
        "id",
        "salon_id",
        "salon_group_id",
        "user_id",
        "amount",
        "balance_after",
        "reserved_balance_after",
        "date_create",
        "comment",
        "deleted",
    }
)


T = TypeVar("T", bound="GetChainClientAccountHistoryResponse200DataItemDepositTransaction")


@_attrs_define
class GetChainClientAccountHistoryResponse200DataItemDepositTransaction:
    """Details of a client account transaction"""

    id: int | Unset = UNSET
    """ ID of the transaction """
    salon_id: int | Unset = UNSET
    """ ID of the location where the transaction took place """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain """
    user_id: int | Unset = UNSET
    """ ID of the user linked to the client account """
    amount: float | Unset = UNSET
    """ Amount of the transaction: positive for a top-up, negative for a withdrawal """
    balance_after: float | Unset = UNSET
    """ Balance of the personal account after the transaction """
    reserved_balance_after: float | Unset = UNSET
    """ Reserved balance of the personal account after the transaction """
    date_create: datetime.datetime | None | Unset = UNSET
    """ Date and time the transaction was created """
    comment: str | Unset = UNSET
    """ Comment on the transaction """
    deleted: bool | Unset = UNSET
    """ Whether the transaction was deleted """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_id = self.salon_id

        salon_group_id = self.salon_group_id

        user_id = self.user_id

        amount = self.amount

        balance_after = self.balance_after

        reserved_balance_after = self.reserved_balance_after

        date_create: None | str | Unset
        if isinstance(self.date_create, Unset):
            date_create = UNSET
        elif isinstance(self.date_create, datetime.datetime):
            date_create = self.date_create.isoformat()
        else:
            date_create = self.date_create

        comment = self.comment

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

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

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        balance_after = _get("balance_after", UNSET)
        if type(balance_after) is not float and balance_after is not UNSET:
            balance_after = _v.float_(balance_after, "balance_after")

        reserved_balance_after = _get("reserved_balance_after", UNSET)
        if type(reserved_balance_after) is not float and reserved_balance_after is not UNSET:
            reserved_balance_after = _v.float_(reserved_balance_after, "reserved_balance_after")

        date_create = _get("date_create", UNSET)
        if type(date_create) is str:
            try:
                date_create = _v.fromisoformat(date_create)
            except ValueError:
                date_create = _v.datetime_(date_create, "date_create")
        elif date_create is not UNSET:
            date_create = _v.datetime_(date_create, "date_create", True)

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _v.bool_(deleted, "deleted")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_id = salon_id
        _obj.salon_group_id = salon_group_id
        _obj.user_id = user_id
        _obj.amount = amount
        _obj.balance_after = balance_after
        _obj.reserved_balance_after = reserved_balance_after
        _obj.date_create = date_create
        _obj.comment = comment
        _obj.deleted = deleted

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
