from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_client_type_0_client_tags_item import AppointmentClientType0ClientTagsItem
    from ..models.appointment_client_type_0_custom_fields_item import AppointmentClientType0CustomFieldsItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.appointment_client_type_0_client_tags_item import AppointmentClientType0ClientTagsItem  # noqa: PLC0415
    from ..models.appointment_client_type_0_custom_fields_item import AppointmentClientType0CustomFieldsItem  # noqa: PLC0415

    _LAZY = (
        _v,
        AppointmentClientType0ClientTagsItem,
        AppointmentClientType0CustomFieldsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "name",
        "surname",
        "middle_name",
        "patronymic",
        "display_name",
        "comment",
        "phone",
        "card",
        "email",
        "success_visits_count",
        "fail_visits_count",
        "discount",
        "is_new",
        "custom_fields",
        "gender",
        "sex",
        "birthday",
        "client_tags",
        "phone_country_id",
    }
)


T = TypeVar("T", bound="AppointmentClientType0")


@_attrs_define
class AppointmentClientType0:
    """Customer information (can be empty)"""

    id: int | Unset = UNSET
    """ ID of the client """
    name: str | Unset = UNSET
    """ First name of the client """
    surname: str | Unset = UNSET
    """ Last name of the client """
    middle_name: str | Unset = UNSET
    """ Middle name of the client """
    patronymic: str | Unset = UNSET
    """ Middle name of the client (old field name; holds the same value as middle_name) """
    display_name: str | Unset = UNSET
    """ Name of the client as displayed """
    comment: str | Unset = UNSET
    """ Comment about the client """
    phone: str | Unset = UNSET
    """ Phone number of the client """
    card: str | Unset = UNSET
    """ Card number of the client """
    email: str | Unset = UNSET
    """ Email of the client """
    success_visits_count: int | Unset = UNSET
    """ Count of successful visits """
    fail_visits_count: int | Unset = UNSET
    """ Count of failed visits """
    discount: float | Unset = UNSET
    """ Discount of the client """
    is_new: bool | Unset = UNSET
    """ Whether the client is new """
    custom_fields: list[AppointmentClientType0CustomFieldsItem] | Unset = UNSET
    """ Custom fields of the client """
    gender: float | Unset = UNSET
    """ Gender of the client: 0 - not specified, 1 - male, 2 - female """
    sex: float | Unset = UNSET
    """ Sex of the client (same as gender): 0 - not specified, 1 - male, 2 - female """
    birthday: str | Unset = UNSET
    """ Birthday of the client """
    client_tags: list[AppointmentClientType0ClientTagsItem] | Unset = UNSET
    """ Tags of the client """
    phone_country_id: int | Unset = UNSET
    """ ID of the phone's country """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            AppointmentClientType0ClientTagsItem,
            AppointmentClientType0CustomFieldsItem,
        ) = _LAZY or _lazy()
        id = self.id

        name = self.name

        surname = self.surname

        middle_name = self.middle_name

        patronymic = self.patronymic

        display_name = self.display_name

        comment = self.comment

        phone = self.phone

        card = self.card

        email = self.email

        success_visits_count = self.success_visits_count

        fail_visits_count = self.fail_visits_count

        discount = self.discount

        is_new = self.is_new

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        gender = self.gender

        sex = self.sex

        birthday = self.birthday

        client_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_tags, Unset):
            client_tags = []
            for client_tags_item_data in self.client_tags:
                client_tags_item = client_tags_item_data.to_dict()
                client_tags.append(client_tags_item)

        phone_country_id = self.phone_country_id

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
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if phone is not UNSET:
            field_dict["phone"] = phone
        if card is not UNSET:
            field_dict["card"] = card
        if email is not UNSET:
            field_dict["email"] = email
        if success_visits_count is not UNSET:
            field_dict["success_visits_count"] = success_visits_count
        if fail_visits_count is not UNSET:
            field_dict["fail_visits_count"] = fail_visits_count
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if gender is not UNSET:
            field_dict["gender"] = gender
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if client_tags is not UNSET:
            field_dict["client_tags"] = client_tags
        if phone_country_id is not UNSET:
            field_dict["phone_country_id"] = phone_country_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            AppointmentClientType0ClientTagsItem,
            AppointmentClientType0CustomFieldsItem,
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

        patronymic = _get("patronymic", UNSET)
        if type(patronymic) is not str and patronymic is not UNSET:
            patronymic = _v.str_(patronymic, "patronymic")

        display_name = _get("display_name", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            display_name = _v.str_(display_name, "display_name")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        phone = _get("phone", UNSET)
        if type(phone) is not str and phone is not UNSET:
            phone = _v.str_(phone, "phone")

        card = _get("card", UNSET)
        if type(card) is not str and card is not UNSET:
            card = _v.str_(card, "card")

        email = _get("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = _v.str_(email, "email")

        success_visits_count = _get("success_visits_count", UNSET)
        if type(success_visits_count) is not int and success_visits_count is not UNSET:
            success_visits_count = _v.int_(success_visits_count, "success_visits_count")

        fail_visits_count = _get("fail_visits_count", UNSET)
        if type(fail_visits_count) is not int and fail_visits_count is not UNSET:
            fail_visits_count = _v.int_(fail_visits_count, "fail_visits_count")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        is_new = _get("is_new", UNSET)
        if type(is_new) is not bool and is_new is not UNSET:
            is_new = _v.bool_(is_new, "is_new")

        _custom_fields = _get("custom_fields", UNSET)
        if _custom_fields is UNSET:
            custom_fields = UNSET
        else:
            if type(_custom_fields) is not list:
                _custom_fields = _v.array(_custom_fields, "custom_fields")
            custom_fields = []
            try:
                for _item in _custom_fields:
                    custom_fields.append(AppointmentClientType0CustomFieldsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "custom_fields", custom_fields) from None

        gender = _get("gender", UNSET)
        if type(gender) is not float and gender is not UNSET:
            gender = _v.float_(gender, "gender")

        sex = _get("sex", UNSET)
        if type(sex) is not float and sex is not UNSET:
            sex = _v.float_(sex, "sex")

        birthday = _get("birthday", UNSET)
        if type(birthday) is not str and birthday is not UNSET:
            birthday = _v.str_(birthday, "birthday")

        _client_tags = _get("client_tags", UNSET)
        if _client_tags is UNSET:
            client_tags = UNSET
        else:
            if type(_client_tags) is not list:
                _client_tags = _v.array(_client_tags, "client_tags")
            client_tags = []
            try:
                for _item in _client_tags:
                    client_tags.append(AppointmentClientType0ClientTagsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "client_tags", client_tags) from None

        phone_country_id = _get("phone_country_id", UNSET)
        if type(phone_country_id) is not int and phone_country_id is not UNSET:
            phone_country_id = _v.int_(phone_country_id, "phone_country_id")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.name = name
        _obj.surname = surname
        _obj.middle_name = middle_name
        _obj.patronymic = patronymic
        _obj.display_name = display_name
        _obj.comment = comment
        _obj.phone = phone
        _obj.card = card
        _obj.email = email
        _obj.success_visits_count = success_visits_count
        _obj.fail_visits_count = fail_visits_count
        _obj.discount = discount
        _obj.is_new = is_new
        _obj.custom_fields = custom_fields
        _obj.gender = gender
        _obj.sex = sex
        _obj.birthday = birthday
        _obj.client_tags = client_tags
        _obj.phone_country_id = phone_country_id

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
