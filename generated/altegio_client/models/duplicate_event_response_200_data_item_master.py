from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateEventResponse200DataItemMaster")


@_attrs_define
class DuplicateEventResponse200DataItemMaster:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_id: int | Unset = UNSET
    specialization: float | Unset = UNSET
    rating: float | Unset = UNSET
    show_rating: bool | Unset = UNSET
    prepaid: str | Unset = UNSET
    position: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_id = self.company_id

        specialization = self.specialization

        rating = self.rating

        show_rating = self.show_rating

        prepaid = self.prepaid

        position: list[Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if rating is not UNSET:
            field_dict["rating"] = rating
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        company_id = d.pop("company_id", UNSET)

        specialization = d.pop("specialization", UNSET)

        rating = d.pop("rating", UNSET)

        show_rating = d.pop("show_rating", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        position = cast(list[Any], d.pop("position", UNSET))

        duplicate_event_response_200_data_item_master = cls(
            id=id,
            name=name,
            company_id=company_id,
            specialization=specialization,
            rating=rating,
            show_rating=show_rating,
            prepaid=prepaid,
            position=position,
        )

        duplicate_event_response_200_data_item_master.additional_properties = d
        return duplicate_event_response_200_data_item_master

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
