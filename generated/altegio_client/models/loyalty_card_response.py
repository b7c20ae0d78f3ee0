from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_card_response_programs_item import LoyaltyCardResponseProgramsItem
    from ..models.loyalty_card_response_salon_group import LoyaltyCardResponseSalonGroup
    from ..models.loyalty_card_response_type import LoyaltyCardResponseType

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.loyalty_card_response_programs_item import LoyaltyCardResponseProgramsItem  # noqa: PLC0415
    from ..models.loyalty_card_response_salon_group import LoyaltyCardResponseSalonGroup  # noqa: PLC0415
    from ..models.loyalty_card_response_type import LoyaltyCardResponseType  # noqa: PLC0415

    _LAZY = (
        _v,
        LoyaltyCardResponseProgramsItem,
        LoyaltyCardResponseSalonGroup,
        LoyaltyCardResponseType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "balance",
        "points",
        "paid_amount",
        "sold_amount",
        "visits_count",
        "number",
        "type_id",
        "salon_group_id",
        "type",
        "salon_group",
        "programs",
    }
)


T = TypeVar("T", bound="LoyaltyCardResponse")


@_attrs_define
class LoyaltyCardResponse:
    """A client loyalty card

    Example:
        {'id': 9210520, 'balance': 100, 'points': 0, 'paid_amount': 1000, 'sold_amount': 1000, 'visits_count': 1,
            'number': 14507109210520, 'type_id': 10992, 'salon_group_id': 145071, 'type': {'id': 10992, 'title': '5+2',
            'salon_group_id': 145071}, 'salon_group': {'id': 145071, 'title': 'Dough chain1.'}, 'programs': [{'id': 18005,
            'title': '5+2', 'value': 0, 'loyalty_type_id': 13, 'item_type_id': 3, 'value_unit_id': 1, 'group_id': 145071,
            'loyalty_type': {'id': 13, 'title': 'Discount for a given number of accumulated services', 'is_discount': True,
            'is_cashback': False, 'is_static': False, 'is_accumulative': False}, 'rules': [{'id': 72803,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 20, 'parameter': 0}, {'id': 72804,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 10, 'parameter': 0}, {'id': 72805,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 100, 'parameter': 0}]}]}

    """

    id: int | Unset = UNSET
    """ ID of the loyalty card """
    balance: Any | Unset = UNSET
    """ Balance of the loyalty card (Decimal) """
    points: int | Unset = UNSET
    paid_amount: Any | Unset = UNSET
    """ Sum paid (Decimal) """
    sold_amount: Any | Unset = UNSET
    """ Sum sold (Decimal) """
    visits_count: int | Unset = UNSET
    """ Number of visits """
    number: str | Unset = UNSET
    """ Number of the card """
    type_id: int | Unset = UNSET
    """ ID of the card type """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain where the card was made """
    type_: LoyaltyCardResponseType | Unset = UNSET
    """ Card type, with its id and title """
    salon_group: LoyaltyCardResponseSalonGroup | Unset = UNSET
    """ Chain where the card type was made, with its id and title """
    programs: list[LoyaltyCardResponseProgramsItem] | Unset = UNSET
    """ Promotions tied to the card """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            LoyaltyCardResponseProgramsItem,
            LoyaltyCardResponseSalonGroup,
            LoyaltyCardResponseType,
        ) = _LAZY or _lazy()
        id = self.id

        balance = self.balance

        points = self.points

        paid_amount = self.paid_amount

        sold_amount = self.sold_amount

        visits_count = self.visits_count

        number = self.number

        type_id = self.type_id

        salon_group_id = self.salon_group_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = self.salon_group.to_dict()

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if points is not UNSET:
            field_dict["points"] = points
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count
        if number is not UNSET:
            field_dict["number"] = number
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group
        if programs is not UNSET:
            field_dict["programs"] = programs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            LoyaltyCardResponseProgramsItem,
            LoyaltyCardResponseSalonGroup,
            LoyaltyCardResponseType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        balance = _get("balance", UNSET)
        if type(balance) is int:
            balance = _Decimal(balance)
        elif type(balance) is not _Decimal and balance is not UNSET:
            balance = _v.money(balance, "balance")

        points = _get("points", UNSET)
        if type(points) is not int and points is not UNSET:
            points = _v.int_(points, "points")

        paid_amount = _get("paid_amount", UNSET)
        if type(paid_amount) is int:
            paid_amount = _Decimal(paid_amount)
        elif type(paid_amount) is not _Decimal and paid_amount is not UNSET:
            paid_amount = _v.money(paid_amount, "paid_amount")

        sold_amount = _get("sold_amount", UNSET)
        if type(sold_amount) is int:
            sold_amount = _Decimal(sold_amount)
        elif type(sold_amount) is not _Decimal and sold_amount is not UNSET:
            sold_amount = _v.money(sold_amount, "sold_amount")

        visits_count = _get("visits_count", UNSET)
        if type(visits_count) is not int and visits_count is not UNSET:
            visits_count = _v.int_(visits_count, "visits_count")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _v.str_(number, "number")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = LoyaltyCardResponseType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _salon_group = _get("salon_group", UNSET)
        if _salon_group is UNSET:
            salon_group = UNSET
        else:
            try:
                salon_group = LoyaltyCardResponseSalonGroup.from_dict(_salon_group)
            except _v.Invalid as _e:
                raise _v.at(_e, "salon_group") from None

        _programs = _get("programs", UNSET)
        if _programs is UNSET:
            programs = UNSET
        else:
            if type(_programs) is not list:
                _programs = _v.array(_programs, "programs")
            programs = []
            try:
                for _item in _programs:
                    programs.append(LoyaltyCardResponseProgramsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "programs", programs) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.balance = balance
        _obj.points = points
        _obj.paid_amount = paid_amount
        _obj.sold_amount = sold_amount
        _obj.visits_count = visits_count
        _obj.number = number
        _obj.type_id = type_id
        _obj.salon_group_id = salon_group_id
        _obj.type_ = type_
        _obj.salon_group = salon_group
        _obj.programs = programs

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
