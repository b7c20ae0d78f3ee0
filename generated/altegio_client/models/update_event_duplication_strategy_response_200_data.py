from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_event_duplication_strategy_response_200_data_repeat_mode import (
        UpdateEventDuplicationStrategyResponse200DataRepeatMode,
    )


T = TypeVar("T", bound="UpdateEventDuplicationStrategyResponse200Data")


@_attrs_define
class UpdateEventDuplicationStrategyResponse200Data:
    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    title: str | Unset = UNSET
    repeat_mode_id: int | Unset = UNSET
    repeat_mode: UpdateEventDuplicationStrategyResponse200DataRepeatMode | Unset = UNSET
    days: list[float] | Unset = UNSET
    interval: float | Unset = UNSET
    content_type: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company_id = self.company_id

        title = self.title

        repeat_mode_id = self.repeat_mode_id

        repeat_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repeat_mode, Unset):
            repeat_mode = self.repeat_mode.to_dict()

        days: list[float] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        interval = self.interval

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if title is not UNSET:
            field_dict["title"] = title
        if repeat_mode_id is not UNSET:
            field_dict["repeat_mode_id"] = repeat_mode_id
        if repeat_mode is not UNSET:
            field_dict["repeat_mode"] = repeat_mode
        if days is not UNSET:
            field_dict["days"] = days
        if interval is not UNSET:
            field_dict["interval"] = interval
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_event_duplication_strategy_response_200_data_repeat_mode import (
            UpdateEventDuplicationStrategyResponse200DataRepeatMode,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        title = d.pop("title", UNSET)

        repeat_mode_id = d.pop("repeat_mode_id", UNSET)

        _repeat_mode = d.pop("repeat_mode", UNSET)
        repeat_mode: UpdateEventDuplicationStrategyResponse200DataRepeatMode | Unset
        if isinstance(_repeat_mode, Unset):
            repeat_mode = UNSET
        else:
            repeat_mode = UpdateEventDuplicationStrategyResponse200DataRepeatMode.from_dict(_repeat_mode)

        days = cast(list[float], d.pop("days", UNSET))

        interval = d.pop("interval", UNSET)

        content_type = d.pop("content_type", UNSET)

        update_event_duplication_strategy_response_200_data = cls(
            id=id,
            company_id=company_id,
            title=title,
            repeat_mode_id=repeat_mode_id,
            repeat_mode=repeat_mode,
            days=days,
            interval=interval,
            content_type=content_type,
        )

        update_event_duplication_strategy_response_200_data.additional_properties = d
        return update_event_duplication_strategy_response_200_data

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
