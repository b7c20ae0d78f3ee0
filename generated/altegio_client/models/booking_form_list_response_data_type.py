from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_form_list_response_data_type_meta import BookingFormListResponseDataTypeMeta
    from ..models.root_type_bookform_settings_response import RootTypeBookformSettingsResponse

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.booking_form_list_response_data_type_meta import BookingFormListResponseDataTypeMeta  # noqa: PLC0415
    from ..models.root_type_bookform_settings_response import RootTypeBookformSettingsResponse  # noqa: PLC0415

    _LAZY = (
        _v,
        BookingFormListResponseDataTypeMeta,
        RootTypeBookformSettingsResponse,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "data",
        "meta",
        "success",
    }
)


T = TypeVar("T", bound="BookingFormListResponseDataType")


@_attrs_define
class BookingFormListResponseDataType:
    """Letterforms"""

    data: list[RootTypeBookformSettingsResponse] | Unset = UNSET
    """ Data array """
    meta: BookingFormListResponseDataTypeMeta | Unset = UNSET
    """ Metadata: total count of booking forms """
    success: bool | Unset = UNSET
    """ Succeeded (true) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            BookingFormListResponseDataTypeMeta,
            RootTypeBookformSettingsResponse,
        ) = _LAZY or _lazy()
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            BookingFormListResponseDataTypeMeta,
            RootTypeBookformSettingsResponse,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            if type(_data) is not list:
                _data = _v.array(_data, "data")
            data = []
            try:
                for _item in _data:
                    data.append(RootTypeBookformSettingsResponse.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "data", data) from None

        _meta = _get("meta", UNSET)
        if _meta is UNSET:
            meta = UNSET
        else:
            try:
                meta = BookingFormListResponseDataTypeMeta.from_dict(_meta)
            except _v.Invalid as _e:
                raise _v.at(_e, "meta") from None

        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _obj = cls.__new__(cls)
        _obj.data = data
        _obj.meta = meta
        _obj.success = success

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
