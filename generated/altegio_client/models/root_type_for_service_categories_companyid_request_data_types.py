from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from altegio import _validate as _v
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KEYS = frozenset(
    {
        "title",
        "api_id",
        "weight",
        "staff",
    }
)


T = TypeVar("T", bound="RootTypeForServiceCategoriesCompanyidRequestDataTypes")


@_attrs_define
class RootTypeForServiceCategoriesCompanyidRequestDataTypes:
    """Add a service category

    Example:
        {'title': 'Haircut very feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006, 8901]}

    """

    title: str | Unset = UNSET
    """ Name of the service category """
    api_id: str | Unset = UNSET
    """ ID of the category in an external system """
    weight: float | Unset = UNSET
    """ Weight of the category, used for ordering categories on display """
    staff: list[float] | Unset = UNSET
    """ IDs of the team members who provide services from this category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        api_id = self.api_id

        weight = self.weight

        staff: list[float] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if staff is not UNSET:
            field_dict["staff"] = staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        api_id = _get("api_id", UNSET)
        if type(api_id) is not str and api_id is not UNSET:
            api_id = _v.str_(api_id, "api_id")

        weight = _get("weight", UNSET)
        if type(weight) is not float and weight is not UNSET:
            weight = _v.float_(weight, "weight")

        _staff = _get("staff", UNSET)
        if _staff is UNSET:
            staff = UNSET
        else:
            if type(_staff) is not list:
                _staff = _v.array(_staff, "staff")
            staff = []
            try:
                for _item in _staff:
                    if type(_item) is not float and _item is not UNSET:
                        _item = _v.float_(_item, len(staff))

                    staff.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "staff") from None

        root_type_for_service_categories_companyid_request_data_types = cls(
            title=title,
            api_id=api_id,
            weight=weight,
            staff=staff,
        )

        _extra = src_dict.keys() - _KEYS
        if _extra:
            root_type_for_service_categories_companyid_request_data_types.additional_properties = {
                _k: _x for _k, _x in src_dict.items() if _k in _extra
            }
        return root_type_for_service_categories_companyid_request_data_types

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
