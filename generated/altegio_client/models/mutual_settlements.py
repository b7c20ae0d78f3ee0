from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_currency import RootTypeForCurrency
    from ..models.salary_balance_object import SalaryBalanceObject


T = TypeVar("T", bound="MutualSettlements")


@_attrs_define
class MutualSettlements:
    """Mutual settlements data."""

    total_sum: SalaryBalanceObject | Unset = UNSET
    currency: RootTypeForCurrency | Unset = UNSET
    """ Currency """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_sum, Unset):
            total_sum = self.total_sum.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sum is not UNSET:
            field_dict["total_sum"] = total_sum
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_currency import RootTypeForCurrency  # noqa: PLC0415
        from ..models.salary_balance_object import SalaryBalanceObject  # noqa: PLC0415

        d = dict(src_dict)
        _total_sum = d.pop("total_sum", UNSET)
        total_sum: SalaryBalanceObject | Unset
        if isinstance(_total_sum, Unset):
            total_sum = UNSET
        else:
            total_sum = SalaryBalanceObject.from_dict(_total_sum)

        _currency = d.pop("currency", UNSET)
        currency: RootTypeForCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = RootTypeForCurrency.from_dict(_currency)

        mutual_settlements = cls(
            total_sum=total_sum,
            currency=currency,
        )

        mutual_settlements.additional_properties = d
        return mutual_settlements

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
