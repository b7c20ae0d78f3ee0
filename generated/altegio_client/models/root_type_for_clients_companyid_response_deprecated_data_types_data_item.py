from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_clients_companyid_response_deprecated_data_types_data_item_categories_item import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,
    )
    from ..models.root_type_for_clients_companyid_response_deprecated_data_types_data_item_custom_fields import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,
    )


T = TypeVar("T", bound="RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItem")


@_attrs_define
class RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the client """
    name: str | Unset = UNSET
    """ Name of the client """
    phone: str | Unset = UNSET
    """ Phone of the customer """
    email: str | Unset = UNSET
    """ Email of the client """
    categories: list[RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem] | Unset = UNSET
    """ Categories assigned to the client """
    gender_id: int | Unset = UNSET
    """ Gender ID: 0 - unknown, 1 - male, 2 - female """
    gender: str | Unset = UNSET
    """ Name of the gender """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    importance_id: int | Unset = UNSET
    """ Priority level of the client: 0 - none, 1 - bronze, 2 - silver, 3 - gold """
    importance: str | Unset = UNSET
    """ Name of the client's priority level """
    card: float | Unset = UNSET
    """ Card number of the client """
    birth_date: datetime.date | None | Unset = UNSET
    """ Birth date of the client """
    comment: str | Unset = UNSET
    """ Comment from the customer """
    sms_check: float | Unset = UNSET
    """ 1: send a birthday greeting by SMS, 0: no greeting """
    sms_not: float | Unset = UNSET
    """ 1: leave the client out of SMS mailings, 0: keep the client in them """
    spent: float | Unset = UNSET
    """ Amount the client had spent at the location when added """
    balance: Any | Unset = UNSET
    """ Balance of the client (Decimal) """
    visits: float | Unset = UNSET
    """ Number of visits """
    last_change_date: datetime.datetime | None | Unset = UNSET
    """ Date of the last change """
    custom_fields: RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields | Unset = UNSET
    """ Extra client fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone = self.phone

        email = self.email

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        gender_id = self.gender_id

        gender = self.gender

        discount = self.discount

        importance_id = self.importance_id

        importance = self.importance

        card = self.card

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        comment = self.comment

        sms_check = self.sms_check

        sms_not = self.sms_not

        spent = self.spent

        balance = self.balance

        visits = self.visits

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
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
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if categories is not UNSET:
            field_dict["categories"] = categories
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if gender is not UNSET:
            field_dict["gender"] = gender
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
        from ..models.root_type_for_clients_companyid_response_deprecated_data_types_data_item_categories_item import (
            RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_clients_companyid_response_deprecated_data_types_data_item_custom_fields import (
            RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = (
                    RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem.from_dict(
                        categories_item_data
                    )
                )

                categories.append(categories_item)

        gender_id = d.pop("gender_id", UNSET)

        gender = d.pop("gender", UNSET)

        discount = d.pop("discount", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        card = d.pop("card", UNSET)

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            birth_date_type_0 = datetime.date.fromisoformat(data)

            return birth_date_type_0

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        comment = d.pop("comment", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        spent = d.pop("spent", UNSET)

        balance = d.pop("balance", UNSET)

        visits = d.pop("visits", UNSET)

        def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_change_date_type_0 = datetime.datetime.fromisoformat(data)

            return last_change_date_type_0

        last_change_date = _parse_last_change_date(d.pop("last_change_date", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields.from_dict(
                _custom_fields
            )

        root_type_for_clients_companyid_response_deprecated_data_types_data_item = cls(
            id=id,
            name=name,
            phone=phone,
            email=email,
            categories=categories,
            gender_id=gender_id,
            gender=gender,
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

        root_type_for_clients_companyid_response_deprecated_data_types_data_item.additional_properties = d
        return root_type_for_clients_companyid_response_deprecated_data_types_data_item

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
