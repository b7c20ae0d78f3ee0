from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_resources_companyid_data_types_data_item_instances_item import (
        RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_resources_companyid_data_types_data_item_instances_item import (
        RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "instances",
    }
)


T = TypeVar("T", bound="RootTypeForResourcesCompanyidDataTypesDataItem")


@_attrs_define
class RootTypeForResourcesCompanyidDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the resource """
    title: str | Unset = UNSET
    """ Name of the resource """
    instances: list[RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem] | Unset = UNSET
    """ List of resource instances """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if instances is not UNSET:
            field_dict["instances"] = instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        _instances = _get("instances", UNSET)
        if _instances is UNSET:
            instances = UNSET
        else:
            if type(_instances) is not list:
                _instances = _v.array(_instances, "instances")
            instances = []
            try:
                for _item in _instances:
                    instances.append(RootTypeForResourcesCompanyidDataTypesDataItemInstancesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "instances", instances) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.instances = instances

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
