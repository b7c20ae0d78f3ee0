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
        from ..models.root_type_for_z_report_response_data_types_data_paids_accounts_item import (
            RootTypeForZReportResponseDataTypesDataPaidsAccountsItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_z_report_response_data_types_data_paids_discount_item import (
            RootTypeForZReportResponseDataTypesDataPaidsDiscountItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_z_report_response_data_types_data_paids_total import (
            RootTypeForZReportResponseDataTypesDataPaidsTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[RootTypeForZReportResponseDataTypesDataPaidsAccountsItem] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = RootTypeForZReportResponseDataTypesDataPaidsAccountsItem.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _discount = d.pop("discount", UNSET)
        discount: list[RootTypeForZReportResponseDataTypesDataPaidsDiscountItem] | Unset = UNSET
        if _discount is not UNSET:
            discount = []
            for discount_item_data in _discount:
                discount_item = RootTypeForZReportResponseDataTypesDataPaidsDiscountItem.from_dict(discount_item_data)

                discount.append(discount_item)

        _total = d.pop("total", UNSET)
        total: RootTypeForZReportResponseDataTypesDataPaidsTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = RootTypeForZReportResponseDataTypesDataPaidsTotal.from_dict(_total)

        root_type_for_z_report_response_data_types_data_paids = cls(
            accounts=accounts,
            discount=discount,
            total=total,
        )

        root_type_for_z_report_response_data_types_data_paids.additional_properties = d
        return root_type_for_z_report_response_data_types_data_paids

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
