from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "telegram",
        "instagram",
        "vk",
        "facebook",
        "viber",
        "whatsapp",
    }
)


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
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        telegram = _get("telegram", UNSET)
        if type(telegram) is not str and telegram is not UNSET:
            telegram = _v.str_(telegram, "telegram")

        instagram = _get("instagram", UNSET)
        if type(instagram) is not str and instagram is not UNSET:
            instagram = _v.str_(instagram, "instagram")

        vk = _get("vk", UNSET)
        if type(vk) is not str and vk is not UNSET:
            vk = _v.str_(vk, "vk")

        facebook = _get("facebook", UNSET)
        if type(facebook) is not str and facebook is not UNSET:
            facebook = _v.str_(facebook, "facebook")

        viber = _get("viber", UNSET)
        if type(viber) is not str and viber is not UNSET:
            viber = _v.str_(viber, "viber")

        whatsapp = _get("whatsapp", UNSET)
        if type(whatsapp) is not str and whatsapp is not UNSET:
            whatsapp = _v.str_(whatsapp, "whatsapp")

        _obj = cls.__new__(cls)
        _obj.telegram = telegram
        _obj.instagram = instagram
        _obj.vk = vk
        _obj.facebook = facebook
        _obj.viber = viber
        _obj.whatsapp = whatsapp

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
