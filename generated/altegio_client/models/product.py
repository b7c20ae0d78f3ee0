from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
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
        "title",
        "value",
        "label",
        "article",
        "category",
        "category_id",
        "salon_id",
        "good_id",
        "cost",
        "unit_id",
        "unit_short_title",
    }
)


T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    title: str | Unset = UNSET
    """ Title of the product """
    value: str | Unset = UNSET
    """ Value of the product (normally equal to the title) """
    label: str | Unset = UNSET
    """ Display label of the product """
    article: str | Unset = UNSET
    """ Article/SKU of the product """
    category: str | Unset = UNSET
    """ Name of the category """
    category_id: int | Unset = UNSET
    """ ID of the category """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    good_id: int | Unset = UNSET
    """ ID of the product """
    cost: Any | Unset = UNSET
    """ Cost of the product (Decimal) """
    unit_id: int | Unset = UNSET
    """ ID of the unit """
    unit_short_title: str | Unset = UNSET
    """ Short name of the unit (e.g. pc, gr) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        value = self.value

        label = self.label

        article = self.article

        category = self.category

        category_id = self.category_id

        salon_id = self.salon_id

        good_id = self.good_id

        cost = self.cost

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = _v.str_(value, "value")

        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _v.str_(label, "label")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _v.str_(article, "article")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _v.str_(category, "category")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _v.int_(good_id, "good_id")

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        unit_id = _get("unit_id", UNSET)
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _v.int_(unit_id, "unit_id")

        unit_short_title = _get("unit_short_title", UNSET)
        if type(unit_short_title) is not str and unit_short_title is not UNSET:
            unit_short_title = _v.str_(unit_short_title, "unit_short_title")

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.value = value
        _obj.label = label
        _obj.article = article
        _obj.category = category
        _obj.category_id = category_id
        _obj.salon_id = salon_id
        _obj.good_id = good_id
        _obj.cost = cost
        _obj.unit_id = unit_id
        _obj.unit_short_title = unit_short_title

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
