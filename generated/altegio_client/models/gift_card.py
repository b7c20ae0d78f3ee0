from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gift_card_status import GiftCardStatus
    from ..models.gift_card_type_details import GiftCardTypeDetails

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.gift_card_status import GiftCardStatus  # noqa: PLC0415
    from ..models.gift_card_type_details import GiftCardTypeDetails  # noqa: PLC0415

    _LAZY = (
        _v,
        GiftCardStatus,
        GiftCardTypeDetails,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "number",
        "balance",
        "default_balance",
        "type_id",
        "status_id",
        "created_date",
        "expiration_date",
        "type",
        "status",
    }
)


T = TypeVar("T", bound="GiftCard")


@_attrs_define
class GiftCard:
    id: int | Unset = UNSET
    """ ID of the gift card (certificate) """
    number: str | Unset = UNSET
    """ Code of the gift card """
    balance: Any | Unset = UNSET
    """ Balance left on the card (Decimal) """
    default_balance: Any | Unset = UNSET
    """ Balance at the time of sale (Decimal) """
    type_id: int | Unset = UNSET
    """ ID of the gift card type """
    status_id: int | Unset = UNSET
    """ ID of the status """
    created_date: datetime.datetime | None | Unset = UNSET
    """ When the card was sold """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ When the card expires """
    type_: GiftCardTypeDetails | Unset = UNSET
    """ Details of the gift card type """
    status: GiftCardStatus | Unset = UNSET
    """ Current status of the gift card """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GiftCardStatus,
            GiftCardTypeDetails,
        ) = _LAZY or _lazy()
        id = self.id

        number = self.number

        balance = self.balance

        default_balance = self.default_balance

        type_id = self.type_id

        status_id = self.status_id

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if balance is not UNSET:
            field_dict["balance"] = balance
        if default_balance is not UNSET:
            field_dict["default_balance"] = default_balance
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GiftCardStatus,
            GiftCardTypeDetails,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _v.str_(number, "number")

        balance = _get("balance", UNSET)
        if type(balance) is int:
            balance = _Decimal(balance)
        elif type(balance) is not _Decimal and balance is not UNSET:
            balance = _v.money(balance, "balance")

        default_balance = _get("default_balance", UNSET)
        if type(default_balance) is int:
            default_balance = _Decimal(default_balance)
        elif type(default_balance) is not _Decimal and default_balance is not UNSET:
            default_balance = _v.money(default_balance, "default_balance")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        status_id = _get("status_id", UNSET)
        if type(status_id) is not int and status_id is not UNSET:
            status_id = _v.int_(status_id, "status_id")

        created_date = _get("created_date", UNSET)
        if type(created_date) is str:
            try:
                created_date = _v.fromisoformat(created_date)
            except ValueError:
                created_date = _v.datetime_(created_date, "created_date")
        elif created_date is not UNSET:
            created_date = _v.datetime_(created_date, "created_date", True)

        expiration_date = _get("expiration_date", UNSET)
        if type(expiration_date) is str:
            try:
                expiration_date = _v.fromisoformat(expiration_date)
            except ValueError:
                expiration_date = _v.datetime_(expiration_date, "expiration_date")
        elif expiration_date is not UNSET:
            expiration_date = _v.datetime_(expiration_date, "expiration_date", True)

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = GiftCardTypeDetails.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _status = _get("status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = GiftCardStatus.from_dict(_status)
            except _v.Invalid as _e:
                raise _v.at(_e, "status") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.number = number
        _obj.balance = balance
        _obj.default_balance = default_balance
        _obj.type_id = type_id
        _obj.status_id = status_id
        _obj.created_date = created_date
        _obj.expiration_date = expiration_date
        _obj.type_ = type_
        _obj.status = status

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
