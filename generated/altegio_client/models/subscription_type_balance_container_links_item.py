from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_type_balance_container_links_item_category import (
        SubscriptionTypeBalanceContainerLinksItemCategory,
    )
    from ..models.subscription_type_balance_container_links_item_service import (
        SubscriptionTypeBalanceContainerLinksItemService,
    )


T = TypeVar("T", bound="SubscriptionTypeBalanceContainerLinksItem")


@_attrs_define
class SubscriptionTypeBalanceContainerLinksItem:
    count: int | Unset = UNSET
    """ Visits for this service or category """
    is_unlimited: bool | Unset = UNSET
    """ Whether the count has no limit """
    service: SubscriptionTypeBalanceContainerLinksItemService | Unset = UNSET
    """ The service, when the link is to a service """
    category: SubscriptionTypeBalanceContainerLinksItemCategory | Unset = UNSET
    """ The category, when the link is to a category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        is_unlimited = self.is_unlimited

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if service is not UNSET:
            field_dict["service"] = service
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_type_balance_container_links_item_category import (
            SubscriptionTypeBalanceContainerLinksItemCategory,  # noqa: PLC0415
        )
        from ..models.subscription_type_balance_container_links_item_service import (
            SubscriptionTypeBalanceContainerLinksItemService,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        is_unlimited = d.pop("is_unlimited", UNSET)

        _service = d.pop("service", UNSET)
        service: SubscriptionTypeBalanceContainerLinksItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = SubscriptionTypeBalanceContainerLinksItemService.from_dict(_service)

        _category = d.pop("category", UNSET)
        category: SubscriptionTypeBalanceContainerLinksItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = SubscriptionTypeBalanceContainerLinksItemCategory.from_dict(_category)

        subscription_type_balance_container_links_item = cls(
            count=count,
            is_unlimited=is_unlimited,
            service=service,
            category=category,
        )

        subscription_type_balance_container_links_item.additional_properties = d
        return subscription_type_balance_container_links_item

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
