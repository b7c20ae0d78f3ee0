from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gift_card_status import GiftCardStatus
    from ..models.gift_card_type_details import GiftCardTypeDetails


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
        from ..models.gift_card_status import GiftCardStatus  # noqa: PLC0415
        from ..models.gift_card_type_details import GiftCardTypeDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        balance = d.pop("balance", UNSET)

        default_balance = d.pop("default_balance", UNSET)

        type_id = d.pop("type_id", UNSET)

        status_id = d.pop("status_id", UNSET)

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_date_type_0 = datetime.datetime.fromisoformat(data)

            return created_date_type_0

        created_date = _parse_created_date(d.pop("created_date", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            expiration_date_type_0 = datetime.datetime.fromisoformat(data)

            return expiration_date_type_0

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: GiftCardTypeDetails | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GiftCardTypeDetails.from_dict(_type_)

        _status = d.pop("status", UNSET)
        status: GiftCardStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GiftCardStatus.from_dict(_status)

        gift_card = cls(
            id=id,
            number=number,
            balance=balance,
            default_balance=default_balance,
            type_id=type_id,
            status_id=status_id,
            created_date=created_date,
            expiration_date=expiration_date,
            type_=type_,
            status=status,
        )

        gift_card.additional_properties = d
        return gift_card

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
