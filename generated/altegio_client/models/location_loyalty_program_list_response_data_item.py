from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        loyalty_type_id = d.pop("loyalty_type_id", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        service_item_type = d.pop("service_item_type", UNSET)

        good_item_type = d.pop("good_item_type", UNSET)

        value_unit_id = d.pop("value_unit_id", UNSET)

        value_unit = d.pop("value_unit", UNSET)

        group_id = d.pop("group_id", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        visit_multiplicity = d.pop("visit_multiplicity", UNSET)

        sold_items_multiplicity = d.pop("sold_items_multiplicity", UNSET)

        current_package_progress = d.pop("current_package_progress", UNSET)

        allowed_usages_amount = d.pop("allowed_usages_amount", UNSET)

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit = d.pop("expiration_timeout_unit", UNSET)

        expiration_notification_timeout = d.pop("expiration_notification_timeout", UNSET)

        params_source_type = d.pop("params_source_type", UNSET)

        history_start_date = d.pop("history_start_date", UNSET)

        on_changed_notification_template_id = d.pop("on_changed_notification_template_id", UNSET)

        on_expiration_notification_template_id = d.pop("on_expiration_notification_template_id", UNSET)

        first_transaction_date = d.pop("first_transaction_date", UNSET)

        location_loyalty_program_list_response_data_item = cls(
            id=id,
            title=title,
            type_=type_,
            loyalty_type_id=loyalty_type_id,
            item_type_id=item_type_id,
            service_item_type=service_item_type,
            good_item_type=good_item_type,
            value_unit_id=value_unit_id,
            value_unit=value_unit,
            group_id=group_id,
            usage_limit=usage_limit,
            visit_multiplicity=visit_multiplicity,
            sold_items_multiplicity=sold_items_multiplicity,
            current_package_progress=current_package_progress,
            allowed_usages_amount=allowed_usages_amount,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit=expiration_timeout_unit,
            expiration_notification_timeout=expiration_notification_timeout,
            params_source_type=params_source_type,
            history_start_date=history_start_date,
            on_changed_notification_template_id=on_changed_notification_template_id,
            on_expiration_notification_template_id=on_expiration_notification_template_id,
            first_transaction_date=first_transaction_date,
        )

        location_loyalty_program_list_response_data_item.additional_properties = d
        return location_loyalty_program_list_response_data_item

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
