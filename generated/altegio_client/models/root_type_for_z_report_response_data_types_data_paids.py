from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_z_report_response_data_types_data_paids_accounts_item import (
        RootTypeForZReportResponseDataTypesDataPaidsAccountsItem,
    )
    from ..models.root_type_for_z_report_response_data_types_data_paids_discount_item import (
        RootTypeForZReportResponseDataTypesDataPaidsDiscountItem,
    )
    from ..models.root_type_for_z_report_response_data_types_data_paids_total import (
        RootTypeForZReportResponseDataTypesDataPaidsTotal,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_z_report_response_data_types_data_paids_accounts_item import (
        RootTypeForZReportResponseDataTypesDataPaidsAccountsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_z_report_response_data_types_data_paids_discount_item import (
        RootTypeForZReportResponseDataTypesDataPaidsDiscountItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_z_report_response_data_types_data_paids_total import (
        RootTypeForZReportResponseDataTypesDataPaidsTotal,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForZReportResponseDataTypesDataPaidsAccountsItem,
        RootTypeForZReportResponseDataTypesDataPaidsDiscountItem,
        RootTypeForZReportResponseDataTypesDataPaidsTotal,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "accounts",
        "discount",
        "total",
    }
)


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataPaids")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataPaids:
    """Payments"""

    accounts: list[RootTypeForZReportResponseDataTypesDataPaidsAccountsItem] | Unset = UNSET
    """ Payments at the cash desk """
    discount: list[RootTypeForZReportResponseDataTypesDataPaidsDiscountItem] | Unset = UNSET
    """ Paid via discount and loyalty """
    total: RootTypeForZReportResponseDataTypesDataPaidsTotal | Unset = UNSET
    """ Result """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForZReportResponseDataTypesDataPaidsAccountsItem,
            RootTypeForZReportResponseDataTypesDataPaidsDiscountItem,
            RootTypeForZReportResponseDataTypesDataPaidsTotal,
        ) = _LAZY or _lazy()
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        discount: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = []
            for discount_item_data in self.discount:
                discount_item = discount_item_data.to_dict()
                discount.append(discount_item)

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if discount is not UNSET:
            field_dict["discount"] = discount
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForZReportResponseDataTypesDataPaidsAccountsItem,
            RootTypeForZReportResponseDataTypesDataPaidsDiscountItem,
            RootTypeForZReportResponseDataTypesDataPaidsTotal,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _accounts = _get("accounts", UNSET)
        if _accounts is UNSET:
            accounts = UNSET
        else:
            if type(_accounts) is not list:
                _accounts = _v.array(_accounts, "accounts")
            accounts = []
            try:
                for _item in _accounts:
                    accounts.append(RootTypeForZReportResponseDataTypesDataPaidsAccountsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "accounts", accounts) from None

        _discount = _get("discount", UNSET)
        if _discount is UNSET:
            discount = UNSET
        else:
            if type(_discount) is not list:
                _discount = _v.array(_discount, "discount")
            discount = []
            try:
                for _item in _discount:
                    discount.append(RootTypeForZReportResponseDataTypesDataPaidsDiscountItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "discount", discount) from None

        _total = _get("total", UNSET)
        if _total is UNSET:
            total = UNSET
        else:
            try:
                total = RootTypeForZReportResponseDataTypesDataPaidsTotal.from_dict(_total)
            except _v.Invalid as _e:
                raise _v.at(_e, "total") from None

        _obj = cls.__new__(cls)
        _obj.accounts = accounts
        _obj.discount = discount
        _obj.total = total

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
