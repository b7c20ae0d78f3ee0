from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationResponseDataSocial")


@_attrs_define
class LocationResponseDataSocial:
    """Social media links of the location"""

    telegram: str | Unset = UNSET
    """ Telegram """
    instagram: str | Unset = UNSET
    """ Instagram account """
    vk: str | Unset = UNSET
    """ VK social network """
    facebook: str | Unset = UNSET
    """ Facebook """
    viber: str | Unset = UNSET
    """ Viber messenger """
    whatsapp: str | Unset = UNSET
    """ WhatsApp messenger """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        telegram = self.telegram

        instagram = self.instagram

        vk = self.vk

        facebook = self.facebook

        viber = self.viber

        whatsapp = self.whatsapp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if telegram is not UNSET:
            field_dict["telegram"] = telegram
        if instagram is not UNSET:
            field_dict["instagram"] = instagram
        if vk is not UNSET:
            field_dict["vk"] = vk
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if viber is not UNSET:
            field_dict["viber"] = viber
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        telegram = d.pop("telegram", UNSET)

        instagram = d.pop("instagram", UNSET)

        vk = d.pop("vk", UNSET)

        facebook = d.pop("facebook", UNSET)

        viber = d.pop("viber", UNSET)

        whatsapp = d.pop("whatsapp", UNSET)

        location_response_data_social = cls(
            telegram=telegram,
            instagram=instagram,
            vk=vk,
            facebook=facebook,
            viber=viber,
            whatsapp=whatsapp,
        )

        location_response_data_social.additional_properties = d
        return location_response_data_social

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
