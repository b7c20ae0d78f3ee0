from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.an_object_of_date_based_pagination_information import AnObjectOfDateBasedPaginationInformation
    from ..models.customer_history_model_object import CustomerHistoryModelObject


T = TypeVar("T", bound="SearchClientVisitsResponse200")


@_attrs_define
class SearchClientVisitsResponse200:
    success: bool | Unset = UNSET
    """ Whether the request succeeded. """
    data: CustomerHistoryModelObject | Unset = UNSET
    """ Customer visit data: appointments as well as product sales. """
    meta: AnObjectOfDateBasedPaginationInformation | Unset = UNSET
    """ Pagination data for the current, next and previous pages. Results are sorted by date, newest first, and
    paginated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.an_object_of_date_based_pagination_information import AnObjectOfDateBasedPaginationInformation  # noqa: PLC0415
        from ..models.customer_history_model_object import CustomerHistoryModelObject  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: CustomerHistoryModelObject | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CustomerHistoryModelObject.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: AnObjectOfDateBasedPaginationInformation | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = AnObjectOfDateBasedPaginationInformation.from_dict(_meta)

        search_client_visits_response_200 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        search_client_visits_response_200.additional_properties = d
        return search_client_visits_response_200

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
