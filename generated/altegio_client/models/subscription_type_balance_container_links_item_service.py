from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_type_balance_container_links_item_service_category import (
        SubscriptionTypeBalanceContainerLinksItemServiceCategory,
    )


T = TypeVar("T", bound="SubscriptionTypeBalanceContainerLinksItemService")


@_attrs_define
class SubscriptionTypeBalanceContainerLinksItemService:
    """The service, when the link is to a service"""

    id: int | Unset = UNSET
    is_category: bool | Unset = UNSET
    category_id: int | Unset = UNSET
    title: str | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    """ Name of the service in online sale """
    is_chain: bool | Unset = UNSET
    """ Whether the service belongs to the chain """
    chain_price_min: Any | Unset = UNSET
    """ Lowest price of the service in the chain (Decimal) """
    chain_price_max: Any | Unset = UNSET
    """ Highest price of the service in the chain (Decimal) """
    category: SubscriptionTypeBalanceContainerLinksItemServiceCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_category = self.is_category

        category_id = self.category_id

        title = self.title

        online_sale_title = self.online_sale_title

        is_chain = self.is_chain

        chain_price_min = self.chain_price_min

        chain_price_max = self.chain_price_max

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_category is not UNSET:
            field_dict["is_category"] = is_category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if chain_price_min is not UNSET:
            field_dict["chain_price_min"] = chain_price_min
        if chain_price_max is not UNSET:
            field_dict["chain_price_max"] = chain_price_max
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_type_balance_container_links_item_service_category import (
            SubscriptionTypeBalanceContainerLinksItemServiceCategory,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_category = d.pop("is_category", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        chain_price_min = d.pop("chain_price_min", UNSET)

        chain_price_max = d.pop("chain_price_max", UNSET)

        _category = d.pop("category", UNSET)
        category: SubscriptionTypeBalanceContainerLinksItemServiceCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = SubscriptionTypeBalanceContainerLinksItemServiceCategory.from_dict(_category)

        subscription_type_balance_container_links_item_service = cls(
            id=id,
            is_category=is_category,
            category_id=category_id,
            title=title,
            online_sale_title=online_sale_title,
            is_chain=is_chain,
            chain_price_min=chain_price_min,
            chain_price_max=chain_price_max,
            category=category,
        )

        subscription_type_balance_container_links_item_service.additional_properties = d
        return subscription_type_balance_container_links_item_service

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
