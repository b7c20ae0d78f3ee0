from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.remove_user_from_locations_body_user_company_links_item import (
        RemoveUserFromLocationsBodyUserCompanyLinksItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.remove_user_from_locations_body_user_company_links_item import (
        RemoveUserFromLocationsBodyUserCompanyLinksItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RemoveUserFromLocationsBodyUserCompanyLinksItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "user_company_links",
    }
)


T = TypeVar("T", bound="RemoveUserFromLocationsBody")


@_attrs_define
class RemoveUserFromLocationsBody:
    user_company_links: list[RemoveUserFromLocationsBodyUserCompanyLinksItem]
    """ Locations the user will be removed from """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RemoveUserFromLocationsBodyUserCompanyLinksItem,
        ) = _LAZY or _lazy()
        user_company_links = []
        for user_company_links_item_data in self.user_company_links:
            user_company_links_item = user_company_links_item_data.to_dict()
            user_company_links.append(user_company_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_company_links": user_company_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RemoveUserFromLocationsBodyUserCompanyLinksItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "user_company_links" not in src_dict:
            raise _v.missing("user_company_links")
        _user_company_links = _get("user_company_links", UNSET)
        if _user_company_links is UNSET:
            user_company_links = UNSET
        else:
            if type(_user_company_links) is not list:
                _user_company_links = _v.array(_user_company_links, "user_company_links")
            user_company_links = []
            try:
                for _item in _user_company_links:
                    user_company_links.append(RemoveUserFromLocationsBodyUserCompanyLinksItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "user_company_links", user_company_links) from None

        _obj = cls.__new__(cls)
        _obj.user_company_links = user_company_links

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
