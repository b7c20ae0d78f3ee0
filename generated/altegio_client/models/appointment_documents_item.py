from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "type_id",
        "storage_id",
        "user_id",
        "company_id",
        "number",
        "comment",
        "date_created",
        "category_id",
        "visit_id",
        "record_id",
        "type_title",
        "is_sale_bill_printed",
    }
)


T = TypeVar("T", bound="AppointmentDocumentsItem")


@_attrs_define
class AppointmentDocumentsItem:
    id: int | Unset = UNSET
    """ ID of the document """
    type_id: int | Unset = UNSET
    """ Kind of document """
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    user_id: int | Unset = UNSET
    """ ID of the user who made the document """
    company_id: int | Unset = UNSET
    """ ID of the location """
    number: float | Unset = UNSET
    """ Number of the document """
    comment: str | Unset = UNSET
    """ Comment on the document """
    date_created: datetime.datetime | None | Unset = UNSET
    """ When the document was created """
    category_id: int | Unset = UNSET
    """ ID of the product category """
    visit_id: int | Unset = UNSET
    """ ID of the visit """
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    type_title: str | Unset = UNSET
    """ Entity name the document is attached to """
    is_sale_bill_printed: bool | Unset = UNSET
    """ Whether the sales receipt has been printed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_id = self.type_id

        storage_id = self.storage_id

        user_id = self.user_id

        company_id = self.company_id

        number = self.number

        comment = self.comment

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        category_id = self.category_id

        visit_id = self.visit_id

        record_id = self.record_id

        type_title = self.type_title

        is_sale_bill_printed = self.is_sale_bill_printed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if visit_id is not UNSET:
            field_dict["visit_id"] = visit_id
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if type_title is not UNSET:
            field_dict["type_title"] = type_title
        if is_sale_bill_printed is not UNSET:
            field_dict["is_sale_bill_printed"] = is_sale_bill_printed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _v.int_(storage_id, "storage_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        number = _get("number", UNSET)
        if type(number) is not float and number is not UNSET:
            number = _v.float_(number, "number")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        date_created = _get("date_created", UNSET)
        if type(date_created) is str:
            try:
                date_created = _v.fromisoformat(date_created)
            except ValueError:
                date_created = _v.datetime_(date_created, "date_created")
        elif date_created is not UNSET:
            date_created = _v.datetime_(date_created, "date_created", True)

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        visit_id = _get("visit_id", UNSET)
        if type(visit_id) is not int and visit_id is not UNSET:
            visit_id = _v.int_(visit_id, "visit_id")

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        type_title = _get("type_title", UNSET)
        if type(type_title) is not str and type_title is not UNSET:
            type_title = _v.str_(type_title, "type_title")

        is_sale_bill_printed = _get("is_sale_bill_printed", UNSET)
        if type(is_sale_bill_printed) is not bool and is_sale_bill_printed is not UNSET:
            is_sale_bill_printed = _v.bool_(is_sale_bill_printed, "is_sale_bill_printed")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.type_id = type_id
        _obj.storage_id = storage_id
        _obj.user_id = user_id
        _obj.company_id = company_id
        _obj.number = number
        _obj.comment = comment
        _obj.date_created = date_created
        _obj.category_id = category_id
        _obj.visit_id = visit_id
        _obj.record_id = record_id
        _obj.type_title = type_title
        _obj.is_sale_bill_printed = is_sale_bill_printed

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
