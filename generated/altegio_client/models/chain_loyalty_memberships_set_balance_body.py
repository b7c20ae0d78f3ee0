from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "united_balance_services_count",
        "services_balance_count",
    }
)


T = TypeVar("T", bound="ChainLoyaltyMembershipsSetBalanceBody")


@_attrs_define
class ChainLoyaltyMembershipsSetBalanceBody:
    united_balance_services_count: int | Unset = UNSET
    """ New number of visits on a shared balance """
    services_balance_count: list[ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem] | Unset = UNSET
    """ New balances for a membership with separate balances, one per service or category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
        ) = _LAZY or _lazy()
        united_balance_services_count = self.united_balance_services_count

        services_balance_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services_balance_count, Unset):
            services_balance_count = []
            for services_balance_count_item_data in self.services_balance_count:
                services_balance_count_item = services_balance_count_item_data.to_dict()
                services_balance_count.append(services_balance_count_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if services_balance_count is not UNSET:
            field_dict["services_balance_count"] = services_balance_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _v.int_(united_balance_services_count, "united_balance_services_count")

        _services_balance_count = _get("services_balance_count", UNSET)
        if _services_balance_count is UNSET:
            services_balance_count = UNSET
        else:
            if type(_services_balance_count) is not list:
                _services_balance_count = _v.array(_services_balance_count, "services_balance_count")
            services_balance_count = []
            try:
                for _item in _services_balance_count:
                    services_balance_count.append(
                        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "services_balance_count", services_balance_count) from None

        _obj = cls.__new__(cls)
        _obj.united_balance_services_count = united_balance_services_count
        _obj.services_balance_count = services_balance_count

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
