from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_balance_container_links_item_category import MembershipBalanceContainerLinksItemCategory
    from ..models.membership_balance_container_links_item_service import MembershipBalanceContainerLinksItemService

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.membership_balance_container_links_item_category import MembershipBalanceContainerLinksItemCategory  # noqa: PLC0415
    from ..models.membership_balance_container_links_item_service import MembershipBalanceContainerLinksItemService  # noqa: PLC0415

    _LAZY = (
        _v,
        MembershipBalanceContainerLinksItemCategory,
        MembershipBalanceContainerLinksItemService,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "count",
        "is_unlimited",
        "service",
        "category",
    }
)


T = TypeVar("T", bound="MembershipBalanceContainerLinksItem")


@_attrs_define
class MembershipBalanceContainerLinksItem:
    count: int | Unset = UNSET
    """ How many uses """
    is_unlimited: bool | Unset = UNSET
    """ Whether the count has no limit """
    service: MembershipBalanceContainerLinksItemService | Unset = UNSET
    """ Details of the service """
    category: MembershipBalanceContainerLinksItemCategory | Unset = UNSET
    """ Category of the service """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            MembershipBalanceContainerLinksItemCategory,
            MembershipBalanceContainerLinksItemService,
        ) = _LAZY or _lazy()
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
        (
            _v,
            MembershipBalanceContainerLinksItemCategory,
            MembershipBalanceContainerLinksItemService,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        count = _get("count", UNSET)
        if type(count) is not int and count is not UNSET:
            count = _v.int_(count, "count")

        is_unlimited = _get("is_unlimited", UNSET)
        if type(is_unlimited) is not bool and is_unlimited is not UNSET:
            is_unlimited = _v.bool_(is_unlimited, "is_unlimited")

        _service = _get("service", UNSET)
        if _service is UNSET:
            service = UNSET
        else:
            try:
                service = MembershipBalanceContainerLinksItemService.from_dict(_service)
            except _v.Invalid as _e:
                raise _v.at(_e, "service") from None

        _category = _get("category", UNSET)
        if _category is UNSET:
            category = UNSET
        else:
            try:
                category = MembershipBalanceContainerLinksItemCategory.from_dict(_category)
            except _v.Invalid as _e:
                raise _v.at(_e, "category") from None

        _obj = cls.__new__(cls)
        _obj.count = count
        _obj.is_unlimited = is_unlimited
        _obj.service = service
        _obj.category = category

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
