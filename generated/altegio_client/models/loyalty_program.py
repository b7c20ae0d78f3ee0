from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.loyalty_card_type import LoyaltyCardType
    from ..models.loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem
    from ..models.loyalty_notification_message_template import LoyaltyNotificationMessageTemplate
    from ..models.loyalty_program_rule import LoyaltyProgramRule

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.company import Company  # noqa: PLC0415
    from ..models.loyalty_card_type import LoyaltyCardType  # noqa: PLC0415
    from ..models.loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem  # noqa: PLC0415
    from ..models.loyalty_notification_message_template import LoyaltyNotificationMessageTemplate  # noqa: PLC0415
    from ..models.loyalty_program_rule import LoyaltyProgramRule  # noqa: PLC0415

    _LAZY = (
        _v,
        Company,
        LoyaltyCardType,
        LoyaltyEntityAttendanceItem,
        LoyaltyNotificationMessageTemplate,
        LoyaltyProgramRule,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "type",
        "service_item_type",
        "good_item_type",
        "value_unit",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "on_changed_notification_template_id",
        "on_expiration_notification_template_id",
        "loyalty_card_types",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "rules",
        "companies",
        "applicable_items",
    }
)


T = TypeVar("T", bound="LoyaltyProgram")


@_attrs_define
class LoyaltyProgram:
    """A loyalty promotion

    Example:
        {'id': 34, 'title': 'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type': 'not_allowed',
            'value_unit': 'percent', 'usage_limit': 0, 'visit_multiplicity': 0, 'sold_items_multiplicity': 0,
            'expiration_timeout': 6, 'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21', 'on_changed_notification_template_id': 55,
            'on_expiration_notification_template_id': 84, 'loyalty_card_types': [{'id': 51, 'title': 'Card type 1'}, {'id':
            29, 'title': 'Card type 2'}], 'on_changed_notification_template': {'id': 55, 'type': 'custom', 'body': 'Your
            discount has changed', 'message_type': 'loyalty_discount_changed'}, 'on_expiration_notification_template':
            {'id': 84, 'type': 'big', 'body': 'Detailed text about discount burning', 'message_type':
            'loyalty_discount_expiration'}, 'rules': [{'id': 94, 'parameter': 10, 'value': 2.5, 'loyalty_program_id': 34,
            'loyalty_type_id': 3, 'service_id': 0}, {'id': 74, 'parameter': 30, 'value': 7.5, 'loyalty_program_id': 34,
            'loyalty_type_id': 3, 'service_id': 0}], 'companies': [{'id': 49, 'title': 'Location', 'country': 'United
            States', 'country_id': 5, 'city': 'New York', 'city_id': 83, 'phone': '+13155550175', 'timezone':
            'America/New_York', 'address': 'Location address', 'coordinate_lat': 40.73061, 'coordinate_lng': 18.63}],
            'applicable_items': [{'id': 53, 'title': 'Service category 1', 'is_service': True, 'is_category': True}, {'id':
            92, 'title': 'Service category 2', 'is_service': True, 'is_category': True}]}

    """

    id: int | Unset = UNSET
    """ ID of the promotion """
    title: str | Unset = UNSET
    """ Name of the promotion """
    type_: str | Unset = UNSET
    """ Kind of promotion (known values: discount_static, discount_accumulative_visits, discount_accumulative_sold,
    discount_accumulative_paid, cashback_static_sold, cashback_static_paid, cashback_accumulative_paid,
    cashback_accumulative_sold, cashback_accumulative_paid_visits, cashback_accumulative_sold_visits,
    cashback_sold_visits, cashback_paid_visits, package_discount) """
    service_item_type: str | Unset = UNSET
    """ How it applies to services (known values: any_allowed, not_allowed, custom_allowed) """
    good_item_type: str | Unset = UNSET
    """ How it applies to products (known values: any_allowed, not_allowed, custom_allowed) """
    value_unit: str | Unset = UNSET
    """ Unit of the bonus or discount (percent or fixed sum) (known values: percent, amount) """
    usage_limit: int | Unset = UNSET
    """ Most times it can apply (cashback only) """
    visit_multiplicity: int | Unset = UNSET
    """ Applies every so many visits (cashback only) """
    sold_items_multiplicity: int | Unset = UNSET
    """ How many services must be paid to get the discount on promotion services (Discount by condition promotions
    only) """
    expiration_timeout: int | Unset = UNSET
    """ How long bonuses or discounts last """
    expiration_timeout_unit: str | Unset = UNSET
    """ Unit of how long bonuses or discounts last (known values: day, week, month, year) """
    expiration_notification_timeout: int | Unset = UNSET
    """ Days before bonuses or discounts expire to notify the client """
    params_source_type: str | Unset = UNSET
    """ Which client history is used to size the bonus or discount (cumulative and conditional promotions) (known
    values: loyalty_card, active_companies, chain) """
    history_start_date: datetime.date | None | Unset = UNSET
    """ Date from which client history counts when sizing the bonus or discount (cumulative and conditional
    promotions) """
    on_changed_notification_template_id: int | Unset = UNSET
    """ ID of the notification template sent when the bonus or discount changes """
    on_expiration_notification_template_id: int | Unset = UNSET
    """ ID of the notification template sent when the bonus or discount expires """
    loyalty_card_types: list[LoyaltyCardType] | Unset = UNSET
    """ Card types the promotion works with (when requested) """
    on_changed_notification_template: LoyaltyNotificationMessageTemplate | Unset = UNSET
    """ Notification template of a promotion """
    on_expiration_notification_template: LoyaltyNotificationMessageTemplate | Unset = UNSET
    """ Notification template of a promotion """
    rules: list[LoyaltyProgramRule] | Unset = UNSET
    """ Rules that size the bonus or discount, one only for fixed promotions (when requested) """
    companies: list[Company] | Unset = UNSET
    """ Locations where the promotion works (when requested) """
    applicable_items: list[LoyaltyEntityAttendanceItem] | Unset = UNSET
    """ Items the promotion applies to, when it applies only to chosen items (when requested) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            Company,
            LoyaltyCardType,
            LoyaltyEntityAttendanceItem,
            LoyaltyNotificationMessageTemplate,
            LoyaltyProgramRule,
        ) = _LAZY or _lazy()
        id = self.id

        title = self.title

        type_ = self.type_

        service_item_type = self.service_item_type

        good_item_type = self.good_item_type

        value_unit = self.value_unit

        usage_limit = self.usage_limit

        visit_multiplicity = self.visit_multiplicity

        sold_items_multiplicity = self.sold_items_multiplicity

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit = self.expiration_timeout_unit

        expiration_notification_timeout = self.expiration_notification_timeout

        params_source_type = self.params_source_type

        history_start_date: None | str | Unset
        if isinstance(self.history_start_date, Unset):
            history_start_date = UNSET
        elif isinstance(self.history_start_date, datetime.date):
            history_start_date = self.history_start_date.isoformat()
        else:
            history_start_date = self.history_start_date

        on_changed_notification_template_id = self.on_changed_notification_template_id

        on_expiration_notification_template_id = self.on_expiration_notification_template_id

        loyalty_card_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loyalty_card_types, Unset):
            loyalty_card_types = []
            for loyalty_card_types_item_data in self.loyalty_card_types:
                loyalty_card_types_item = loyalty_card_types_item_data.to_dict()
                loyalty_card_types.append(loyalty_card_types_item)

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = self.on_changed_notification_template.to_dict()

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = self.on_expiration_notification_template.to_dict()

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        applicable_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applicable_items, Unset):
            applicable_items = []
            for applicable_items_item_data in self.applicable_items:
                applicable_items_item = applicable_items_item_data.to_dict()
                applicable_items.append(applicable_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = service_item_type
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = good_item_type
        if value_unit is not UNSET:
            field_dict["value_unit"] = value_unit
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if params_source_type is not UNSET:
            field_dict["params_source_type"] = params_source_type
        if history_start_date is not UNSET:
            field_dict["history_start_date"] = history_start_date
        if on_changed_notification_template_id is not UNSET:
            field_dict["on_changed_notification_template_id"] = on_changed_notification_template_id
        if on_expiration_notification_template_id is not UNSET:
            field_dict["on_expiration_notification_template_id"] = on_expiration_notification_template_id
        if loyalty_card_types is not UNSET:
            field_dict["loyalty_card_types"] = loyalty_card_types
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if rules is not UNSET:
            field_dict["rules"] = rules
        if companies is not UNSET:
            field_dict["companies"] = companies
        if applicable_items is not UNSET:
            field_dict["applicable_items"] = applicable_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            Company,
            LoyaltyCardType,
            LoyaltyEntityAttendanceItem,
            LoyaltyNotificationMessageTemplate,
            LoyaltyProgramRule,
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

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        service_item_type = _get("service_item_type", UNSET)
        if type(service_item_type) is not str and service_item_type is not UNSET:
            service_item_type = _v.str_(service_item_type, "service_item_type")

        good_item_type = _get("good_item_type", UNSET)
        if type(good_item_type) is not str and good_item_type is not UNSET:
            good_item_type = _v.str_(good_item_type, "good_item_type")

        value_unit = _get("value_unit", UNSET)
        if type(value_unit) is not str and value_unit is not UNSET:
            value_unit = _v.str_(value_unit, "value_unit")

        usage_limit = _get("usage_limit", UNSET)
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _v.int_(usage_limit, "usage_limit")

        visit_multiplicity = _get("visit_multiplicity", UNSET)
        if type(visit_multiplicity) is not int and visit_multiplicity is not UNSET:
            visit_multiplicity = _v.int_(visit_multiplicity, "visit_multiplicity")

        sold_items_multiplicity = _get("sold_items_multiplicity", UNSET)
        if type(sold_items_multiplicity) is not int and sold_items_multiplicity is not UNSET:
            sold_items_multiplicity = _v.int_(sold_items_multiplicity, "sold_items_multiplicity")

        expiration_timeout = _get("expiration_timeout", UNSET)
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _v.int_(expiration_timeout, "expiration_timeout")

        expiration_timeout_unit = _get("expiration_timeout_unit", UNSET)
        if type(expiration_timeout_unit) is not str and expiration_timeout_unit is not UNSET:
            expiration_timeout_unit = _v.str_(expiration_timeout_unit, "expiration_timeout_unit")

        expiration_notification_timeout = _get("expiration_notification_timeout", UNSET)
        if type(expiration_notification_timeout) is not int and expiration_notification_timeout is not UNSET:
            expiration_notification_timeout = _v.int_(
                expiration_notification_timeout, "expiration_notification_timeout"
            )

        params_source_type = _get("params_source_type", UNSET)
        if type(params_source_type) is not str and params_source_type is not UNSET:
            params_source_type = _v.str_(params_source_type, "params_source_type")

        history_start_date = _get("history_start_date", UNSET)
        if history_start_date is not UNSET:
            history_start_date = _v.date_(history_start_date, "history_start_date", True)

        on_changed_notification_template_id = _get("on_changed_notification_template_id", UNSET)
        if type(on_changed_notification_template_id) is not int and on_changed_notification_template_id is not UNSET:
            on_changed_notification_template_id = _v.int_(
                on_changed_notification_template_id, "on_changed_notification_template_id"
            )

        on_expiration_notification_template_id = _get("on_expiration_notification_template_id", UNSET)
        if (
            type(on_expiration_notification_template_id) is not int
            and on_expiration_notification_template_id is not UNSET
        ):
            on_expiration_notification_template_id = _v.int_(
                on_expiration_notification_template_id, "on_expiration_notification_template_id"
            )

        _loyalty_card_types = _get("loyalty_card_types", UNSET)
        if _loyalty_card_types is UNSET:
            loyalty_card_types = UNSET
        else:
            if type(_loyalty_card_types) is not list:
                _loyalty_card_types = _v.array(_loyalty_card_types, "loyalty_card_types")
            loyalty_card_types = []
            try:
                for _item in _loyalty_card_types:
                    loyalty_card_types.append(LoyaltyCardType.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "loyalty_card_types", loyalty_card_types) from None

        _on_changed_notification_template = _get("on_changed_notification_template", UNSET)
        if _on_changed_notification_template is UNSET:
            on_changed_notification_template = UNSET
        else:
            try:
                on_changed_notification_template = LoyaltyNotificationMessageTemplate.from_dict(
                    _on_changed_notification_template
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "on_changed_notification_template") from None

        _on_expiration_notification_template = _get("on_expiration_notification_template", UNSET)
        if _on_expiration_notification_template is UNSET:
            on_expiration_notification_template = UNSET
        else:
            try:
                on_expiration_notification_template = LoyaltyNotificationMessageTemplate.from_dict(
                    _on_expiration_notification_template
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "on_expiration_notification_template") from None

        _rules = _get("rules", UNSET)
        if _rules is UNSET:
            rules = UNSET
        else:
            if type(_rules) is not list:
                _rules = _v.array(_rules, "rules")
            rules = []
            try:
                for _item in _rules:
                    rules.append(LoyaltyProgramRule.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "rules", rules) from None

        _companies = _get("companies", UNSET)
        if _companies is UNSET:
            companies = UNSET
        else:
            if type(_companies) is not list:
                _companies = _v.array(_companies, "companies")
            companies = []
            try:
                for _item in _companies:
                    companies.append(Company.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "companies", companies) from None

        _applicable_items = _get("applicable_items", UNSET)
        if _applicable_items is UNSET:
            applicable_items = UNSET
        else:
            if type(_applicable_items) is not list:
                _applicable_items = _v.array(_applicable_items, "applicable_items")
            applicable_items = []
            try:
                for _item in _applicable_items:
                    applicable_items.append(LoyaltyEntityAttendanceItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "applicable_items", applicable_items) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.type_ = type_
        _obj.service_item_type = service_item_type
        _obj.good_item_type = good_item_type
        _obj.value_unit = value_unit
        _obj.usage_limit = usage_limit
        _obj.visit_multiplicity = visit_multiplicity
        _obj.sold_items_multiplicity = sold_items_multiplicity
        _obj.expiration_timeout = expiration_timeout
        _obj.expiration_timeout_unit = expiration_timeout_unit
        _obj.expiration_notification_timeout = expiration_notification_timeout
        _obj.params_source_type = params_source_type
        _obj.history_start_date = history_start_date
        _obj.on_changed_notification_template_id = on_changed_notification_template_id
        _obj.on_expiration_notification_template_id = on_expiration_notification_template_id
        _obj.loyalty_card_types = loyalty_card_types
        _obj.on_changed_notification_template = on_changed_notification_template
        _obj.on_expiration_notification_template = on_expiration_notification_template
        _obj.rules = rules
        _obj.companies = companies
        _obj.applicable_items = applicable_items

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
