from __future__ import annotations

from collections.abc import Mapping
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
        from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type_type_0 import (
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,  # noqa: PLC0415
        )

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
        from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_actual_amounts_item import (
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem,  # noqa: PLC0415
        )
        from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type_type_0 import (
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        unit = d.pop("unit", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        article = d.pop("article", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        service_unit_short_title = d.pop("service_unit_short_title", UNSET)

        actual_cost = d.pop("actual_cost", UNSET)

        unit_actual_cost = d.pop("unit_actual_cost", UNSET)

        unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        barcode = d.pop("barcode", UNSET)

        loyalty_abonement_type_id = d.pop("loyalty_abonement_type_id", UNSET)

        loyalty_certificate_type_id = d.pop("loyalty_certificate_type_id", UNSET)

        loyalty_allow_empty_code = d.pop("loyalty_allow_empty_code", UNSET)

        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: (
            list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem] | Unset
        ) = UNSET
        if _actual_amounts is not UNSET:
            actual_amounts = []
            for actual_amounts_item_data in _actual_amounts:
                actual_amounts_item = (
                    RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodActualAmountsItem.from_dict(
                        actual_amounts_item_data
                    )
                )

                actual_amounts.append(actual_amounts_item)

        last_change_date = d.pop("last_change_date", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_loyalty_certificate_type(
            data: object,
        ) -> (
            None
            | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            loyalty_certificate_type_type_0 = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateTypeType0.from_dict(
                data
            )

            return loyalty_certificate_type_type_0

        loyalty_certificate_type = _parse_loyalty_certificate_type(d.pop("loyalty_certificate_type", UNSET))

        loyalty_serial_number_limited = d.pop("loyalty_serial_number_limited", UNSET)

        is_goods_mark_enabled = d.pop("is_goods_mark_enabled", UNSET)

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        root_type_for_storage_operation_good_transaction_response_200_data_types_data_good = cls(
            id=id,
            title=title,
            unit=unit,
            value=value,
            label=label,
            article=article,
            category=category,
            category_id=category_id,
            salon_id=salon_id,
            good_id=good_id,
            cost=cost,
            unit_id=unit_id,
            unit_short_title=unit_short_title,
            service_unit_id=service_unit_id,
            service_unit_short_title=service_unit_short_title,
            actual_cost=actual_cost,
            unit_actual_cost=unit_actual_cost,
            unit_actual_cost_format=unit_actual_cost_format,
            unit_equals=unit_equals,
            barcode=barcode,
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            loyalty_allow_empty_code=loyalty_allow_empty_code,
            actual_amounts=actual_amounts,
            last_change_date=last_change_date,
            comment=comment,
            loyalty_certificate_type=loyalty_certificate_type,
            loyalty_serial_number_limited=loyalty_serial_number_limited,
            is_goods_mark_enabled=is_goods_mark_enabled,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            is_chain=is_chain,
        )

        root_type_for_storage_operation_good_transaction_response_200_data_types_data_good.additional_properties = d
        return root_type_for_storage_operation_good_transaction_response_200_data_types_data_good

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
