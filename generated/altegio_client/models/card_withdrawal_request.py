from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardWithdrawalRequest")


@_attrs_define
class CardWithdrawalRequest:
    """Spend points from a loyalty card in a visit

    Example:
        {'record_id': 140967944, 'visit_id': 118389447, 'amount': 100}

    """

    record_id: float
    """ ID of the appointment """
    visit_id: float
    """ ID of the visit """
    amount: float
    """ Points to spend """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        visit_id = self.visit_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
                "visit_id": visit_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        visit_id = d.pop("visit_id")

        amount = d.pop("amount")

        card_withdrawal_request = cls(
            record_id=record_id,
            visit_id=visit_id,
            amount=amount,
        )

        card_withdrawal_request.additional_properties = d
        return card_withdrawal_request

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
