from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_type_balance_container_links_item import SubscriptionTypeBalanceContainerLinksItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.subscription_type_balance_container_links_item import SubscriptionTypeBalanceContainerLinksItem  # noqa: PLC0415

    _LAZY = (
        _v,
        SubscriptionTypeBalanceContainerLinksItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "links",
    }
)


T = TypeVar("T", bound="SubscriptionTypeBalanceContainer")


@_attrs_define
class SubscriptionTypeBalanceContainer:
    """Services and categories attached, with their balances"""

    links: list[SubscriptionTypeBalanceContainerLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SubscriptionTypeBalanceContainerLinksItem,
        ) = _LAZY or _lazy()
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
        (
            _v,
            SubscriptionTypeBalanceContainerLinksItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _links = _get("links", UNSET)
        if _links is UNSET:
            links = UNSET
        else:
            if type(_links) is not list:
                _links = _v.array(_links, "links")
            links = []
            try:
                for _item in _links:
                    links.append(SubscriptionTypeBalanceContainerLinksItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "links", links) from None

        _obj = cls.__new__(cls)
        _obj.links = links

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
