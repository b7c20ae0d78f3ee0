from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visit_loyalty_transaction_program import VisitLoyaltyTransactionProgram
    from ..models.visit_loyalty_transaction_type import VisitLoyaltyTransactionType


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
        from ..models.visit_loyalty_transaction_program import VisitLoyaltyTransactionProgram  # noqa: PLC0415
        from ..models.visit_loyalty_transaction_type import VisitLoyaltyTransactionType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status_id = d.pop("status_id", UNSET)

        amount = d.pop("amount", UNSET)

        type_id = d.pop("type_id", UNSET)

        program_id = d.pop("program_id", UNSET)

        card_id = d.pop("card_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        item_record_id = d.pop("item_record_id", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        is_discount = d.pop("is_discount", UNSET)

        is_loyalty_withdraw = d.pop("is_loyalty_withdraw", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: VisitLoyaltyTransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VisitLoyaltyTransactionType.from_dict(_type_)

        _program = d.pop("program", UNSET)
        program: VisitLoyaltyTransactionProgram | Unset
        if isinstance(_program, Unset):
            program = UNSET
        else:
            program = VisitLoyaltyTransactionProgram.from_dict(_program)

        visit_loyalty_transaction = cls(
            id=id,
            status_id=status_id,
            amount=amount,
            type_id=type_id,
            program_id=program_id,
            card_id=card_id,
            salon_group_id=salon_group_id,
            item_id=item_id,
            item_type_id=item_type_id,
            item_record_id=item_record_id,
            goods_transaction_id=goods_transaction_id,
            is_discount=is_discount,
            is_loyalty_withdraw=is_loyalty_withdraw,
            type_=type_,
            program=program,
        )

        visit_loyalty_transaction.additional_properties = d
        return visit_loyalty_transaction

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
