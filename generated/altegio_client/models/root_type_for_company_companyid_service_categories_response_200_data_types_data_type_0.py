from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "salon_service_id",
        "title",
        "api_id",
        "weight",
        "staff",
        "is_chain",
    }
)


T = TypeVar("T", bound="RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType0")


@_attrs_define
class RootTypeForCompanyCompanyidServiceCategoriesResponse200DataTypesDataType0:
    id: int | Unset = UNSET
    """ ID of the category """
    salon_service_id: int | Unset = UNSET
    """ ID of the category of the chain location """
    title: str | Unset = UNSET
    """ Category name """
    api_id: str | Unset = UNSET
    """ ID of the category in an external system """
    weight: float | Unset = UNSET
    """ Weight of the category, used for ordering categories on display """
    staff: list[float] | Unset = UNSET
    """ IDs of the team members who provide the service """
    is_chain: bool | Unset = UNSET
    """ Whether the category belongs to the chain """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        salon_service_id = self.salon_service_id

        title = self.title

        api_id = self.api_id

        weight = self.weight

        staff: list[float] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if title is not UNSET:
            field_dict["title"] = title
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if staff is not UNSET:
            field_dict["staff"] = staff
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _v.int_(salon_service_id, "salon_service_id")

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

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _v.bool_(is_chain, "is_chain")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_service_id = salon_service_id
        _obj.title = title
        _obj.api_id = api_id
        _obj.weight = weight
        _obj.staff = staff
        _obj.is_chain = is_chain

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
