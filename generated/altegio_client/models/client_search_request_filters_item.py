from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_search_request_filters_item_state import ClientSearchRequestFiltersItemState


T = TypeVar("T", bound="ClientSearchRequestFiltersItem")


@_attrs_define
class ClientSearchRequestFiltersItem:
    type_: str | Unset = UNSET
    state: ClientSearchRequestFiltersItemState | Unset = UNSET
    """ Kind of filter """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_search_request_filters_item_state import ClientSearchRequestFiltersItemState  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _state = d.pop("state", UNSET)
        state: ClientSearchRequestFiltersItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ClientSearchRequestFiltersItemState.from_dict(_state)

        client_search_request_filters_item = cls(
            type_=type_,
            state=state,
        )

        client_search_request_filters_item.additional_properties = d
        return client_search_request_filters_item

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
