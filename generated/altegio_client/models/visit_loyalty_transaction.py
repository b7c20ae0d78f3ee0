from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit_loyalty_transaction_program import VisitLoyaltyTransactionProgram
    from ..models.visit_loyalty_transaction_type import VisitLoyaltyTransactionType

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.visit_loyalty_transaction_program import VisitLoyaltyTransactionProgram  # noqa: PLC0415
    from ..models.visit_loyalty_transaction_type import VisitLoyaltyTransactionType  # noqa: PLC0415

    _LAZY = (
        _v,
        VisitLoyaltyTransactionProgram,
        VisitLoyaltyTransactionType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "status_id",
        "amount",
        "type_id",
        "program_id",
        "card_id",
        "salon_group_id",
        "item_id",
        "item_type_id",
        "item_record_id",
        "goods_transaction_id",
        "is_discount",
        "is_loyalty_withdraw",
        "type",
        "program",
    }
)


T = TypeVar("T", bound="VisitLoyaltyTransaction")


@_attrs_define
class VisitLoyaltyTransaction:
    id: int | Unset = UNSET
    """ ID of the loyalty transaction """
    status_id: int | Unset = UNSET
    """ ID of the status """
    amount: float | Unset = UNSET
    """ Amount of the transaction """
    type_id: int | Unset = UNSET
    """ ID of the transaction kind """
    program_id: int | Unset = UNSET
    """ ID of the loyalty program """
    card_id: int | Unset = UNSET
    """ ID of the loyalty card """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain the loyalty belongs to """
    item_id: int | Unset = UNSET
    """ ID of the product or service the promotion applies to """
    item_type_id: int | Unset = UNSET
    """ ID of the operation kind """
    item_record_id: int | Unset = UNSET
    """ ID of the appointment the service or product belongs to """
    goods_transaction_id: int | Unset = UNSET
    """ ID of the product transaction """
    is_discount: bool | Unset = UNSET
    """ Whether it is a discount """
    is_loyalty_withdraw: bool | Unset = UNSET
    """ Whether the loyalty use was cancelled """
    type_: VisitLoyaltyTransactionType | Unset = UNSET
    """ Loyalty kind """
    program: VisitLoyaltyTransactionProgram | Unset = UNSET
    """ The promotion """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            VisitLoyaltyTransactionProgram,
            VisitLoyaltyTransactionType,
        ) = _LAZY or _lazy()
        id = self.id

        status_id = self.status_id

        amount = self.amount

        type_id = self.type_id

        program_id = self.program_id

        card_id = self.card_id

        salon_group_id = self.salon_group_id

        item_id = self.item_id

        item_type_id = self.item_type_id

        item_record_id = self.item_record_id

        goods_transaction_id = self.goods_transaction_id

        is_discount = self.is_discount

        is_loyalty_withdraw = self.is_loyalty_withdraw

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        program: dict[str, Any] | Unset = UNSET
        if not isinstance(self.program, Unset):
            program = self.program.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if item_record_id is not UNSET:
            field_dict["item_record_id"] = item_record_id
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if is_discount is not UNSET:
            field_dict["is_discount"] = is_discount
        if is_loyalty_withdraw is not UNSET:
            field_dict["is_loyalty_withdraw"] = is_loyalty_withdraw
        if type_ is not UNSET:
            field_dict["type"] = type_
        if program is not UNSET:
            field_dict["program"] = program

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            VisitLoyaltyTransactionProgram,
            VisitLoyaltyTransactionType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        status_id = _get("status_id", UNSET)
        if type(status_id) is not int and status_id is not UNSET:
            status_id = _v.int_(status_id, "status_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        program_id = _get("program_id", UNSET)
        if type(program_id) is not int and program_id is not UNSET:
            program_id = _v.int_(program_id, "program_id")

        card_id = _get("card_id", UNSET)
        if type(card_id) is not int and card_id is not UNSET:
            card_id = _v.int_(card_id, "card_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        item_id = _get("item_id", UNSET)
        if type(item_id) is not int and item_id is not UNSET:
            item_id = _v.int_(item_id, "item_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _v.int_(item_type_id, "item_type_id")

        item_record_id = _get("item_record_id", UNSET)
        if type(item_record_id) is not int and item_record_id is not UNSET:
            item_record_id = _v.int_(item_record_id, "item_record_id")

        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _v.int_(goods_transaction_id, "goods_transaction_id")

        is_discount = _get("is_discount", UNSET)
        if type(is_discount) is not bool and is_discount is not UNSET:
            is_discount = _v.bool_(is_discount, "is_discount")

        is_loyalty_withdraw = _get("is_loyalty_withdraw", UNSET)
        if type(is_loyalty_withdraw) is not bool and is_loyalty_withdraw is not UNSET:
            is_loyalty_withdraw = _v.bool_(is_loyalty_withdraw, "is_loyalty_withdraw")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = VisitLoyaltyTransactionType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _program = _get("program", UNSET)
        if _program is UNSET:
            program = UNSET
        else:
            try:
                program = VisitLoyaltyTransactionProgram.from_dict(_program)
            except _v.Invalid as _e:
                raise _v.at(_e, "program") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.status_id = status_id
        _obj.amount = amount
        _obj.type_id = type_id
        _obj.program_id = program_id
        _obj.card_id = card_id
        _obj.salon_group_id = salon_group_id
        _obj.item_id = item_id
        _obj.item_type_id = item_type_id
        _obj.item_record_id = item_record_id
        _obj.goods_transaction_id = goods_transaction_id
        _obj.is_discount = is_discount
        _obj.is_loyalty_withdraw = is_loyalty_withdraw
        _obj.type_ = type_
        _obj.program = program

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
