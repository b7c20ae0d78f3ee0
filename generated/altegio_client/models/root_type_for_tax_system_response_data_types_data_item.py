from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_tax_system_response_data_types_data_item_vats_item import (
        RootTypeForTaxSystemResponseDataTypesDataItemVatsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_tax_system_response_data_types_data_item_vats_item import (
        RootTypeForTaxSystemResponseDataTypesDataItemVatsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTaxSystemResponseDataTypesDataItemVatsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "slug",
        "vats",
    }
)


T = TypeVar("T", bound="RootTypeForTaxSystemResponseDataTypesDataItem")


@_attrs_define
class RootTypeForTaxSystemResponseDataTypesDataItem:
    title: str | Unset = UNSET
    """ Taxation system name """
    slug: str | Unset = UNSET
    """ Code of the taxation system """
    vats: list[RootTypeForTaxSystemResponseDataTypesDataItemVatsItem] | Unset = UNSET
    """ VAT rates available for the taxation system """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTaxSystemResponseDataTypesDataItemVatsItem,
        ) = _LAZY or _lazy()
        title = self.title

        slug = self.slug

        vats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vats, Unset):
            vats = []
            for vats_item_data in self.vats:
                vats_item = vats_item_data.to_dict()
                vats.append(vats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if slug is not UNSET:
            field_dict["slug"] = slug
        if vats is not UNSET:
            field_dict["vats"] = vats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForTaxSystemResponseDataTypesDataItemVatsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

        _vats = _get("vats", UNSET)
        if _vats is UNSET:
            vats = UNSET
        else:
            if type(_vats) is not list:
                _vats = _v.array(_vats, "vats")
            vats = []
            try:
                for _item in _vats:
                    vats.append(RootTypeForTaxSystemResponseDataTypesDataItemVatsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "vats", vats) from None

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.slug = slug
        _obj.vats = vats

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
