from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_client_response_201_data_custom_fields import CreateClientResponse201DataCustomFields


T = TypeVar("T", bound="CreateClientResponse201Data")


@_attrs_define
class CreateClientResponse201Data:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    categories: list[Any] | Unset = UNSET
    gender: str | Unset = UNSET
    gender_id: int | Unset = UNSET
    discount: float | Unset = UNSET
    importance_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    card: float | Unset = UNSET
    birth_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    sms_check: float | Unset = UNSET
    sms_not: float | Unset = UNSET
    spent: float | Unset = UNSET
    balance: Any | Unset = UNSET
    """ Amount (Decimal) """
    visits: float | Unset = UNSET
    last_change_date: str | Unset = UNSET
    custom_fields: CreateClientResponse201DataCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        surname = self.surname

        middle_name = self.middle_name

        phone = self.phone

        email = self.email

        categories: list[Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        gender = self.gender

        gender_id = self.gender_id

        discount = self.discount

        importance_id = self.importance_id

        importance = self.importance

        card = self.card

        birth_date = self.birth_date

        comment = self.comment

        sms_check = self.sms_check

        sms_not = self.sms_not

        spent = self.spent

        balance = self.balance

        visits = self.visits

        last_change_date = self.last_change_date

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if categories is not UNSET:
            field_dict["categories"] = categories
        if gender is not UNSET:
            field_dict["gender"] = gender
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if discount is not UNSET:
            field_dict["discount"] = discount
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if balance is not UNSET:
            field_dict["balance"] = balance
        if visits is not UNSET:
            field_dict["visits"] = visits
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_response_201_data_custom_fields import CreateClientResponse201DataCustomFields  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        categories = cast(list[Any], d.pop("categories", UNSET))

        gender = d.pop("gender", UNSET)

        gender_id = d.pop("gender_id", UNSET)

        discount = d.pop("discount", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        card = d.pop("card", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        comment = d.pop("comment", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        spent = d.pop("spent", UNSET)

        balance = d.pop("balance", UNSET)

        visits = d.pop("visits", UNSET)

        last_change_date = d.pop("last_change_date", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CreateClientResponse201DataCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CreateClientResponse201DataCustomFields.from_dict(_custom_fields)

        create_client_response_201_data = cls(
            id=id,
            name=name,
            surname=surname,
            middle_name=middle_name,
            phone=phone,
            email=email,
            categories=categories,
            gender=gender,
            gender_id=gender_id,
            discount=discount,
            importance_id=importance_id,
            importance=importance,
            card=card,
            birth_date=birth_date,
            comment=comment,
            sms_check=sms_check,
            sms_not=sms_not,
            spent=spent,
            balance=balance,
            visits=visits,
            last_change_date=last_change_date,
            custom_fields=custom_fields,
        )

        create_client_response_201_data.additional_properties = d
        return create_client_response_201_data

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
