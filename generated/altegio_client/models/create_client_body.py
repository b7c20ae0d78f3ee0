from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_client_body_custom_fields import CreateClientBodyCustomFields

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.create_client_body_custom_fields import CreateClientBodyCustomFields  # noqa: PLC0415

    _LAZY = (
        _v,
        CreateClientBodyCustomFields,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "name",
        "phone",
        "surname",
        "middle_name",
        "email",
        "gender_id",
        "importance_id",
        "discount",
        "card",
        "birth_date",
        "comment",
        "spent",
        "balance",
        "sms_check",
        "sms_not",
        "categories",
        "custom_fields",
    }
)


T = TypeVar("T", bound="CreateClientBody")


@_attrs_define
class CreateClientBody:
    """
    Example:
        {'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550179, 'email':
            'j.smith@example.com', 'gender_id': 1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date':
            '952041600', 'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance': -200,
            'categories': [101, 102], 'custom_fields': {'key-1': 'value-1'}}

    """

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
    custom_fields: CreateClientBodyCustomFields | Unset = UNSET
    """ Extra client fields, given as "api-key": "value" pairs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            CreateClientBodyCustomFields,
        ) = _LAZY or _lazy()
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

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

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
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            CreateClientBodyCustomFields,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "name" not in src_dict:
            raise _v.missing("name")
        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = _v.str_(name, "name")

        if "phone" not in src_dict:
            raise _v.missing("phone")
        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        surname = _get("surname", UNSET)
        if type(surname) is not str and surname is not UNSET:
            surname = _v.str_(surname, "surname")

        middle_name = _get("middle_name", UNSET)
        if type(middle_name) is not str and middle_name is not UNSET:
            middle_name = _v.str_(middle_name, "middle_name")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _v.str_(email, "email")

        gender_id = _get("gender_id", UNSET)
        if type(gender_id) is not float and gender_id is not UNSET:
            gender_id = _v.float_(gender_id, "gender_id")

        importance_id = _get("importance_id", UNSET)
        if type(importance_id) is not float and importance_id is not UNSET:
            importance_id = _v.float_(importance_id, "importance_id")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        card = _get("card", UNSET)
        if type(card) is not str and card is not UNSET:
            card = _v.str_(card, "card")

        birth_date = _get("birth_date", UNSET)
        if type(birth_date) is not str and birth_date is not UNSET:
            birth_date = _v.str_(birth_date, "birth_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        spent = _get("spent", UNSET)
        if type(spent) is not float and spent is not UNSET:
            spent = _v.float_(spent, "spent")

        balance = _get("balance", UNSET)
        if type(balance) is not float and balance is not UNSET:
            balance = _v.float_(balance, "balance")

        sms_check = _get("sms_check", UNSET)
        if type(sms_check) is not float and sms_check is not UNSET:
            sms_check = _v.float_(sms_check, "sms_check")

        sms_not = _get("sms_not", UNSET)
        if type(sms_not) is not float and sms_not is not UNSET:
            sms_not = _v.float_(sms_not, "sms_not")

        _categories = _get("categories", UNSET)
        if _categories is UNSET:
            categories = UNSET
        else:
            if type(_categories) is not list:
                _categories = _v.array(_categories, "categories")
            categories = []
            try:
                for _item in _categories:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(categories))

                    categories.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "categories") from None

        _custom_fields = _get("custom_fields", UNSET)
        if _custom_fields is UNSET:
            custom_fields = UNSET
        else:
            try:
                custom_fields = CreateClientBodyCustomFields.from_dict(_custom_fields)
            except _v.Invalid as _e:
                raise _v.at(_e, "custom_fields") from None

        _obj = cls.__new__(cls)
        _obj.name = name
        _obj.phone = phone
        _obj.surname = surname
        _obj.middle_name = middle_name
        _obj.email = email
        _obj.gender_id = gender_id
        _obj.importance_id = importance_id
        _obj.discount = discount
        _obj.card = card
        _obj.birth_date = birth_date
        _obj.comment = comment
        _obj.spent = spent
        _obj.balance = balance
        _obj.sms_check = sms_check
        _obj.sms_not = sms_not
        _obj.categories = categories
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
