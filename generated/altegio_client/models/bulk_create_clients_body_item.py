from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkCreateClientsBodyItem")


@_attrs_define
class BulkCreateClientsBodyItem:
    name: str
    """ Name of the client """
    phone: str
    """ Phone of the customer """
    surname: str | Unset = UNSET
    """ Last name of the client """
    middle_name: str | Unset = UNSET
    """ Middle name of the client """
    email: str | Unset = UNSET
    """ Email of the client """
    gender_id: float | Unset = UNSET
    """ Client gender: 1 - male, 2 - female, 0 - unknown """
    importance_id: float | Unset = UNSET
    """ Priority level of the client: 0 - none, 1 - bronze, 2 - silver, 3 - gold """
    discount: float | Unset = UNSET
    """ Discount of the customer """
    card: str | Unset = UNSET
    """ Card number of the client """
    birth_date: str | Unset = UNSET
    """ Client's birth date, formatted yyyy-mm-dd """
    comment: str | Unset = UNSET
    """ Comment """
    spent: float | Unset = UNSET
    """ Amount the client had spent at the location when added """
    balance: float | Unset = UNSET
    """ Balance of the client """
    sms_check: float | Unset = UNSET
    """ 1: send a birthday greeting by SMS, 0: no greeting """
    sms_not: float | Unset = UNSET
    """ 1: leave the client out of SMS mailings, 0: keep the client in them """
    categories: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        surname = self.surname

        middle_name = self.middle_name

        email = self.email

        gender_id = self.gender_id

        importance_id = self.importance_id

        discount = self.discount

        card = self.card

        birth_date = self.birth_date

        comment = self.comment

        spent = self.spent

        balance = self.balance

        sms_check = self.sms_check

        sms_not = self.sms_not

        categories: list[float] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone": phone,
            }
        )
        if surname is not UNSET:
            field_dict["surname"] = surname
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if email is not UNSET:
            field_dict["email"] = email
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if discount is not UNSET:
            field_dict["discount"] = discount
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if spent is not UNSET:
            field_dict["spent"] = spent
        if balance is not UNSET:
            field_dict["balance"] = balance
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        phone = d.pop("phone")

        surname = d.pop("surname", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        email = d.pop("email", UNSET)

        gender_id = d.pop("gender_id", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        discount = d.pop("discount", UNSET)

        card = d.pop("card", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        comment = d.pop("comment", UNSET)

        spent = d.pop("spent", UNSET)

        balance = d.pop("balance", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        categories = cast(list[float], d.pop("categories", UNSET))

        bulk_create_clients_body_item = cls(
            name=name,
            phone=phone,
            surname=surname,
            middle_name=middle_name,
            email=email,
            gender_id=gender_id,
            importance_id=importance_id,
            discount=discount,
            card=card,
            birth_date=birth_date,
            comment=comment,
            spent=spent,
            balance=balance,
            sms_check=sms_check,
            sms_not=sms_not,
            categories=categories,
        )

        bulk_create_clients_body_item.additional_properties = d
        return bulk_create_clients_body_item

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
