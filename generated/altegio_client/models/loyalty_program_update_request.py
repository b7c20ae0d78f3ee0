from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_program_update_request_expiration_timeout_unit import (
    LoyaltyProgramUpdateRequestExpirationTimeoutUnit,
    check_loyalty_program_update_request_expiration_timeout_unit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.loyalty_notification_message_template_request import LoyaltyNotificationMessageTemplateRequest  # noqa: PLC0415
    from ..models.loyalty_program_rule_request import LoyaltyProgramRuleRequest  # noqa: PLC0415

    _LAZY = (
        _v,
        LoyaltyNotificationMessageTemplateRequest,
        LoyaltyProgramRuleRequest,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "usage_limit",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "loyalty_card_type_ids",
        "on_changed_notification_template",
        "on_expiration_notification_template",
        "rules",
        "company_ids",
        "allowed_service_ids",
        "allowed_good_ids",
        "allowed_good_category_ids",
    }
)


T = TypeVar("T", bound="LoyaltyProgramUpdateRequest")


@_attrs_define
class LoyaltyProgramUpdateRequest:
    """Data to change a promotion

    Example:
        {'title': 'Cumulative discount for some services and not for goods', 'allowed_service_ids': [53, 92],
            'allowed_good_ids': [], 'allowed_good_category_ids': [], 'usage_limit': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7, 'loyalty_card_type_ids': [51, 29],
            'on_changed_notification_template': {'type': 'custom', 'body': 'Your discount has changed'},
            'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id':
            0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}], 'company_ids': [49]}

    """

    title: str | Unset = UNSET
    """ Name of the promotion """
    usage_limit: int | Unset = UNSET
    """ Most times it can apply (cashback only) """
    expiration_timeout: int | Unset = UNSET
    """ How long bonuses or discounts last """
    expiration_timeout_unit: LoyaltyProgramUpdateRequestExpirationTimeoutUnit | Unset = UNSET
    """ Unit of how long bonuses or discounts last """
    expiration_notification_timeout: int | Unset = UNSET
    """ Days before bonuses or discounts expire to notify the client """
    loyalty_card_type_ids: list[int] | Unset = UNSET
    """ IDs of the card types the promotion works with """
    on_changed_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Notification template to attach to a promotion """
    on_expiration_notification_template: LoyaltyNotificationMessageTemplateRequest | Unset = UNSET
    """ Notification template to attach to a promotion """
    rules: list[LoyaltyProgramRuleRequest] | Unset = UNSET
    """ Rules that size the bonus or discount (fixed promotions allow one rule only) """
    company_ids: list[int] | Unset = UNSET
    """ IDs of the locations where the promotion works """
    allowed_service_ids: list[int] | Unset = UNSET
    """ IDs of services and service categories, when it applies to chosen services """
    allowed_good_ids: list[int] | Unset = UNSET
    """ IDs of products, when it applies to chosen products """
    allowed_good_category_ids: list[int] | Unset = UNSET
    """ IDs of product categories, when it applies to chosen products """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            LoyaltyNotificationMessageTemplateRequest,
            LoyaltyProgramRuleRequest,
        ) = _LAZY or _lazy()
        title = self.title

        usage_limit = self.usage_limit

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit: str | Unset = UNSET
        if not isinstance(self.expiration_timeout_unit, Unset):
            expiration_timeout_unit = self.expiration_timeout_unit

        expiration_notification_timeout = self.expiration_notification_timeout

        loyalty_card_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.loyalty_card_type_ids, Unset):
            loyalty_card_type_ids = self.loyalty_card_type_ids

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

        company_ids: list[int] | Unset = UNSET
        if not isinstance(self.company_ids, Unset):
            company_ids = self.company_ids

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
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit is not UNSET:
            field_dict["expiration_timeout_unit"] = expiration_timeout_unit
        if expiration_notification_timeout is not UNSET:
            field_dict["expiration_notification_timeout"] = expiration_notification_timeout
        if loyalty_card_type_ids is not UNSET:
            field_dict["loyalty_card_type_ids"] = loyalty_card_type_ids
        if on_changed_notification_template is not UNSET:
            field_dict["on_changed_notification_template"] = on_changed_notification_template
        if on_expiration_notification_template is not UNSET:
            field_dict["on_expiration_notification_template"] = on_expiration_notification_template
        if rules is not UNSET:
            field_dict["rules"] = rules
        if company_ids is not UNSET:
            field_dict["company_ids"] = company_ids
        if allowed_service_ids is not UNSET:
            field_dict["allowed_service_ids"] = allowed_service_ids
        if allowed_good_ids is not UNSET:
            field_dict["allowed_good_ids"] = allowed_good_ids
        if allowed_good_category_ids is not UNSET:
            field_dict["allowed_good_category_ids"] = allowed_good_category_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            LoyaltyNotificationMessageTemplateRequest,
            LoyaltyProgramRuleRequest,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        usage_limit = _get("usage_limit", UNSET)
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _v.int_(usage_limit, "usage_limit")

        expiration_timeout = _get("expiration_timeout", UNSET)
        if type(expiration_timeout) is not int and expiration_timeout is not UNSET:
            expiration_timeout = _v.int_(expiration_timeout, "expiration_timeout")

        try:
            _expiration_timeout_unit = _get("expiration_timeout_unit", UNSET)
            expiration_timeout_unit: LoyaltyProgramUpdateRequestExpirationTimeoutUnit | Unset
            if isinstance(_expiration_timeout_unit, Unset):
                expiration_timeout_unit = UNSET
            else:
                expiration_timeout_unit = check_loyalty_program_update_request_expiration_timeout_unit(
                    _expiration_timeout_unit
                )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "expiration_timeout_unit",
                "LoyaltyProgramUpdateRequestExpirationTimeoutUnit",
                _get("expiration_timeout_unit"),
            ) from None

        expiration_notification_timeout = _get("expiration_notification_timeout", UNSET)
        if type(expiration_notification_timeout) is not int and expiration_notification_timeout is not UNSET:
            expiration_notification_timeout = _v.int_(
                expiration_notification_timeout, "expiration_notification_timeout"
            )

        _loyalty_card_type_ids = _get("loyalty_card_type_ids", UNSET)
        if _loyalty_card_type_ids is UNSET:
            loyalty_card_type_ids = UNSET
        else:
            if type(_loyalty_card_type_ids) is not list:
                _loyalty_card_type_ids = _v.array(_loyalty_card_type_ids, "loyalty_card_type_ids")
            loyalty_card_type_ids = []
            try:
                for _item in _loyalty_card_type_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(loyalty_card_type_ids))

                    loyalty_card_type_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "loyalty_card_type_ids") from None

        _on_changed_notification_template = _get("on_changed_notification_template", UNSET)
        if _on_changed_notification_template is UNSET:
            on_changed_notification_template = UNSET
        else:
            try:
                on_changed_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
                    _on_changed_notification_template
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "on_changed_notification_template") from None

        _on_expiration_notification_template = _get("on_expiration_notification_template", UNSET)
        if _on_expiration_notification_template is UNSET:
            on_expiration_notification_template = UNSET
        else:
            try:
                on_expiration_notification_template = LoyaltyNotificationMessageTemplateRequest.from_dict(
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
                    rules.append(LoyaltyProgramRuleRequest.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "rules", rules) from None

        _company_ids = _get("company_ids", UNSET)
        if _company_ids is UNSET:
            company_ids = UNSET
        else:
            if type(_company_ids) is not list:
                _company_ids = _v.array(_company_ids, "company_ids")
            company_ids = []
            try:
                for _item in _company_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(company_ids))

                    company_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "company_ids") from None

        _allowed_service_ids = _get("allowed_service_ids", UNSET)
        if _allowed_service_ids is UNSET:
            allowed_service_ids = UNSET
        else:
            if type(_allowed_service_ids) is not list:
                _allowed_service_ids = _v.array(_allowed_service_ids, "allowed_service_ids")
            allowed_service_ids = []
            try:
                for _item in _allowed_service_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(allowed_service_ids))

                    allowed_service_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "allowed_service_ids") from None

        _allowed_good_ids = _get("allowed_good_ids", UNSET)
        if _allowed_good_ids is UNSET:
            allowed_good_ids = UNSET
        else:
            if type(_allowed_good_ids) is not list:
                _allowed_good_ids = _v.array(_allowed_good_ids, "allowed_good_ids")
            allowed_good_ids = []
            try:
                for _item in _allowed_good_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(allowed_good_ids))

                    allowed_good_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "allowed_good_ids") from None

        _allowed_good_category_ids = _get("allowed_good_category_ids", UNSET)
        if _allowed_good_category_ids is UNSET:
            allowed_good_category_ids = UNSET
        else:
            if type(_allowed_good_category_ids) is not list:
                _allowed_good_category_ids = _v.array(_allowed_good_category_ids, "allowed_good_category_ids")
            allowed_good_category_ids = []
            try:
                for _item in _allowed_good_category_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(allowed_good_category_ids))

                    allowed_good_category_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "allowed_good_category_ids") from None

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.usage_limit = usage_limit
        _obj.expiration_timeout = expiration_timeout
        _obj.expiration_timeout_unit = expiration_timeout_unit
        _obj.expiration_notification_timeout = expiration_notification_timeout
        _obj.loyalty_card_type_ids = loyalty_card_type_ids
        _obj.on_changed_notification_template = on_changed_notification_template
        _obj.on_expiration_notification_template = on_expiration_notification_template
        _obj.rules = rules
        _obj.company_ids = company_ids
        _obj.allowed_service_ids = allowed_service_ids
        _obj.allowed_good_ids = allowed_good_ids
        _obj.allowed_good_category_ids = allowed_good_category_ids

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
