from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_service_links_body_team_member_settings_item import (
        UpdateServiceLinksBodyTeamMemberSettingsItem,
    )
    from ..models.update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem


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
        from ..models.update_service_links_body_team_member_settings_item import (
            UpdateServiceLinksBodyTeamMemberSettingsItem,  # noqa: PLC0415
        )
        from ..models.update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem  # noqa: PLC0415

        d = dict(src_dict)
        service_id = d.pop("service_id")

        team_member_settings = []
        _team_member_settings = d.pop("team_member_settings")
        for team_member_settings_item_data in _team_member_settings:
            team_member_settings_item = UpdateServiceLinksBodyTeamMemberSettingsItem.from_dict(
                team_member_settings_item_data
            )

            team_member_settings.append(team_member_settings_item)

        resource_ids = cast(list[int], d.pop("resource_ids"))

        translations = []
        _translations = d.pop("translations")
        for translations_item_data in _translations:
            translations_item = UpdateServiceLinksBodyTranslationsItem.from_dict(translations_item_data)

            translations.append(translations_item)

        update_service_links_body = cls(
            service_id=service_id,
            team_member_settings=team_member_settings,
            resource_ids=resource_ids,
            translations=translations,
        )

        update_service_links_body.additional_properties = d
        return update_service_links_body

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
