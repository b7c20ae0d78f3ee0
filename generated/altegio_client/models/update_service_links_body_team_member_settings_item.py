from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_service_links_body_team_member_settings_item_price_type_0 import (
        UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.update_service_links_body_team_member_settings_item_price_type_0 import (
        UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "team_member_id",
        "tech_card_id",
        "hours",
        "minutes",
        "price",
    }
)


T = TypeVar("T", bound="UpdateServiceLinksBodyTeamMemberSettingsItem")


@_attrs_define
class UpdateServiceLinksBodyTeamMemberSettingsItem:
    team_member_id: int | Unset = UNSET
    """ ID of the team member """
    tech_card_id: int | Unset = UNSET
    """ ID of the tech card used when this team member delivers the service """
    hours: int | Unset = UNSET
    """ Hours part of the service duration """
    minutes: int | Unset = UNSET
    """ Minutes part of the service duration """
    price: None | Unset | UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
        ) = _LAZY or _lazy()
        team_member_id = self.team_member_id

        tech_card_id = self.tech_card_id

        hours = self.hours

        minutes = self.minutes

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0):
            price = self.price.to_dict()
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if team_member_id is not UNSET:
            field_dict["team_member_id"] = team_member_id
        if tech_card_id is not UNSET:
            field_dict["tech_card_id"] = tech_card_id
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        team_member_id = _get("team_member_id", UNSET)
        if type(team_member_id) is not int and team_member_id is not UNSET:
            team_member_id = _v.int_(team_member_id, "team_member_id")

        tech_card_id = _get("tech_card_id", UNSET)
        if type(tech_card_id) is not int and tech_card_id is not UNSET:
            tech_card_id = _v.int_(tech_card_id, "tech_card_id")

        hours = _get("hours", UNSET)
        if type(hours) is not int and hours is not UNSET:
            hours = _v.int_(hours, "hours")

        minutes = _get("minutes", UNSET)
        if type(minutes) is not int and minutes is not UNSET:
            minutes = _v.int_(minutes, "minutes")

        _price = _get("price", UNSET)
        if _price is UNSET:
            price = UNSET
        elif _price is None:
            price = None
        else:
            try:
                price = UpdateServiceLinksBodyTeamMemberSettingsItemPriceType0.from_dict(_price)
            except _v.Invalid as _e:
                raise _v.at(_e, "price") from None

        _obj = cls.__new__(cls)
        _obj.team_member_id = team_member_id
        _obj.tech_card_id = tech_card_id
        _obj.hours = hours
        _obj.minutes = minutes
        _obj.price = price

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
