from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.update_service_links_body_team_member_settings_item import (
        UpdateServiceLinksBodyTeamMemberSettingsItem,
    )
    from ..models.update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.update_service_links_body_team_member_settings_item import (
        UpdateServiceLinksBodyTeamMemberSettingsItem,  # noqa: PLC0415
    )
    from ..models.update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem  # noqa: PLC0415

    _LAZY = (
        _v,
        UpdateServiceLinksBodyTeamMemberSettingsItem,
        UpdateServiceLinksBodyTranslationsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "service_id",
        "team_member_settings",
        "resource_ids",
        "translations",
    }
)


T = TypeVar("T", bound="UpdateServiceLinksBody")


@_attrs_define
class UpdateServiceLinksBody:
    service_id: int
    """ ID of the service being updated """
    team_member_settings: list[UpdateServiceLinksBodyTeamMemberSettingsItem]
    """ Team members who provide this service, with durations and tech cards """
    resource_ids: list[int]
    """ IDs of the resources needed for this service """
    translations: list[UpdateServiceLinksBodyTranslationsItem]
    """ Translations of the service name into other languages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            UpdateServiceLinksBodyTeamMemberSettingsItem,
            UpdateServiceLinksBodyTranslationsItem,
        ) = _LAZY or _lazy()
        service_id = self.service_id

        team_member_settings = []
        for team_member_settings_item_data in self.team_member_settings:
            team_member_settings_item = team_member_settings_item_data.to_dict()
            team_member_settings.append(team_member_settings_item)

        resource_ids = self.resource_ids

        translations = []
        for translations_item_data in self.translations:
            translations_item = translations_item_data.to_dict()
            translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "team_member_settings": team_member_settings,
                "resource_ids": resource_ids,
                "translations": translations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            UpdateServiceLinksBodyTeamMemberSettingsItem,
            UpdateServiceLinksBodyTranslationsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "service_id" not in src_dict:
            raise _v.missing("service_id")
        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        if "team_member_settings" not in src_dict:
            raise _v.missing("team_member_settings")
        _team_member_settings = _get("team_member_settings", UNSET)
        if _team_member_settings is UNSET:
            team_member_settings = UNSET
        else:
            if type(_team_member_settings) is not list:
                _team_member_settings = _v.array(_team_member_settings, "team_member_settings")
            team_member_settings = []
            try:
                for _item in _team_member_settings:
                    team_member_settings.append(UpdateServiceLinksBodyTeamMemberSettingsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "team_member_settings", team_member_settings) from None

        if "resource_ids" not in src_dict:
            raise _v.missing("resource_ids")
        _resource_ids = _get("resource_ids", UNSET)
        if _resource_ids is UNSET:
            resource_ids = UNSET
        else:
            if type(_resource_ids) is not list:
                _resource_ids = _v.array(_resource_ids, "resource_ids")
            resource_ids = []
            try:
                for _item in _resource_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(resource_ids))

                    resource_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "resource_ids") from None

        if "translations" not in src_dict:
            raise _v.missing("translations")
        _translations = _get("translations", UNSET)
        if _translations is UNSET:
            translations = UNSET
        else:
            if type(_translations) is not list:
                _translations = _v.array(_translations, "translations")
            translations = []
            try:
                for _item in _translations:
                    translations.append(UpdateServiceLinksBodyTranslationsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "translations", translations) from None

        _obj = cls.__new__(cls)
        _obj.service_id = service_id
        _obj.team_member_settings = team_member_settings
        _obj.resource_ids = resource_ids
        _obj.translations = translations

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
