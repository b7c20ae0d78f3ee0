from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_groups_response_data_types_data_item_access import (
        RootTypeForGroupsResponseDataTypesDataItemAccess,
    )
    from ..models.root_type_for_groups_response_data_types_data_item_companies_item import (
        RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_groups_response_data_types_data_item_access import (
        RootTypeForGroupsResponseDataTypesDataItemAccess,  # noqa: PLC0415
    )
    from ..models.root_type_for_groups_response_data_types_data_item_companies_item import (
        RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForGroupsResponseDataTypesDataItemAccess,
        RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "companies",
        "access",
    }
)


T = TypeVar("T", bound="RootTypeForGroupsResponseDataTypesDataItem")


@_attrs_define
class RootTypeForGroupsResponseDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the chain """
    title: str | Unset = UNSET
    """ Name of the chain """
    companies: list[RootTypeForGroupsResponseDataTypesDataItemCompaniesItem] | Unset = UNSET
    """ Locations belonging to the chain """
    access: RootTypeForGroupsResponseDataTypesDataItemAccess | Unset = UNSET
    """ The user's access rights in the chain """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForGroupsResponseDataTypesDataItemAccess,
            RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if companies is not UNSET:
            field_dict["companies"] = companies
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForGroupsResponseDataTypesDataItemAccess,
            RootTypeForGroupsResponseDataTypesDataItemCompaniesItem,
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

        _companies = _get("companies", UNSET)
        if _companies is UNSET:
            companies = UNSET
        else:
            if type(_companies) is not list:
                _companies = _v.array(_companies, "companies")
            companies = []
            try:
                for _item in _companies:
                    companies.append(RootTypeForGroupsResponseDataTypesDataItemCompaniesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "companies", companies) from None

        _access = _get("access", UNSET)
        if _access is UNSET:
            access = UNSET
        else:
            try:
                access = RootTypeForGroupsResponseDataTypesDataItemAccess.from_dict(_access)
            except _v.Invalid as _e:
                raise _v.at(_e, "access") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.companies = companies
        _obj.access = access

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
