from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_loyalty_code_response_200_meta_type_0 import GenerateLoyaltyCodeResponse200MetaType0
    from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.generate_loyalty_code_response_200_meta_type_0 import GenerateLoyaltyCodeResponse200MetaType0  # noqa: PLC0415
    from ..models.loyalty_generate_code_200_data_option import LoyaltyGenerateCode200DataOption  # noqa: PLC0415

    _LAZY = (
        _v,
        GenerateLoyaltyCodeResponse200MetaType0,
        LoyaltyGenerateCode200DataOption,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "data",
        "meta",
        "success",
    }
)


T = TypeVar("T", bound="GenerateLoyaltyCodeResponse200")


@_attrs_define
class GenerateLoyaltyCodeResponse200:
    data: LoyaltyGenerateCode200DataOption | Unset = UNSET
    meta: GenerateLoyaltyCodeResponse200MetaType0 | list[Any] | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GenerateLoyaltyCodeResponse200MetaType0,
            LoyaltyGenerateCode200DataOption,
        ) = _LAZY or _lazy()
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, GenerateLoyaltyCodeResponse200MetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

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
            GenerateLoyaltyCodeResponse200MetaType0,
            LoyaltyGenerateCode200DataOption,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            try:
                data = LoyaltyGenerateCode200DataOption.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> GenerateLoyaltyCodeResponse200MetaType0 | list[Any] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = GenerateLoyaltyCodeResponse200MetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "meta", "GenerateLoyaltyCodeResponse200MetaType0 | list[Any]", _get("meta")) from None

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
