from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_clients_response_200_data_created_item_categories_item import (
        BulkCreateClientsResponse200DataCreatedItemCategoriesItem,
    )


T = TypeVar("T", bound="BulkCreateClientsResponse200DataCreatedItem")


@_attrs_define
class BulkCreateClientsResponse200DataCreatedItem:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    card: float | Unset = UNSET
    birth_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    discount: float | Unset = UNSET
    visits: float | Unset = UNSET
    gender_id: int | Unset = UNSET
    gender: str | Unset = UNSET
    sms_check: float | Unset = UNSET
    sms_bot: float | Unset = UNSET
    spent: float | Unset = UNSET
    paid: float | Unset = UNSET
    balance: Any | Unset = UNSET
    """ Amount (Decimal) """
    importance_id: int | Unset = UNSET
    importance: str | Unset = UNSET
    categories: list[BulkCreateClientsResponse200DataCreatedItemCategoriesItem] | Unset = UNSET
    last_change_date: str | Unset = UNSET
    custom_fields: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        surname = self.surname

        middle_name = self.middle_name

        phone = self.phone

        email = self.email

        card = self.card

        birth_date = self.birth_date

        comment = self.comment

        discount = self.discount

        visits = self.visits

        gender_id = self.gender_id

        gender = self.gender

        sms_check = self.sms_check

        sms_bot = self.sms_bot

        spent = self.spent

        paid = self.paid

        balance = self.balance

        importance_id = self.importance_id

        importance = self.importance

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        last_change_date = self.last_change_date

        custom_fields: list[Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

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
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if visits is not UNSET:
            field_dict["visits"] = visits
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if gender is not UNSET:
            field_dict["gender"] = gender
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_bot is not UNSET:
            field_dict["sms_bot"] = sms_bot
        if spent is not UNSET:
            field_dict["spent"] = spent
        if paid is not UNSET:
            field_dict["paid"] = paid
        if balance is not UNSET:
            field_dict["balance"] = balance
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if categories is not UNSET:
            field_dict["categories"] = categories
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_create_clients_response_200_data_created_item_categories_item import (
            BulkCreateClientsResponse200DataCreatedItemCategoriesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        card = d.pop("card", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        visits = d.pop("visits", UNSET)

        gender_id = d.pop("gender_id", UNSET)

        gender = d.pop("gender", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_bot = d.pop("sms_bot", UNSET)

        spent = d.pop("spent", UNSET)

        paid = d.pop("paid", UNSET)

        balance = d.pop("balance", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[BulkCreateClientsResponse200DataCreatedItemCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = BulkCreateClientsResponse200DataCreatedItemCategoriesItem.from_dict(
                    categories_item_data
                )

                categories.append(categories_item)

        last_change_date = d.pop("last_change_date", UNSET)

        custom_fields = cast(list[Any], d.pop("custom_fields", UNSET))

        bulk_create_clients_response_200_data_created_item = cls(
            id=id,
            name=name,
            surname=surname,
            middle_name=middle_name,
            phone=phone,
            email=email,
            card=card,
            birth_date=birth_date,
            comment=comment,
            discount=discount,
            visits=visits,
            gender_id=gender_id,
            gender=gender,
            sms_check=sms_check,
            sms_bot=sms_bot,
            spent=spent,
            paid=paid,
            balance=balance,
            importance_id=importance_id,
            importance=importance,
            categories=categories,
            last_change_date=last_change_date,
            custom_fields=custom_fields,
        )

        bulk_create_clients_response_200_data_created_item.additional_properties = d
        return bulk_create_clients_response_200_data_created_item

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
