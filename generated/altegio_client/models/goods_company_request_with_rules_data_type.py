from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goods_company_request_with_rules_data_type_correction_rules_item import (
        GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.goods_company_request_with_rules_data_type_correction_rules_item import (
        GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "category_id",
        "sale_unit_id",
        "service_unit_id",
        "print_title",
        "article",
        "barcode",
        "cost",
        "actual_cost",
        "unit_equals",
        "critical_amount",
        "desired_amount",
        "netto",
        "brutto",
        "comment",
        "tax_variant",
        "vat_id",
        "correction_rules",
    }
)


T = TypeVar("T", bound="GoodsCompanyRequestWithRulesDataType")


@_attrs_define
class GoodsCompanyRequestWithRulesDataType:
    """How the product is created

    Example:
        {'title': 'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
            'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762, 'unit_equals': 100,
            'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto': 250, 'comment': 'Test comment 123',
            'tax_variant': 0, 'vat_id': 3, 'correction_rules': [{'type': 1, 'base_unit': 'service'}, {'type': 2,
            'base_unit': 'service'}, {'type': 3, 'base_unit': 'sale'}, {'type': 4, 'base_unit': 'sale'}, {'type': 5,
            'base_unit': 'sale'}]}

    """

    title: str
    """ Name of the product """
    category_id: int
    """ ID of the product category """
    sale_unit_id: int
    """ Unit of sale """
    service_unit_id: int
    """ Unit for write-off """
    print_title: str | Unset = UNSET
    """ Name printed on the receipt """
    article: str | Unset = UNSET
    """ Vendor code (article) """
    barcode: str | Unset = UNSET
    """ Barcode value """
    cost: float | Unset = UNSET
    """ Sale price """
    actual_cost: float | Unset = UNSET
    """ Cost price """
    unit_equals: float | Unset = UNSET
    """ Conversion ratio of the sale unit of measure to the write-off unit of measure """
    critical_amount: float | Unset = UNSET
    """ Critical stock level (residue) """
    desired_amount: float | Unset = UNSET
    """ Target balance """
    netto: float | Unset = UNSET
    """ Weight without packaging (net) """
    brutto: float | Unset = UNSET
    """ Weight including packaging (gross) """
    comment: str | Unset = UNSET
    """ Comment """
    tax_variant: int | Unset = UNSET
    """ Tax system """
    vat_id: int | Unset = UNSET
    """ Value added tax (VAT) """
    correction_rules: list[GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem] | Unset = UNSET
    """ Rules for converting units of measure; required when the product has inventory operations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,
        ) = _LAZY or _lazy()
        title = self.title

        category_id = self.category_id

        sale_unit_id = self.sale_unit_id

        service_unit_id = self.service_unit_id

        print_title = self.print_title

        article = self.article

        barcode = self.barcode

        cost = self.cost

        actual_cost = self.actual_cost

        unit_equals = self.unit_equals

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        netto = self.netto

        brutto = self.brutto

        comment = self.comment

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        correction_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.correction_rules, Unset):
            correction_rules = []
            for correction_rules_item_data in self.correction_rules:
                correction_rules_item = correction_rules_item_data.to_dict()
                correction_rules.append(correction_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "category_id": category_id,
                "sale_unit_id": sale_unit_id,
                "service_unit_id": service_unit_id,
            }
        )
        if print_title is not UNSET:
            field_dict["print_title"] = print_title
        if article is not UNSET:
            field_dict["article"] = article
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if cost is not UNSET:
            field_dict["cost"] = cost
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if netto is not UNSET:
            field_dict["netto"] = netto
        if brutto is not UNSET:
            field_dict["brutto"] = brutto
        if comment is not UNSET:
            field_dict["comment"] = comment
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if correction_rules is not UNSET:
            field_dict["correction_rules"] = correction_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "title" not in src_dict:
            raise _v.missing("title")
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        if "category_id" not in src_dict:
            raise _v.missing("category_id")
        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id")

        if "sale_unit_id" not in src_dict:
            raise _v.missing("sale_unit_id")
        sale_unit_id = _get("sale_unit_id", UNSET)
        if type(sale_unit_id) is not int and sale_unit_id is not UNSET:
            sale_unit_id = _v.int_(sale_unit_id, "sale_unit_id")

        if "service_unit_id" not in src_dict:
            raise _v.missing("service_unit_id")
        service_unit_id = _get("service_unit_id", UNSET)
        if type(service_unit_id) is not int and service_unit_id is not UNSET:
            service_unit_id = _v.int_(service_unit_id, "service_unit_id")

        print_title = _get("print_title", UNSET)
        if type(print_title) is not str and print_title is not UNSET:
            print_title = _v.str_(print_title, "print_title")

        article = _get("article", UNSET)
        if type(article) is not str and article is not UNSET:
            article = _v.str_(article, "article")

        barcode = _get("barcode", UNSET)
        if type(barcode) is not str and barcode is not UNSET:
            barcode = _v.str_(barcode, "barcode")

        cost = _get("cost", UNSET)
        if type(cost) is not float and cost is not UNSET:
            cost = _v.float_(cost, "cost")

        actual_cost = _get("actual_cost", UNSET)
        if type(actual_cost) is not float and actual_cost is not UNSET:
            actual_cost = _v.float_(actual_cost, "actual_cost")

        unit_equals = _get("unit_equals", UNSET)
        if type(unit_equals) is not float and unit_equals is not UNSET:
            unit_equals = _v.float_(unit_equals, "unit_equals")

        critical_amount = _get("critical_amount", UNSET)
        if type(critical_amount) is not float and critical_amount is not UNSET:
            critical_amount = _v.float_(critical_amount, "critical_amount")

        desired_amount = _get("desired_amount", UNSET)
        if type(desired_amount) is not float and desired_amount is not UNSET:
            desired_amount = _v.float_(desired_amount, "desired_amount")

        netto = _get("netto", UNSET)
        if type(netto) is not float and netto is not UNSET:
            netto = _v.float_(netto, "netto")

        brutto = _get("brutto", UNSET)
        if type(brutto) is not float and brutto is not UNSET:
            brutto = _v.float_(brutto, "brutto")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        tax_variant = _get("tax_variant", UNSET)
        if type(tax_variant) is not int and tax_variant is not UNSET:
            tax_variant = _v.int_(tax_variant, "tax_variant")

        vat_id = _get("vat_id", UNSET)
        if type(vat_id) is not int and vat_id is not UNSET:
            vat_id = _v.int_(vat_id, "vat_id")

        _correction_rules = _get("correction_rules", UNSET)
        if _correction_rules is UNSET:
            correction_rules = UNSET
        else:
            if type(_correction_rules) is not list:
                _correction_rules = _v.array(_correction_rules, "correction_rules")
            correction_rules = []
            try:
                for _item in _correction_rules:
                    correction_rules.append(GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "correction_rules", correction_rules) from None

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.category_id = category_id
        _obj.sale_unit_id = sale_unit_id
        _obj.service_unit_id = service_unit_id
        _obj.print_title = print_title
        _obj.article = article
        _obj.barcode = barcode
        _obj.cost = cost
        _obj.actual_cost = actual_cost
        _obj.unit_equals = unit_equals
        _obj.critical_amount = critical_amount
        _obj.desired_amount = desired_amount
        _obj.netto = netto
        _obj.brutto = brutto
        _obj.comment = comment
        _obj.tax_variant = tax_variant
        _obj.vat_id = vat_id
        _obj.correction_rules = correction_rules

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
