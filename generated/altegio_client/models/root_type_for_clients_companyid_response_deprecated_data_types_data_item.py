from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_clients_companyid_response_deprecated_data_types_data_item_categories_item import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_clients_companyid_response_deprecated_data_types_data_item_custom_fields import (
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,
        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "phone",
        "email",
        "categories",
        "gender_id",
        "gender",
        "discount",
        "importance_id",
        "importance",
        "card",
        "birth_date",
        "comment",
        "sms_check",
        "sms_not",
        "spent",
        "balance",
        "visits",
        "last_change_date",
        "custom_fields",
    }
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
    card: str | Unset = UNSET
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
        (
            _,
            RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,
            RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,
            RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _v.str_(email, "email")

        _categories = _get("categories", UNSET)
        if _categories is UNSET:
            categories = UNSET
        else:
            if type(_categories) is not list:
                _categories = _v.array(_categories, "categories")
            categories = []
            try:
                for _item in _categories:
                    categories.append(
                        RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "categories", categories) from None

        gender_id = _get("gender_id", UNSET)
        if type(gender_id) is not int and gender_id is not UNSET:
            gender_id = _v.int_(gender_id, "gender_id")

        gender = _get("gender", UNSET)
        if type(gender) is not str and gender is not UNSET:
            gender = _v.str_(gender, "gender")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        importance_id = _get("importance_id", UNSET)
        if type(importance_id) is not int and importance_id is not UNSET:
            importance_id = _v.int_(importance_id, "importance_id")

        importance = _get("importance", UNSET)
        if type(importance) is not str and importance is not UNSET:
            importance = _v.str_(importance, "importance")

        card = _get("card", UNSET)
        if type(card) is not str and card is not UNSET:
            card = _v.str_(card, "card")

        birth_date = _get("birth_date", UNSET)
        if birth_date is not UNSET:
            birth_date = _v.date_(birth_date, "birth_date", True)

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        sms_check = _get("sms_check", UNSET)
        if type(sms_check) is not float and sms_check is not UNSET:
            sms_check = _v.float_(sms_check, "sms_check")

        sms_not = _get("sms_not", UNSET)
        if type(sms_not) is not float and sms_not is not UNSET:
            sms_not = _v.float_(sms_not, "sms_not")

        spent = _get("spent", UNSET)
        if type(spent) is not float and spent is not UNSET:
            spent = _v.float_(spent, "spent")

        balance = _get("balance", UNSET)
        if type(balance) is int:
            balance = _Decimal(balance)
        elif type(balance) is not _Decimal and balance is not UNSET:
            balance = _v.money(balance, "balance")

        visits = _get("visits", UNSET)
        if type(visits) is not float and visits is not UNSET:
            visits = _v.float_(visits, "visits")

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = _v.fromisoformat(last_change_date)
            except ValueError:
                last_change_date = _v.datetime_(last_change_date, "last_change_date")
        elif last_change_date is not UNSET:
            last_change_date = _v.datetime_(last_change_date, "last_change_date", True)

        _custom_fields = _get("custom_fields", UNSET)
        if _custom_fields is UNSET:
            custom_fields = UNSET
        else:
            try:
                custom_fields = RootTypeForClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields.from_dict(
                    _custom_fields
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "custom_fields") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.phone = phone
        _obj.email = email
        _obj.categories = categories
        _obj.gender_id = gender_id
        _obj.gender = gender
        _obj.discount = discount
        _obj.importance_id = importance_id
        _obj.importance = importance
        _obj.card = card
        _obj.birth_date = birth_date
        _obj.comment = comment
        _obj.sms_check = sms_check
        _obj.sms_not = sms_not
        _obj.spent = spent
        _obj.balance = balance
        _obj.visits = visits
        _obj.last_change_date = last_change_date
        _obj.custom_fields = custom_fields

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
