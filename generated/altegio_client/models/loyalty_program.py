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
        from ..models.company import Company  # noqa: PLC0415
        from ..models.loyalty_card_type import LoyaltyCardType  # noqa: PLC0415
        from ..models.loyalty_entity_attendance_item import LoyaltyEntityAttendanceItem  # noqa: PLC0415
        from ..models.loyalty_notification_message_template import LoyaltyNotificationMessageTemplate  # noqa: PLC0415
        from ..models.loyalty_program_rule import LoyaltyProgramRule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        service_item_type = d.pop("service_item_type", UNSET)

        good_item_type = d.pop("good_item_type", UNSET)

        value_unit = d.pop("value_unit", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        params_source_type = d.pop("params_source_type", UNSET)

        def _parse_history_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            history_start_date_type_0 = datetime.date.fromisoformat(data)

            return history_start_date_type_0

        history_start_date = _parse_history_start_date(d.pop("history_start_date", UNSET))

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        _loyalty_card_types = d.pop("loyalty_card_types", UNSET)
        loyalty_card_types: list[LoyaltyCardType] | Unset = UNSET
        if _loyalty_card_types is not UNSET:
            loyalty_card_types = []
            for loyalty_card_types_item_data in _loyalty_card_types:
                loyalty_card_types_item = LoyaltyCardType.from_dict(loyalty_card_types_item_data)

                loyalty_card_types.append(loyalty_card_types_item)

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: LoyaltyNotificationMessageTemplate | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = LoyaltyNotificationMessageTemplate.from_dict(
                _on_changed_notification_template
            )

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: LoyaltyNotificationMessageTemplate | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = LoyaltyNotificationMessageTemplate.from_dict(
                _on_expiration_notification_template
            )

        _rules = d.pop("rules", UNSET)
        rules: list[LoyaltyProgramRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = LoyaltyProgramRule.from_dict(rules_item_data)

                rules.append(rules_item)

        _companies = d.pop("companies", UNSET)
        companies: list[Company] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = Company.from_dict(companies_item_data)

                companies.append(companies_item)

        _applicable_items = d.pop("applicable_items", UNSET)
        applicable_items: list[LoyaltyEntityAttendanceItem] | Unset = UNSET
        if _applicable_items is not UNSET:
            applicable_items = []
            for applicable_items_item_data in _applicable_items:
                applicable_items_item = LoyaltyEntityAttendanceItem.from_dict(applicable_items_item_data)

                applicable_items.append(applicable_items_item)

        loyalty_program = cls(
            id=id,
            title=title,
            type_=type_,
            service_item_type=service_item_type,
            good_item_type=good_item_type,
            value_unit=value_unit,
            usage_limit=usage_limit,
            visit_multiplicity=visit_multiplicity,
            sold_items_multiplicity=sold_items_multiplicity,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            params_source_type=params_source_type,
            history_start_date=history_start_date,
            on_changed_notification_template_id=on_changed_notification_template_id,
            on_expiration_notification_template_id=on_expiration_notification_template_id,
            loyalty_card_types=loyalty_card_types,
            on_changed_notification_template=on_changed_notification_template,
            on_expiration_notification_template=on_expiration_notification_template,
            rules=rules,
            companies=companies,
            applicable_items=applicable_items,
        )

        loyalty_program.additional_properties = d
        return loyalty_program

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
