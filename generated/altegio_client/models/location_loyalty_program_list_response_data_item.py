from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "title",
        "type",
        "loyalty_type_id",
        "item_type_id",
        "service_item_type",
        "good_item_type",
        "value_unit_id",
        "value_unit",
        "group_id",
        "usage_limit",
        "visit_multiplicity",
        "sold_items_multiplicity",
        "current_package_progress",
        "allowed_usages_amount",
        "expiration_timeout",
        "expiration_timeout_unit",
        "expiration_notification_timeout",
        "params_source_type",
        "history_start_date",
        "on_changed_notification_template_id",
        "on_expiration_notification_template_id",
        "first_transaction_date",
    }
)


T = TypeVar("T", bound="LocationLoyaltyProgramListResponseDataItem")


@_attrs_define
class LocationLoyaltyProgramListResponseDataItem:
    id: int | Unset = UNSET
    """ ID of the promotion """
    title: str | Unset = UNSET
    """ Name of the promotion """
    type_: str | Unset = UNSET
    """ Kind of promotion (known values: discount_static, discount_accumulative_visits, discount_accumulative_sold,
    discount_accumulative_paid, cashback_static_sold, cashback_static_paid, cashback_accumulative_paid,
    cashback_accumulative_sold, cashback_accumulative_paid_visits, cashback_accumulative_sold_visits,
    cashback_sold_visits, cashback_paid_visits, package_discount) """
    loyalty_type_id: int | Unset = UNSET
    """ ID of the promotion kind """
    item_type_id: int | Unset = UNSET
    """ ID of the way the discount applies """
    service_item_type: str | Unset = UNSET
    """ How it applies to services (known values: any_allowed, not_allowed, custom_allowed) """
    good_item_type: str | Unset = UNSET
    """ How it applies to products (known values: any_allowed, not_allowed, custom_allowed) """
    value_unit_id: int | Unset = UNSET
    """ ID of the unit of the bonus or discount """
    value_unit: str | Unset = UNSET
    """ Unit of the bonus or discount (percent or fixed sum) (known values: percent, amount) """
    group_id: int | Unset = UNSET
    """ ID of the chain """
    usage_limit: int | Unset = UNSET
    """ Most times it can apply (cashback only) """
    visit_multiplicity: int | Unset = UNSET
    """ Applies every so many visits (cashback only) """
    sold_items_multiplicity: int | Unset = UNSET
    """ How many services must be paid to get the discount on promotion services (Discount by condition promotions
    only) """
    current_package_progress: int | Unset = UNSET
    """ How many times the promotion has been used so far """
    allowed_usages_amount: int | Unset = UNSET
    """ Limit on how many times it may be used """
    expiration_timeout: int | Unset = UNSET
    """ How long bonuses or discounts last """
    expiration_timeout_unit: str | Unset = UNSET
    """ Unit of how long bonuses or discounts last (known values: day, week, month, year) """
    expiration_notification_timeout: int | Unset = UNSET
    """ Days before bonuses or discounts expire to notify the client """
    params_source_type: str | Unset = UNSET
    """ Which client history is used to size the bonus or discount (cumulative and conditional promotions) (known
    values: loyalty_card, active_companies, chain) """
    history_start_date: str | Unset = UNSET
    """ Date from which client history counts when sizing the bonus or discount (cumulative and conditional
    promotions) """
    on_changed_notification_template_id: int | Unset = UNSET
    """ ID of the notification template sent when the bonus or discount changes """
    on_expiration_notification_template_id: int | Unset = UNSET
    """ ID of the notification template sent when the bonus or discount expires """
    first_transaction_date: str | Unset = UNSET
    """ Date of the first promotion transaction """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_ = self.type_

        loyalty_type_id = self.loyalty_type_id

        item_type_id = self.item_type_id

        service_item_type = self.service_item_type

        good_item_type = self.good_item_type

        value_unit_id = self.value_unit_id

        value_unit = self.value_unit

        group_id = self.group_id

        usage_limit = self.usage_limit

        visit_multiplicity = self.visit_multiplicity

        sold_items_multiplicity = self.sold_items_multiplicity

        current_package_progress = self.current_package_progress

        allowed_usages_amount = self.allowed_usages_amount

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit = self.expiration_timeout_unit

        expiration_notification_timeout = self.expiration_notification_timeout

        params_source_type = self.params_source_type

        history_start_date = self.history_start_date

        on_changed_notification_template_id = self.on_changed_notification_template_id

        on_expiration_notification_template_id = self.on_expiration_notification_template_id

        first_transaction_date = self.first_transaction_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if loyalty_type_id is not UNSET:
            field_dict["loyalty_type_id"] = loyalty_type_id
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if service_item_type is not UNSET:
            field_dict["service_item_type"] = service_item_type
        if good_item_type is not UNSET:
            field_dict["good_item_type"] = good_item_type
        if value_unit_id is not UNSET:
            field_dict["value_unit_id"] = value_unit_id
        if value_unit is not UNSET:
            field_dict["value_unit"] = value_unit
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if visit_multiplicity is not UNSET:
            field_dict["visit_multiplicity"] = visit_multiplicity
        if sold_items_multiplicity is not UNSET:
            field_dict["sold_items_multiplicity"] = sold_items_multiplicity
        if current_package_progress is not UNSET:
            field_dict["current_package_progress"] = current_package_progress
        if allowed_usages_amount is not UNSET:
            field_dict["allowed_usages_amount"] = allowed_usages_amount
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
        if first_transaction_date is not UNSET:
            field_dict["first_transaction_date"] = first_transaction_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
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

        loyalty_type_id = _get("loyalty_type_id", UNSET)
        if type(loyalty_type_id) is not int and loyalty_type_id is not UNSET:
            loyalty_type_id = _v.int_(loyalty_type_id, "loyalty_type_id")

        item_type_id = _get("item_type_id", UNSET)
        if type(item_type_id) is not int and item_type_id is not UNSET:
            item_type_id = _v.int_(item_type_id, "item_type_id")

        service_item_type = _get("service_item_type", UNSET)
        if type(service_item_type) is not str and service_item_type is not UNSET:
            service_item_type = _v.str_(service_item_type, "service_item_type")

        good_item_type = _get("good_item_type", UNSET)
        if type(good_item_type) is not str and good_item_type is not UNSET:
            good_item_type = _v.str_(good_item_type, "good_item_type")

        value_unit_id = _get("value_unit_id", UNSET)
        if type(value_unit_id) is not int and value_unit_id is not UNSET:
            value_unit_id = _v.int_(value_unit_id, "value_unit_id")

        value_unit = _get("value_unit", UNSET)
        if type(value_unit) is not str and value_unit is not UNSET:
            value_unit = _v.str_(value_unit, "value_unit")

        group_id = _get("group_id", UNSET)
        if type(group_id) is not int and group_id is not UNSET:
            group_id = _v.int_(group_id, "group_id")

        usage_limit = _get("usage_limit", UNSET)
        if type(usage_limit) is not int and usage_limit is not UNSET:
            usage_limit = _v.int_(usage_limit, "usage_limit")

        visit_multiplicity = _get("visit_multiplicity", UNSET)
        if type(visit_multiplicity) is not int and visit_multiplicity is not UNSET:
            visit_multiplicity = _v.int_(visit_multiplicity, "visit_multiplicity")

        sold_items_multiplicity = _get("sold_items_multiplicity", UNSET)
        if type(sold_items_multiplicity) is not int and sold_items_multiplicity is not UNSET:
            sold_items_multiplicity = _v.int_(sold_items_multiplicity, "sold_items_multiplicity")

        current_package_progress = _get("current_package_progress", UNSET)
        if type(current_package_progress) is not int and current_package_progress is not UNSET:
            current_package_progress = _v.int_(current_package_progress, "current_package_progress")

        allowed_usages_amount = _get("allowed_usages_amount", UNSET)
        if type(allowed_usages_amount) is not int and allowed_usages_amount is not UNSET:
            allowed_usages_amount = _v.int_(allowed_usages_amount, "allowed_usages_amount")

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
        if type(history_start_date) is not str and history_start_date is not UNSET:
            history_start_date = _v.str_(history_start_date, "history_start_date")

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

        first_transaction_date = _get("first_transaction_date", UNSET)
        if type(first_transaction_date) is not str and first_transaction_date is not UNSET:
            first_transaction_date = _v.str_(first_transaction_date, "first_transaction_date")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.title = title
        _obj.type_ = type_
        _obj.loyalty_type_id = loyalty_type_id
        _obj.item_type_id = item_type_id
        _obj.service_item_type = service_item_type
        _obj.good_item_type = good_item_type
        _obj.value_unit_id = value_unit_id
        _obj.value_unit = value_unit
        _obj.group_id = group_id
        _obj.usage_limit = usage_limit
        _obj.visit_multiplicity = visit_multiplicity
        _obj.sold_items_multiplicity = sold_items_multiplicity
        _obj.current_package_progress = current_package_progress
        _obj.allowed_usages_amount = allowed_usages_amount
        _obj.expiration_timeout = expiration_timeout
        _obj.expiration_timeout_unit = expiration_timeout_unit
        _obj.expiration_notification_timeout = expiration_notification_timeout
        _obj.params_source_type = params_source_type
        _obj.history_start_date = history_start_date
        _obj.on_changed_notification_template_id = on_changed_notification_template_id
        _obj.on_expiration_notification_template_id = on_expiration_notification_template_id
        _obj.first_transaction_date = first_transaction_date

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
