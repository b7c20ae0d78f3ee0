from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
    check_chain_loyalty_certificate_types_update_body_balance_edit_type_id,
)
from ..models.chain_loyalty_certificate_types_update_body_item_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
    check_chain_loyalty_certificate_types_update_body_item_type_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_update_body_expiration import (
        ChainLoyaltyCertificateTypesUpdateBodyExpiration,
    )
    from ..models.chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.chain_loyalty_certificate_types_update_body_expiration import (
        ChainLoyaltyCertificateTypesUpdateBodyExpiration,  # noqa: PLC0415
    )
    from ..models.chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        ChainLoyaltyCertificateTypesUpdateBodyExpiration,
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "balance",
        "is_multi",
        "item_type_id",
        "is_allow_empty_code",
        "balance_edit_type_id",
        "service_ids",
        "salon_ids",
        "expiration",
        "online_sale",
        "category_id",
    }
)


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBody")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBody:
    title: str
    """ Name of the certificate type """
    balance: float
    """ Face value of the certificate """
    is_multi: bool
    """ true for several uses, false for one use """
    item_type_id: ChainLoyaltyCertificateTypesUpdateBodyItemTypeId
    """ What it may pay for (0 to 4) """
    is_allow_empty_code: bool
    """ Whether it may be sold without a code """
    balance_edit_type_id: ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId
    """ Whether the balance may be edited: 1 yes, 2 no """
    service_ids: list[int]
    """ IDs of the services it is limited to, empty for none """
    salon_ids: list[int]
    """ IDs of the locations where it is valid """
    expiration: ChainLoyaltyCertificateTypesUpdateBodyExpiration
    """ When it expires """
    online_sale: ChainLoyaltyCertificateTypesUpdateBodyOnlineSale
    """ Online sale settings """
    category_id: int | None | Unset = UNSET
    """ Service category it is limited to, null for none """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ChainLoyaltyCertificateTypesUpdateBodyExpiration,
            ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
        ) = _LAZY or _lazy()
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
        (
            _v,
            ChainLoyaltyCertificateTypesUpdateBodyExpiration,
            ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "title" not in src_dict:
            raise _v.missing("title")
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        if "balance" not in src_dict:
            raise _v.missing("balance")
        balance = _get("balance", UNSET)
        if type(balance) is not float and balance is not UNSET:
            balance = _v.float_(balance, "balance")

        if "is_multi" not in src_dict:
            raise _v.missing("is_multi")
        is_multi = _get("is_multi", UNSET)
        if type(is_multi) is not bool and is_multi is not UNSET:
            is_multi = _v.bool_(is_multi, "is_multi")

        if "item_type_id" not in src_dict:
            raise _v.missing("item_type_id")
        try:
            item_type_id = check_chain_loyalty_certificate_types_update_body_item_type_id(_get("item_type_id", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "item_type_id", "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId", _get("item_type_id")
            ) from None

        if "is_allow_empty_code" not in src_dict:
            raise _v.missing("is_allow_empty_code")
        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _v.bool_(is_allow_empty_code, "is_allow_empty_code")

        if "balance_edit_type_id" not in src_dict:
            raise _v.missing("balance_edit_type_id")
        try:
            balance_edit_type_id = check_chain_loyalty_certificate_types_update_body_balance_edit_type_id(
                _get("balance_edit_type_id", UNSET)
            )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "balance_edit_type_id",
                "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId",
                _get("balance_edit_type_id"),
            ) from None

        if "service_ids" not in src_dict:
            raise _v.missing("service_ids")
        _service_ids = _get("service_ids", UNSET)
        if _service_ids is UNSET:
            service_ids = UNSET
        else:
            if type(_service_ids) is not list:
                _service_ids = _v.array(_service_ids, "service_ids")
            service_ids = []
            try:
                for _item in _service_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(service_ids))

                    service_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "service_ids") from None

        if "salon_ids" not in src_dict:
            raise _v.missing("salon_ids")
        _salon_ids = _get("salon_ids", UNSET)
        if _salon_ids is UNSET:
            salon_ids = UNSET
        else:
            if type(_salon_ids) is not list:
                _salon_ids = _v.array(_salon_ids, "salon_ids")
            salon_ids = []
            try:
                for _item in _salon_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(salon_ids))

                    salon_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "salon_ids") from None

        if "expiration" not in src_dict:
            raise _v.missing("expiration")
        _expiration = _get("expiration", UNSET)
        if _expiration is UNSET:
            expiration = UNSET
        else:
            try:
                expiration = ChainLoyaltyCertificateTypesUpdateBodyExpiration.from_dict(_expiration)
            except _v.Invalid as _e:
                raise _v.at(_e, "expiration") from None

        if "online_sale" not in src_dict:
            raise _v.missing("online_sale")
        _online_sale = _get("online_sale", UNSET)
        if _online_sale is UNSET:
            online_sale = UNSET
        else:
            try:
                online_sale = ChainLoyaltyCertificateTypesUpdateBodyOnlineSale.from_dict(_online_sale)
            except _v.Invalid as _e:
                raise _v.at(_e, "online_sale") from None

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id", True)

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.balance = balance
        _obj.is_multi = is_multi
        _obj.item_type_id = item_type_id
        _obj.is_allow_empty_code = is_allow_empty_code
        _obj.balance_edit_type_id = balance_edit_type_id
        _obj.service_ids = service_ids
        _obj.salon_ids = salon_ids
        _obj.expiration = expiration
        _obj.online_sale = online_sale
        _obj.category_id = category_id

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
