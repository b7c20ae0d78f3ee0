from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    check_chain_loyalty_certificate_types_create_body_balance_edit_type_id,
)
from ..models.chain_loyalty_certificate_types_create_body_item_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    check_chain_loyalty_certificate_types_create_body_item_type_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_create_body_expiration import (
        ChainLoyaltyCertificateTypesCreateBodyExpiration,
    )
    from ..models.chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesCreateBody")


@_attrs_define
class ChainLoyaltyCertificateTypesCreateBody:
    title: str
    """ Name of the certificate type """
    balance: float
    """ Face value of the certificate """
    is_multi: bool
    """ true for several uses, false for one use """
    item_type_id: ChainLoyaltyCertificateTypesCreateBodyItemTypeId
    """ What it may pay for (0 to 4) """
    is_allow_empty_code: bool
    """ Whether it may be sold without a code """
    balance_edit_type_id: ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId
    """ Whether the balance may be edited: 1 yes, 2 no """
    service_ids: list[int]
    """ IDs of the services it is limited to, empty for none """
    salon_ids: list[int]
    """ IDs of the locations where it is valid """
    expiration: ChainLoyaltyCertificateTypesCreateBodyExpiration
    """ When it expires """
    online_sale: ChainLoyaltyCertificateTypesCreateBodyOnlineSale
    """ Online sale settings """
    category_id: int | None | Unset = UNSET
    """ Service category it is limited to, null for none """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        item_type_id: int = self.item_type_id

        is_allow_empty_code = self.is_allow_empty_code

        balance_edit_type_id: int = self.balance_edit_type_id

        service_ids = self.service_ids

        salon_ids = self.salon_ids

        expiration = self.expiration.to_dict()

        online_sale = self.online_sale.to_dict()

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "balance": balance,
                "is_multi": is_multi,
                "item_type_id": item_type_id,
                "is_allow_empty_code": is_allow_empty_code,
                "balance_edit_type_id": balance_edit_type_id,
                "service_ids": service_ids,
                "salon_ids": salon_ids,
                "expiration": expiration,
                "online_sale": online_sale,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_certificate_types_create_body_expiration import (
            ChainLoyaltyCertificateTypesCreateBodyExpiration,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_certificate_types_create_body_online_sale import (
            ChainLoyaltyCertificateTypesCreateBodyOnlineSale,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        balance = d.pop("balance")

        is_multi = d.pop("is_multi")

        item_type_id = check_chain_loyalty_certificate_types_create_body_item_type_id(d.pop("item_type_id"))

        is_allow_empty_code = d.pop("is_allow_empty_code")

        balance_edit_type_id = check_chain_loyalty_certificate_types_create_body_balance_edit_type_id(
            d.pop("balance_edit_type_id")
        )

        service_ids = cast(list[int], d.pop("service_ids"))

        salon_ids = cast(list[int], d.pop("salon_ids"))

        expiration = ChainLoyaltyCertificateTypesCreateBodyExpiration.from_dict(d.pop("expiration"))

        online_sale = ChainLoyaltyCertificateTypesCreateBodyOnlineSale.from_dict(d.pop("online_sale"))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        chain_loyalty_certificate_types_create_body = cls(
            title=title,
            balance=balance,
            is_multi=is_multi,
            item_type_id=item_type_id,
            is_allow_empty_code=is_allow_empty_code,
            balance_edit_type_id=balance_edit_type_id,
            service_ids=service_ids,
            salon_ids=salon_ids,
            expiration=expiration,
            online_sale=online_sale,
            category_id=category_id,
        )

        chain_loyalty_certificate_types_create_body.additional_properties = d
        return chain_loyalty_certificate_types_create_body

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
