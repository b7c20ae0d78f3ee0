from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentResponseDataDocumentsItem")


@_attrs_define
class AppointmentResponseDataDocumentsItem:
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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_id = d.pop("type_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        number = d.pop("number", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_created_type_0 = datetime.datetime.fromisoformat(data)

            return date_created_type_0

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        category_id = d.pop("category_id", UNSET)

        visit_id = d.pop("visit_id", UNSET)

        record_id = d.pop("record_id", UNSET)

        type_title = d.pop("type_title", UNSET)

        is_sale_bill_printed = d.pop("is_sale_bill_printed", UNSET)

        appointment_response_data_documents_item = cls(
            id=id,
            type_id=type_id,
            storage_id=storage_id,
            user_id=user_id,
            company_id=company_id,
            number=number,
            comment=comment,
            date_created=date_created,
            category_id=category_id,
            visit_id=visit_id,
            record_id=record_id,
            type_title=type_title,
            is_sale_bill_printed=is_sale_bill_printed,
        )

        appointment_response_data_documents_item.additional_properties = d
        return appointment_response_data_documents_item

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
