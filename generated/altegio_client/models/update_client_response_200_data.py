from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_client_response_200_data_custom_fields import UpdateClientResponse200DataCustomFields

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.update_client_response_200_data_custom_fields import UpdateClientResponse200DataCustomFields  # noqa: PLC0415

    _LAZY = (
        _v,
        UpdateClientResponse200DataCustomFields,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "surname",
        "middle_name",
        "phone",
        "email",
        "categories",
        "gender",
        "gender_id",
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


T = TypeVar("T", bound="UpdateClientResponse200Data")


@_attrs_define
class UpdateClientResponse200Data:
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
    custom_fields: UpdateClientResponse200DataCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            UpdateClientResponse200DataCustomFields,
        ) = _LAZY or _lazy()
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
        (
            _v,
            UpdateClientResponse200DataCustomFields,
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

        surname = _get("surname", UNSET)
        if type(surname) is not str and surname is not UNSET:
            surname = _v.str_(surname, "surname")

        middle_name = _get("middle_name", UNSET)
        if type(middle_name) is not str and middle_name is not UNSET:
            middle_name = _v.str_(middle_name, "middle_name")

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
            categories = _categories

        gender = _get("gender", UNSET)
        if type(gender) is not str and gender is not UNSET:
            gender = _v.str_(gender, "gender")

        gender_id = _get("gender_id", UNSET)
        if type(gender_id) is not int and gender_id is not UNSET:
            gender_id = _v.int_(gender_id, "gender_id")

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
        if type(card) is not float and card is not UNSET:
            card = _v.float_(card, "card")

        birth_date = _get("birth_date", UNSET)
        if type(birth_date) is not str and birth_date is not UNSET:
            birth_date = _v.str_(birth_date, "birth_date")

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
        if type(last_change_date) is not str and last_change_date is not UNSET:
            last_change_date = _v.str_(last_change_date, "last_change_date")

        _custom_fields = _get("custom_fields", UNSET)
        if _custom_fields is UNSET:
            custom_fields = UNSET
        else:
            try:
                custom_fields = UpdateClientResponse200DataCustomFields.from_dict(_custom_fields)
            except _v.Invalid as _e:
                raise _v.at(_e, "custom_fields") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.surname = surname
        _obj.middle_name = middle_name
        _obj.phone = phone
        _obj.email = email
        _obj.categories = categories
        _obj.gender = gender
        _obj.gender_id = gender_id
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
