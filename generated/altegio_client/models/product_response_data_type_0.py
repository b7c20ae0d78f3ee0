from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_response_data_type_0_actual_amounts_item import ProductResponseDataType0ActualAmountsItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.product_response_data_type_0_actual_amounts_item import ProductResponseDataType0ActualAmountsItem  # noqa: PLC0415

    _LAZY = (
        _v,
        ProductResponseDataType0ActualAmountsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "value",
        "label",
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
        "critical_amount",
        "desired_amount",
        "actual_amounts",
        "last_change_date",
    }
)


T = TypeVar("T", bound="ProductResponseDataType0")


@_attrs_define
class ProductResponseDataType0:
    """Product data"""

    title: str | Unset = UNSET
    """ Product name """
    value: str | Unset = UNSET
    """ Product name """
    label: str | Unset = UNSET
    """ Product name plus article number, if there is one """
    good_id: int | Unset = UNSET
    """ ID of the product """
    cost: Any | Unset = UNSET
    """ Sale price (Decimal) """
    unit_id: int | Unset = UNSET
    """ ID of the sales unit """
    unit_short_title: str | Unset = UNSET
    """ Unit of sale """
    service_unit_id: int | Unset = UNSET
    """ ID of the unit of measure used for the write-off """
    service_unit_short_title: str | Unset = UNSET
    """ Unit for write-off """
    actual_cost: float | Unset = UNSET
    """ Cost price """
    unit_actual_cost: float | Unset = UNSET
    """ Cost per unit """
    unit_actual_cost_format: str | Unset = UNSET
    """ Format of the unit cost """
    unit_equals: float | Unset = UNSET
    """ Conversion ratio between the sale unit and the write-off unit """
    barcode: str | Unset = UNSET
    """ Barcode value """
    loyalty_abonement_type_id: int | Unset = UNSET
    """ ID of the subscription type, when the product is a membership """
    loyalty_certificate_type_id: int | Unset = UNSET
    """ ID of the certificate type, when the item is a certificate """
    loyalty_allow_empty_code: bool | float | Unset = UNSET
    """ Whether selling without a code is permitted (0/1 or true/false) """
    critical_amount: float | Unset = UNSET
    """ Critical remainder """
    desired_amount: float | Unset = UNSET
    """ Target balance """
    actual_amounts: list[ProductResponseDataType0ActualAmountsItem] | Unset = UNSET
    """ Stock left """
    last_change_date: datetime.datetime | None | Unset = UNSET
    """ When the entity was last changed """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ProductResponseDataType0ActualAmountsItem,
        ) = _LAZY or _lazy()
        title = self.title

        value = self.value

        label = self.label

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

        loyalty_allow_empty_code: bool | float | Unset
        if isinstance(self.loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = UNSET
        else:
            loyalty_allow_empty_code = self.loyalty_allow_empty_code

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = []
            for actual_amounts_item_data in self.actual_amounts:
                actual_amounts_item = actual_amounts_item_data.to_dict()
                actual_amounts.append(actual_amounts_item)

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
            last_change_date = self.last_change_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
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
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ProductResponseDataType0ActualAmountsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = _v.str_(value, "value")

        label = _get("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = _v.str_(label, "label")

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
        if type(loyalty_allow_empty_code) not in (bool, float, int) and loyalty_allow_empty_code is not UNSET:
            raise _v.wrong("loyalty_allow_empty_code", "a boolean or a number", loyalty_allow_empty_code)

        critical_amount = _get("critical_amount", UNSET)
        if type(critical_amount) is not float and critical_amount is not UNSET:
            critical_amount = _v.float_(critical_amount, "critical_amount")

        desired_amount = _get("desired_amount", UNSET)
        if type(desired_amount) is not float and desired_amount is not UNSET:
            desired_amount = _v.float_(desired_amount, "desired_amount")

        _actual_amounts = _get("actual_amounts", UNSET)
        if _actual_amounts is UNSET:
            actual_amounts = UNSET
        else:
            if type(_actual_amounts) is not list:
                _actual_amounts = _v.array(_actual_amounts, "actual_amounts")
            actual_amounts = []
            try:
                for _item in _actual_amounts:
                    actual_amounts.append(ProductResponseDataType0ActualAmountsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "actual_amounts", actual_amounts) from None

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = _v.fromisoformat(last_change_date)
            except ValueError:
                last_change_date = _v.datetime_(last_change_date, "last_change_date")
        elif last_change_date is not UNSET:
            last_change_date = _v.datetime_(last_change_date, "last_change_date", True)

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.value = value
        _obj.label = label
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
        _obj.critical_amount = critical_amount
        _obj.desired_amount = desired_amount
        _obj.actual_amounts = actual_amounts
        _obj.last_change_date = last_change_date

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
