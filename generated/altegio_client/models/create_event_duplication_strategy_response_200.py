from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_duplication_strategy_response_200_data import (
        CreateEventDuplicationStrategyResponse200Data,
    )
    from ..models.create_event_duplication_strategy_response_200_meta_type_0 import (
        CreateEventDuplicationStrategyResponse200MetaType0,
    )


T = TypeVar("T", bound="CreateEventDuplicationStrategyResponse200")


@_attrs_define
class CreateEventDuplicationStrategyResponse200:
    success: bool | Unset = UNSET
    data: CreateEventDuplicationStrategyResponse200Data | Unset = UNSET
    meta: CreateEventDuplicationStrategyResponse200MetaType0 | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_event_duplication_strategy_response_200_meta_type_0 import (
            CreateEventDuplicationStrategyResponse200MetaType0,  # noqa: PLC0415
        )

        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CreateEventDuplicationStrategyResponse200MetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_event_duplication_strategy_response_200_data import (
            CreateEventDuplicationStrategyResponse200Data,  # noqa: PLC0415
        )
        from ..models.create_event_duplication_strategy_response_200_meta_type_0 import (
            CreateEventDuplicationStrategyResponse200MetaType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: CreateEventDuplicationStrategyResponse200Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CreateEventDuplicationStrategyResponse200Data.from_dict(_data)

        def _parse_meta(data: object) -> CreateEventDuplicationStrategyResponse200MetaType0 | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = CreateEventDuplicationStrategyResponse200MetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            meta_type_1 = cast(list[Any], data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        create_event_duplication_strategy_response_200 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        create_event_duplication_strategy_response_200.additional_properties = d
        return create_event_duplication_strategy_response_200

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
