from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_memberships_for_event_response_200_data_item_attributes import (
        SearchMembershipsForEventResponse200DataItemAttributes,
    )
    from ..models.search_memberships_for_event_response_200_data_item_relationships import (
        SearchMembershipsForEventResponse200DataItemRelationships,
    )


T = TypeVar("T", bound="SearchMembershipsForEventResponse200DataItem")


@_attrs_define
class SearchMembershipsForEventResponse200DataItem:
    id: str | Unset = UNSET
    """ ID of the issued membership """
    type_: str | Unset = UNSET
    attributes: SearchMembershipsForEventResponse200DataItemAttributes | Unset = UNSET
    relationships: SearchMembershipsForEventResponse200DataItemRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_memberships_for_event_response_200_data_item_attributes import (
            SearchMembershipsForEventResponse200DataItemAttributes,  # noqa: PLC0415
        )
        from ..models.search_memberships_for_event_response_200_data_item_relationships import (
            SearchMembershipsForEventResponse200DataItemRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: SearchMembershipsForEventResponse200DataItemAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = SearchMembershipsForEventResponse200DataItemAttributes.from_dict(_attributes)

        _relationships = d.pop("relationships", UNSET)
        relationships: SearchMembershipsForEventResponse200DataItemRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = SearchMembershipsForEventResponse200DataItemRelationships.from_dict(_relationships)

        search_memberships_for_event_response_200_data_item = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        search_memberships_for_event_response_200_data_item.additional_properties = d
        return search_memberships_for_event_response_200_data_item

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
