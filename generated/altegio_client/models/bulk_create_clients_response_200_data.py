from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_clients_response_200_data_created_item import BulkCreateClientsResponse200DataCreatedItem
    from ..models.bulk_create_clients_response_200_data_errors_item import BulkCreateClientsResponse200DataErrorsItem


T = TypeVar("T", bound="BulkCreateClientsResponse200Data")


@_attrs_define
class BulkCreateClientsResponse200Data:
    created: list[BulkCreateClientsResponse200DataCreatedItem] | Unset = UNSET
    errors: list[BulkCreateClientsResponse200DataErrorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = []
            for created_item_data in self.created:
                created_item = created_item_data.to_dict()
                created.append(created_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_create_clients_response_200_data_created_item import (
            BulkCreateClientsResponse200DataCreatedItem,  # noqa: PLC0415
        )
        from ..models.bulk_create_clients_response_200_data_errors_item import (
            BulkCreateClientsResponse200DataErrorsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _created = d.pop("created", UNSET)
        created: list[BulkCreateClientsResponse200DataCreatedItem] | Unset = UNSET
        if _created is not UNSET:
            created = []
            for created_item_data in _created:
                created_item = BulkCreateClientsResponse200DataCreatedItem.from_dict(created_item_data)

                created.append(created_item)

        _errors = d.pop("errors", UNSET)
        errors: list[BulkCreateClientsResponse200DataErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BulkCreateClientsResponse200DataErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        bulk_create_clients_response_200_data = cls(
            created=created,
            errors=errors,
        )

        bulk_create_clients_response_200_data.additional_properties = d
        return bulk_create_clients_response_200_data

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
