from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_search_response_data_item_service_category import EventSearchResponseDataItemServiceCategory

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.event_search_response_data_item_service_category import EventSearchResponseDataItemServiceCategory  # noqa: PLC0415

    _LAZY = (
        _v,
        EventSearchResponseDataItemServiceCategory,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "category_id",
        "title",
        "price_min",
        "price_max",
        "comment",
        "image_url",
        "salon_service_id",
        "prepaid",
        "category",
    }
)


T = TypeVar("T", bound="EventSearchResponseDataItemService")


@_attrs_define
class EventSearchResponseDataItemService:
    """Service"""

    id: int | Unset = UNSET
    """ ID of the service """
    category_id: int | Unset = UNSET
    """ ID of the service category """
    title: str | Unset = UNSET
    """ Name of the service """
    price_min: float | Unset = UNSET
    """ Lowest price of the service """
    price_max: float | Unset = UNSET
    """ Highest cost of the service """
    comment: str | Unset = UNSET
    """ Comment """
    image_url: str | Unset = UNSET
    """ Path to the service's picture """
    salon_service_id: int | Unset = UNSET
    """ ID of the category of the chain location """
    prepaid: str | Unset = UNSET
    """ Prepayment """
    category: EventSearchResponseDataItemServiceCategory | Unset = UNSET
    """ Category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            EventSearchResponseDataItemServiceCategory,
        ) = _LAZY or _lazy()
        id = self.id

        category_id = self.category_id

        title = self.title

        price_min = self.price_min

        price_max = self.price_max

        comment = self.comment

        image_url = self.image_url

        salon_service_id = self.salon_service_id

        prepaid = self.prepaid

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if comment is not UNSET:
            field_dict["comment"] = comment
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if salon_service_id is not UNSET:
            field_dict["salon_service_id"] = salon_service_id
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            EventSearchResponseDataItemServiceCategory,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        price_min = _get("price_min", UNSET)
        if type(price_min) is not float and price_min is not UNSET:
            price_min = _v.float_(price_min, "price_min")

        price_max = _get("price_max", UNSET)
        if type(price_max) is not float and price_max is not UNSET:
            price_max = _v.float_(price_max, "price_max")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        image_url = _get("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET:
            image_url = _v.str_(image_url, "image_url")

        salon_service_id = _get("salon_service_id", UNSET)
        if type(salon_service_id) is not int and salon_service_id is not UNSET:
            salon_service_id = _v.int_(salon_service_id, "salon_service_id")

        prepaid = _get("prepaid", UNSET)
        if type(prepaid) is not str and prepaid is not UNSET:
            prepaid = _v.str_(prepaid, "prepaid")

        _category = _get("category", UNSET)
        if _category is UNSET:
            category = UNSET
        else:
            try:
                category = EventSearchResponseDataItemServiceCategory.from_dict(_category)
            except _v.Invalid as _e:
                raise _v.at(_e, "category") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.category_id = category_id
        _obj.title = title
        _obj.price_min = price_min
        _obj.price_max = price_max
        _obj.comment = comment
        _obj.image_url = image_url
        _obj.salon_service_id = salon_service_id
        _obj.prepaid = prepaid
        _obj.category = category

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
