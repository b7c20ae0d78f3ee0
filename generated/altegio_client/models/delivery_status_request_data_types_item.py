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
        "id",
        "status",
        "payment_sum",
        "currency_iso",
        "parts_amount",
    }
)


T = TypeVar("T", bound="DeliveryStatusRequestDataTypesItem")


@_attrs_define
class DeliveryStatusRequestDataTypesItem:
    id: str | Unset = UNSET
    """ ID """
    status: float | Unset = UNSET
    """ Status of the message """
    payment_sum: float | Unset = UNSET
    """ Total cost of the message """
    currency_iso: str | Unset = UNSET
    """ ISO code of the currency """
    parts_amount: float | Unset = UNSET
    """ Number of parts the message consists of """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        payment_sum = self.payment_sum

        currency_iso = self.currency_iso

        parts_amount = self.parts_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if payment_sum is not UNSET:
            field_dict["payment_sum"] = payment_sum
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso
        if parts_amount is not UNSET:
            field_dict["parts_amount"] = parts_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _v.str_(id, "id")

        status = _get("status", UNSET)
        if type(status) is not float and status is not UNSET:
            status = _v.float_(status, "status")

        payment_sum = _get("payment_sum", UNSET)
        if type(payment_sum) is not float and payment_sum is not UNSET:
            payment_sum = _v.float_(payment_sum, "payment_sum")

        currency_iso = _get("currency_iso", UNSET)
        if type(currency_iso) is not str and currency_iso is not UNSET:
            currency_iso = _v.str_(currency_iso, "currency_iso")

        parts_amount = _get("parts_amount", UNSET)
        if type(parts_amount) is not float and parts_amount is not UNSET:
            parts_amount = _v.float_(parts_amount, "parts_amount")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.status = status
        _obj.payment_sum = payment_sum
        _obj.currency_iso = currency_iso
        _obj.parts_amount = parts_amount

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
