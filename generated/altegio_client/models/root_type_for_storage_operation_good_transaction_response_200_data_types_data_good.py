from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_actual_amounts_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_actual_amounts_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "unit",
        "value",
        "label",
        "article",
        "category",
        "category_id",
        "salon_id",
        "good_id",
        "cost",
        "unit_id",
        "unit_short_title",
        "service_unit_id",
        "service_unit_short_title",
        "actual_cost",
        "unit_actual_cost",
        "unit_actual_cost_format",
        "unit_equals",
        "barcode",
        "loyalty_abonement_type_id",
        "loyalty_certificate_type_id",
        "loyalty_allow_empty_code",
        "actual_amounts",
        "last_change_date",
        "comment",
        "loyalty_certificate_type",
        "loyalty_serial_number_limited",
        "is_goods_mark_enabled",
        "critical_amount",
        "desired_amount",
        "is_chain",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood")


@_attrs_define
class RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood:
    """Product"""

    id: int | Unset = UNSET
    """ ID of the product """
    title: str | Unset = UNSET
    """ Name of the product """
    unit: str | Unset = UNSET
    """ Measurement unit """
    value: str | Unset = UNSET
    """ Name of the product """
    label: str | Unset = UNSET
    """ Name of the product """
    article: str | Unset = UNSET
    """ Vendor code (article) """
    category: str | Unset = UNSET
    """ Name of the product category """
    category_id: int | Unset = UNSET
    """ ID of the product category """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    good_id: int | Unset = UNSET
    """ ID of the product """
    cost: Any | Unset = UNSET
    """ Price (Decimal) """
    unit_id: int | Unset = UNSET
    """ ID of the unit """
    unit_short_title: str | Unset = UNSET
    """ Short name of the unit of measure """
    service_unit_id: int | Unset = UNSET
    """ ID of the service's unit """
    service_unit_short_title: str | Unset = UNSET
    """ Short name of the service's unit of measure """
    actual_cost: float | Unset = UNSET
    """ Cost price """
    unit_actual_cost: float | Unset = UNSET
    """ Cost per unit """
    unit_actual_cost_format: str | Unset = UNSET
    """ Format of the unit cost """
    unit_equals: float | Unset = UNSET
    """ Value of the unit """
    barcode: str | Unset = UNSET
    """ Barcode value """
    loyalty_abonement_type_id: int | Unset = UNSET
    """ ID of the membership (when the product is a membership) """
    loyalty_certificate_type_id: int | Unset = UNSET
    """ ID of the certificate, when the product is a certificate """
    loyalty_allow_empty_code: float | Unset = UNSET
    """ Whether selling without a code is permitted """
    actual_amounts: (
        list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem] | Unset
    ) = UNSET
    """ Product quantity """
    last_change_date: str | Unset = UNSET
    """ When the product was last modified """
    comment: str | Unset = UNSET
    """ Comment on the product """
    loyalty_certificate_type: (
        None | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0 | Unset
    ) = UNSET
    """ Certificate type information, when the product is a certificate """
    loyalty_serial_number_limited: float | Unset = UNSET
    """ Flag limiting by serial number """
    is_goods_mark_enabled: bool | Unset = UNSET
    """ Whether product marking is turned on """
    critical_amount: float | Unset = UNSET
    """ Stock level regarded as critical """
    desired_amount: float | Unset = UNSET
    """ Target stock amount """
    is_chain: bool | Unset = UNSET
    """ Whether the product is a chain product """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        unit = self.unit

        value = self.value

        label = self.label

        article = self.article

        category = self.category

        category_id = self.category_id

        salon_id = self.salon_id

        good_id = self.good_id

        cost = self.cost

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        service_unit_id = self.service_unit_id

        service_unit_short_title = self.service_unit_short_title

        actual_cost = self.actual_cost

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        barcode = self.barcode

        loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id = self.loyalty_certificate_type_id

        loyalty_allow_empty_code = self.loyalty_allow_empty_code

        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = []
            for actual_amounts_item_data in self.actual_amounts:
                actual_amounts_item = actual_amounts_item_data.to_dict()
                actual_amounts.append(actual_amounts_item)

        last_change_date = self.last_change_date

        comment = self.comment

        loyalty_certificate_type: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        elif isinstance(
            self.loyalty_certificate_type,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,
        ):
            loyalty_certificate_type = self.loyalty_certificate_type.to_dict()
        else:
            loyalty_certificate_type = self.loyalty_certificate_type

        loyalty_serial_number_limited = self.loyalty_serial_number_limited

        is_goods_mark_enabled = self.is_goods_mark_enabled

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_actual_cost is not UNSET:
            field_dict["unit_actual_cost"] = unit_actual_cost
        if unit_actual_cost_format is not UNSET:
            field_dict["unit_actual_cost_format"] = unit_actual_cost_format
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = loyalty_certificate_type
        if loyalty_serial_number_limited is not UNSET:
            field_dict["loyalty_serial_number_limited"] = loyalty_serial_number_limited
        if is_goods_mark_enabled is not UNSET:
            field_dict["is_goods_mark_enabled"] = is_goods_mark_enabled
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,
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

        unit = _get("unit", UNSET)
        if type(unit) is not str and unit is not UNSET:
            unit = _v.str_(unit, "unit")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = _v.str_(value, "value")

        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _v.str_(label, "label")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _v.str_(article, "article")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _v.str_(category, "category")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _v.int_(good_id, "good_id")

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        unit_id = _get("unit_id", UNSET)
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _v.int_(unit_id, "unit_id")

        unit_short_title = _get("unit_short_title", UNSET)
        if type(unit_short_title) is not str and unit_short_title is not UNSET:
            unit_short_title = _v.str_(unit_short_title, "unit_short_title")

        service_unit_id = _get("service_unit_id", UNSET)
        if type(service_unit_id) is not int and service_unit_id is not UNSET:
            service_unit_id = _v.int_(service_unit_id, "service_unit_id")

        service_unit_short_title = _get("service_unit_short_title", UNSET)
        if type(service_unit_short_title) is not str and service_unit_short_title is not UNSET:
            service_unit_short_title = _v.str_(service_unit_short_title, "service_unit_short_title")

        actual_cost = _get("actual_cost", UNSET)
        if type(actual_cost) is not float and actual_cost is not UNSET:
            actual_cost = _v.float_(actual_cost, "actual_cost")

        unit_actual_cost = _get("unit_actual_cost", UNSET)
        if type(unit_actual_cost) is not float and unit_actual_cost is not UNSET:
            unit_actual_cost = _v.float_(unit_actual_cost, "unit_actual_cost")

        unit_actual_cost_format = _get("unit_actual_cost_format", UNSET)
        if type(unit_actual_cost_format) is not str and unit_actual_cost_format is not UNSET:
            unit_actual_cost_format = _v.str_(unit_actual_cost_format, "unit_actual_cost_format")

        unit_equals = _get("unit_equals", UNSET)
        if type(unit_equals) is not float and unit_equals is not UNSET:
            unit_equals = _v.float_(unit_equals, "unit_equals")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _v.str_(barcode, "barcode")

        loyalty_abonement_type_id = _get("loyalty_abonement_type_id", UNSET)
        if type(loyalty_abonement_type_id) is not int and loyalty_abonement_type_id is not UNSET:
            loyalty_abonement_type_id = _v.int_(loyalty_abonement_type_id, "loyalty_abonement_type_id")

        loyalty_certificate_type_id = _get("loyalty_certificate_type_id", UNSET)
        if type(loyalty_certificate_type_id) is not int and loyalty_certificate_type_id is not UNSET:
            loyalty_certificate_type_id = _v.int_(loyalty_certificate_type_id, "loyalty_certificate_type_id")

        loyalty_allow_empty_code = _get("loyalty_allow_empty_code", UNSET)
        if type(loyalty_allow_empty_code) is not float and loyalty_allow_empty_code is not UNSET:
            loyalty_allow_empty_code = _v.float_(loyalty_allow_empty_code, "loyalty_allow_empty_code")

        _actual_amounts = _get("actual_amounts", UNSET)
        if _actual_amounts is UNSET:
            actual_amounts = UNSET
        else:
            if type(_actual_amounts) is not list:
                _actual_amounts = _v.array(_actual_amounts, "actual_amounts")
            actual_amounts = []
            try:
                for _item in _actual_amounts:
                    actual_amounts.append(
                        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "actual_amounts", actual_amounts) from None

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is not str and last_change_date is not UNSET:
            last_change_date = _v.str_(last_change_date, "last_change_date")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        _loyalty_certificate_type = _get("loyalty_certificate_type", UNSET)
        if _loyalty_certificate_type is UNSET:
            loyalty_certificate_type = UNSET
        elif _loyalty_certificate_type is None:
            loyalty_certificate_type = None
        else:
            try:
                loyalty_certificate_type = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0.from_dict(
                    _loyalty_certificate_type
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "loyalty_certificate_type") from None

        loyalty_serial_number_limited = _get("loyalty_serial_number_limited", UNSET)
        if type(loyalty_serial_number_limited) is not float and loyalty_serial_number_limited is not UNSET:
            loyalty_serial_number_limited = _v.float_(loyalty_serial_number_limited, "loyalty_serial_number_limited")

        is_goods_mark_enabled = _get("is_goods_mark_enabled", UNSET)
        if type(is_goods_mark_enabled) is not bool and is_goods_mark_enabled is not UNSET:
            is_goods_mark_enabled = _v.bool_(is_goods_mark_enabled, "is_goods_mark_enabled")

        critical_amount = _get("critical_amount", UNSET)
        if type(critical_amount) is not float and critical_amount is not UNSET:
            critical_amount = _v.float_(critical_amount, "critical_amount")

        desired_amount = _get("desired_amount", UNSET)
        if type(desired_amount) is not float and desired_amount is not UNSET:
            desired_amount = _v.float_(desired_amount, "desired_amount")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _v.bool_(is_chain, "is_chain")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.unit = unit
        _obj.value = value
        _obj.label = label
        _obj.article = article
        _obj.category = category
        _obj.category_id = category_id
        _obj.salon_id = salon_id
        _obj.good_id = good_id
        _obj.cost = cost
        _obj.unit_id = unit_id
        _obj.unit_short_title = unit_short_title
        _obj.service_unit_id = service_unit_id
        _obj.service_unit_short_title = service_unit_short_title
        _obj.actual_cost = actual_cost
        _obj.unit_actual_cost = unit_actual_cost
        _obj.unit_actual_cost_format = unit_actual_cost_format
        _obj.unit_equals = unit_equals
        _obj.barcode = barcode
        _obj.loyalty_abonement_type_id = loyalty_abonement_type_id
        _obj.loyalty_certificate_type_id = loyalty_certificate_type_id
        _obj.loyalty_allow_empty_code = loyalty_allow_empty_code
        _obj.actual_amounts = actual_amounts
        _obj.last_change_date = last_change_date
        _obj.comment = comment
        _obj.loyalty_certificate_type = loyalty_certificate_type
        _obj.loyalty_serial_number_limited = loyalty_serial_number_limited
        _obj.is_goods_mark_enabled = is_goods_mark_enabled
        _obj.critical_amount = critical_amount
        _obj.desired_amount = desired_amount
        _obj.is_chain = is_chain

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
