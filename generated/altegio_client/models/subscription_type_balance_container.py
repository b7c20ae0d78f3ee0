from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_type_balance_container_links_item import SubscriptionTypeBalanceContainerLinksItem


T = TypeVar("T", bound="SubscriptionTypeBalanceContainer")


@_attrs_define
class SubscriptionTypeBalanceContainer:
    """Services and categories attached, with their balances"""

    links: list[SubscriptionTypeBalanceContainerLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_type_balance_container_links_item import SubscriptionTypeBalanceContainerLinksItem  # noqa: PLC0415

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[SubscriptionTypeBalanceContainerLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = SubscriptionTypeBalanceContainerLinksItem.from_dict(links_item_data)

                links.append(links_item)

        subscription_type_balance_container = cls(
            links=links,
        )

        subscription_type_balance_container.additional_properties = d
        return subscription_type_balance_container

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
