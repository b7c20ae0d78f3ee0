from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.appointment_client_type_0_client_tags_item import AppointmentClientType0ClientTagsItem
    from ..models.appointment_client_type_0_custom_fields_item import AppointmentClientType0CustomFieldsItem


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
        from ..models.appointment_client_type_0_client_tags_item import AppointmentClientType0ClientTagsItem  # noqa: PLC0415
        from ..models.appointment_client_type_0_custom_fields_item import AppointmentClientType0CustomFieldsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        display_name = d.pop("display_name", UNSET)

        comment = d.pop("comment", UNSET)

        phone = d.pop("phone", UNSET)

        card = d.pop("card", UNSET)

        email = d.pop("email", UNSET)

        success_visits_count = d.pop("success_visits_count", UNSET)

        fail_visits_count = d.pop("fail_visits_count", UNSET)

        discount = d.pop("discount", UNSET)

        is_new = d.pop("is_new", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[AppointmentClientType0CustomFieldsItem] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = AppointmentClientType0CustomFieldsItem.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        gender = d.pop("gender", UNSET)

        sex = d.pop("sex", UNSET)

        birthday = d.pop("birthday", UNSET)

        _client_tags = d.pop("client_tags", UNSET)
        client_tags: list[AppointmentClientType0ClientTagsItem] | Unset = UNSET
        if _client_tags is not UNSET:
            client_tags = []
            for client_tags_item_data in _client_tags:
                client_tags_item = AppointmentClientType0ClientTagsItem.from_dict(client_tags_item_data)

                client_tags.append(client_tags_item)

        phone_country_id = d.pop("phone_country_id", UNSET)

        appointment_client_type_0 = cls(
            id=id,
            name=name,
            surname=surname,
            middle_name=middle_name,
            patronymic=patronymic,
            display_name=display_name,
            comment=comment,
            phone=phone,
            card=card,
            email=email,
            success_visits_count=success_visits_count,
            fail_visits_count=fail_visits_count,
            discount=discount,
            is_new=is_new,
            custom_fields=custom_fields,
            gender=gender,
            sex=sex,
            birthday=birthday,
            client_tags=client_tags,
            phone_country_id=phone_country_id,
        )

        appointment_client_type_0.additional_properties = d
        return appointment_client_type_0

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
