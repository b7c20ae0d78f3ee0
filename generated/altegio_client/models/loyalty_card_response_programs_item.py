from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_card_response_programs_item_loyalty_type import LoyaltyCardResponseProgramsItemLoyaltyType
    from ..models.loyalty_card_response_programs_item_rules_item import LoyaltyCardResponseProgramsItemRulesItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.loyalty_card_response_programs_item_loyalty_type import LoyaltyCardResponseProgramsItemLoyaltyType  # noqa: PLC0415
    from ..models.loyalty_card_response_programs_item_rules_item import LoyaltyCardResponseProgramsItemRulesItem  # noqa: PLC0415

    _LAZY = (
        _v,
        LoyaltyCardResponseProgramsItemLoyaltyType,
        LoyaltyCardResponseProgramsItemRulesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "value",
        "loyalty_type_id",
        "item_type_id",
        "value_unit_id",
        "group_id",
        "loyalty_type",
        "rules",
    }
)


T = TypeVar("T", bound="LoyaltyCardResponseProgramsItem")


@_attrs_define
class LoyaltyCardResponseProgramsItem:
    id: int | Unset = UNSET
    """ ID of the promotion """
    title: str | Unset = UNSET
    """ Name of the promotion """
    value: int | Unset = UNSET
    """ Threshold the rule starts at """
    loyalty_type_id: int | Unset = UNSET
    """ ID of the promotion kind """
    item_type_id: int | Unset = UNSET
    """ Whether cashback counts on products """
    value_unit_id: int | Unset = UNSET
    """ Bonus unit: percent discount or fixed sum """
    group_id: int | Unset = UNSET
    """ ID of the chain where the promotion was made """
    loyalty_type: LoyaltyCardResponseProgramsItemLoyaltyType | Unset = UNSET
    """ The promotion kind """
    rules: list[LoyaltyCardResponseProgramsItemRulesItem] | Unset = UNSET
    """ Rules set up in the promotion """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            LoyaltyCardResponseProgramsItemLoyaltyType,
            LoyaltyCardResponseProgramsItemRulesItem,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        value = self.value

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        value_unit_id = self.value_unit_id

        group_id = self.group_id

        loyalty_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_type, Unset):
            loyalty_type = self.loyalty_type.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if loyalty_type is not UNSET:
            field_dict["loyalty_type"] = loyalty_type
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            LoyaltyCardResponseProgramsItemLoyaltyType,
            LoyaltyCardResponseProgramsItemRulesItem,
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

        value = _get("value", UNSET)
        if type(value) is not int and value is not UNSET:
            value = _v.int_(value, "value")

        loyalty_type_id = _get("loyalty_type_id", UNSET)
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _v.int_(loyalty_type_id, "loyalty_type_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _v.int_(item_type_id, "item_type_id")

        value_unit_id = _get("value_unit_id", UNSET)
        if type(value_unit_id) is not int and value_unit_id is not UNSET:
            value_unit_id = _v.int_(value_unit_id, "value_unit_id")

        group_id = _get("group_id", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _v.int_(group_id, "group_id")

        _loyalty_type = _get("loyalty_type", UNSET)
        if _loyalty_type is UNSET:
            loyalty_type = UNSET
        else:
            try:
                loyalty_type = LoyaltyCardResponseProgramsItemLoyaltyType.from_dict(_loyalty_type)
            except _v.Invalid as _e:
                raise _v.at(_e, "loyalty_type") from None

        _rules = _get("rules", UNSET)
        if _rules is UNSET:
            rules = UNSET
        else:
            if type(_rules) is not list:
                _rules = _v.array(_rules, "rules")
            rules = []
            try:
                for _item in _rules:
                    rules.append(LoyaltyCardResponseProgramsItemRulesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "rules", rules) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.value = value
        _obj.loyalty_type_id = loyalty_type_id
        _obj.item_type_id = item_type_id
        _obj.value_unit_id = value_unit_id
        _obj.group_id = group_id
        _obj.loyalty_type = loyalty_type
        _obj.rules = rules

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
