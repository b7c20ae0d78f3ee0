from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_program_create_request_expiration_timeout_unit import (
    LoyaltyProgramCreateRequestExpirationTimeoutUnit,
    check_loyalty_program_create_request_expiration_timeout_unit,
)
from ..models.loyalty_program_create_request_good_item_type import (
    LoyaltyProgramCreateRequestGoodItemType,
    check_loyalty_program_create_request_good_item_type,
)
from ..models.loyalty_program_create_request_params_source_type import (
    LoyaltyProgramCreateRequestParamsSourceType,
    check_loyalty_program_create_request_params_source_type,
)
from ..models.loyalty_program_create_request_service_item_type import (
    LoyaltyProgramCreateRequestServiceItemType,
    check_loyalty_program_create_request_service_item_type,
)
from ..models.loyalty_program_create_request_type import (
    LoyaltyProgramCreateRequestType,
    check_loyalty_program_create_request_type,
)
from ..models.loyalty_program_create_request_value_unit import (
    LoyaltyProgramCreateRequestValueUnit,
    check_loyalty_program_create_request_value_unit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest


T = TypeVar("T", bound="LoyaltyProgramCreateRequest")


@_attrs_define
class LoyaltyProgramCreateRequest:
    """Data to create a promotion

    Example:
        {'title': 'Cumulative discount for some services and not for goods', 'type': 'discount_accumulative_paid',
            'service_item_type': 'custom_allowed', 'good_item_type': 'not_allowed', 'allowed_service_ids': [53, 92],
            'allowed_good_ids': [], 'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6, 'expiration_timeout_unit':
            'month', 'expiration_notification_timeout': 7, 'params_source_type': 'chain', 'history_start_date':
            '2026-09-21', 'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom', 'body':
            'Your discount has changed'}, 'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter':
            10, 'value': 2.5, 'service_id': 0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}], 'company_ids': [49]}

    """

    title: str
    """ Name of the promotion """
    type_: LoyaltyProgramCreateRequestType
    """ Kind of promotion """
    service_item_type: LoyaltyProgramCreateRequestServiceItemType
    """ How it applies to services """
    good_item_type: LoyaltyProgramCreateRequestGoodItemType
    """ How it applies to products """
    value_unit: LoyaltyProgramCreateRequestValueUnit
    """ Unit of the bonus or discount (percent or fixed sum) """
    rules: list[LoyaltyProgramRuleRequest]
    """ Rules that size the bonus or discount (fixed promotions allow one rule only) """
    company_ids: list[int]
    """ IDs of the locations where the promotion works """
    usage_limit: int | Unset = UNSET
    """ Most times it can apply (cashback only) """
    visit_multiplicity: int | Unset = UNSET
    """ Applies every so many visits (cashback only) """
    sold_items_multiplicity: int | Unset = UNSET
    """ How many services must be paid to get the discount on promotion services (Discount by condition promotions
    only) """
    expiration_timeout: int | Unset = UNSET
    """ How long bonuses or discounts last """
    expiration_timeout_unit: LoyaltyProgramCreateRequestExpirationTimeoutUnit | Unset = UNSET
    """ Unit of how long bonuses or discounts last """
    expiration_notification_timeout: int | Unset = UNSET
    """ Days before bonuses or discounts expire to notify the client """
    params_source_type: LoyaltyProgramCreateRequestParamsSourceType | Unset = UNSET
    """ Which client history is used to size the bonus or discount (cumulative and conditional promotions) """
    history_start_date: datetime.date | Unset = UNSET
    """ Date from which client history counts when sizing the bonus or discount (cumulative and conditional
    promotions) """
    loyalty_card_type_ids: list[int] | Unset = UNSET
    """ IDs of the card types the promotion works with """
    on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Notification template to attach to a promotion """
    on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Notification template to attach to a promotion """
    allowed_service_ids: list[int] | Unset = UNSET
    """ IDs of services and service categories, when it applies to chosen services """
    allowed_good_ids: list[int] | Unset = UNSET
    """ IDs of products, when it applies to chosen products """
    allowed_good_category_ids: list[int] | Unset = UNSET
    """ IDs of product categories, when it applies to chosen products """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_: str = self.type_

        service_item_type: str = self.service_item_type

        good_item_type: str = self.good_item_type

        value_unit: str = self.value_unit

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        company_ids = self.company_ids

        usage_limit = self.usage_limit

        visit_multiplicity = self.visit_multiplicity

        sold_items_multiplicity = self.sold_items_multiplicity

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = self.expiration_timeout_unit

        expiration_notification_timeout = self.expiration_notification_timeout

        params_source_type: str | Unset = UNSET
        if not isinstance(self.params_source_type, Unset):
            params_source_type = self.params_source_type

        history_start_date: str | Unset = UNSET
        if not isinstance(self.history_start_date, Unset):
            history_start_date = self.history_start_date.isoformat()

        loyalty_card_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.loyalty_card_type_ids, Unset):
            loyalty_card_type_ids = self.loyalty_card_type_ids

        on_changed_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_changed_notification_template, Unset):
            on_changed_notification_template = self.on_changed_notification_template.to_dict()

        on_expiration_notification_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_expiration_notification_template, Unset):
            on_expiration_notification_template = self.on_expiration_notification_template.to_dict()

        allowed_service_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_service_ids, Unset):
            allowed_service_ids = self.allowed_service_ids

        allowed_good_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_ids, Unset):
            allowed_good_ids = self.allowed_good_ids

        allowed_good_category_ids: list[int] | Unset = UNSET
        if not isinstance(self.allowed_good_category_ids, Unset):
            allowed_good_category_ids = self.allowed_good_category_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
                "service_item_type": service_item_type,
                "good_item_type": good_item_type,
                "value_unit": value_unit,
                "rules": rules,
                "company_ids": company_ids,
            }
        )
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
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = loyalty_card_type_ids
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if allowed_service_ids is not UNSET:
            field_dict["allowed_service_ids"] = allowed_service_ids
        if allowed_good_ids is not UNSET:
            field_dict["allowed_good_ids"] = allowed_good_ids
        if allowed_good_category_ids is not UNSET:
            field_dict["allowed_good_category_ids"] = allowed_good_category_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest  # noqa: PLC0415
        from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        type_ = check_loyalty_program_create_request_type(d.pop("type"))

        service_item_type = check_loyalty_program_create_request_service_item_type(d.pop("service_item_type"))

        good_item_type = check_loyalty_program_create_request_good_item_type(d.pop("good_item_type"))

        value_unit = check_loyalty_program_create_request_value_unit(d.pop("value_unit"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = LoyaltyProgramRuleRequest.from_dict(rules_item_data)

            rules.append(rules_item)

        company_ids = cast(list[int], d.pop("company_ids"))

        usage_limit = d.pop("usage_limit", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        _expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)
        expiration_timeout_unit: LoyaltyProgramCreateRequestExpirationTimeoutUnit | Unset
        if isinstance(_expiration_timeout_unit, Unset):
            expiration_timeout_unit = UNSET
        else:
            expiration_timeout_unit = check_loyalty_program_create_request_expiration_timeout_unit(
                _expiration_timeout_unit
            )

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        _params_source_type = d.pop("params_source_type", UNSET)
        params_source_type: LoyaltyProgramCreateRequestParamsSourceType | Unset
        if isinstance(_params_source_type, Unset):
            params_source_type = UNSET
        else:
            params_source_type = check_loyalty_program_create_request_params_source_type(_params_source_type)

        _history_start_date = d.pop("history_start_date", UNSET)
        history_start_date: datetime.date | Unset
        if isinstance(_history_start_date, Unset):
            history_start_date = UNSET
        else:
            history_start_date = datetime.date.fromisoformat(_history_start_date)

        loyalty_card_type_ids = cast(list[int], d.pop("loyalty_card_type_ids", UNSET))

        _on_changed_notification_template = d.pop("on_changed_notification_template", UNSET)
        on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
        if isinstance(_on_changed_notification_template, Unset):
            on_changed_notification_template = UNSET
        else:
            on_changed_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
                _on_changed_notification_template
            )

        _on_expiration_notification_template = d.pop("on_expiration_notification_template", UNSET)
        on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset
        if isinstance(_on_expiration_notification_template, Unset):
            on_expiration_notification_template = UNSET
        else:
            on_expiration_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
                _on_expiration_notification_template
            )

        allowed_service_ids = cast(list[int], d.pop("allowed_service_ids", UNSET))

        allowed_good_ids = cast(list[int], d.pop("allowed_good_ids", UNSET))

        allowed_good_category_ids = cast(list[int], d.pop("allowed_good_category_ids", UNSET))

        loyalty_program_create_request = cls(
            title=title,
            type_=type_,
            service_item_type=service_item_type,
            good_item_type=good_item_type,
            value_unit=value_unit,
            rules=rules,
            company_ids=company_ids,
            usage_limit=usage_limit,
            visit_multiplicity=visit_multiplicity,
            sold_items_multiplicity=sold_items_multiplicity,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            params_source_type=params_source_type,
            history_start_date=history_start_date,
            loyalty_card_type_ids=loyalty_card_type_ids,
            on_changed_notification_template=on_changed_notification_template,
            on_expiration_notification_template=on_expiration_notification_template,
            allowed_service_ids=allowed_service_ids,
            allowed_good_ids=allowed_good_ids,
            allowed_good_category_ids=allowed_good_category_ids,
        )

        loyalty_program_create_request.additional_properties = d
        return loyalty_program_create_request

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
