from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_membership_types_update_body_autoactivation_time_unit_id import (
    ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId,
    check_chain_loyalty_membership_types_update_body_autoactivation_time_unit_id,
)
from ..models.chain_loyalty_membership_types_update_body_balance_edit_type_id import (
    ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId,
    check_chain_loyalty_membership_types_update_body_balance_edit_type_id,
)
from ..models.chain_loyalty_membership_types_update_body_expiration_type_id import (
    ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId,
    check_chain_loyalty_membership_types_update_body_expiration_type_id,
)
from ..models.chain_loyalty_membership_types_update_body_freeze_limit_unit_id import (
    ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId,
    check_chain_loyalty_membership_types_update_body_freeze_limit_unit_id,
)
from ..models.chain_loyalty_membership_types_update_body_period_unit_id import (
    ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId,
    check_chain_loyalty_membership_types_update_body_period_unit_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_update_body_availability_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,
    )
    from ..models.chain_loyalty_membership_types_update_body_service_categories import (
        ChainLoyaltyMembershipTypesUpdateBodyServiceCategories,
    )
    from ..models.chain_loyalty_membership_types_update_body_services import (
        ChainLoyaltyMembershipTypesUpdateBodyServices,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesUpdateBody")


@_attrs_define
class ChainLoyaltyMembershipTypesUpdateBody:
    title: str
    """ Name of the membership type """
    salon_group_id: int
    """ ID of the chain (the API calls it salon_group_id) """
    cost: float
    """ Price of the membership """
    is_united_balance: bool
    """ Balance kind: true one shared balance, false separate balances """
    united_balance_services_count: int
    """ Number of visits on the shared balance """
    service_categories: ChainLoyaltyMembershipTypesUpdateBodyServiceCategories
    """ Object mapping service category IDs to a number of uses: visits per category for separate balances; for a
    shared balance the number is ignored (any number or 0). It is an object, not an array. """
    location_ids: list[int] | Unset = UNSET
    """ IDs of the locations that offer this membership type """
    period: int | Unset = UNSET
    """ Length of the validity period """
    period_unit_id: ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId | Unset = UNSET
    """ Unit of the period: 1 day, 2 week, 3 month, 4 year """
    allow_freeze: bool | Unset = False
    """ Whether the membership can be frozen """
    freeze_limit: int | Unset = UNSET
    """ Longest total freeze """
    freeze_limit_unit_id: ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId | Unset = UNSET
    """ Unit of the freeze period (1 day, 2 week, 3 month, 4 year) """
    service_price_correction: bool | Unset = False
    """ Whether the service price may be adjusted when the membership is used """
    expiration_type_id: ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId | Unset = UNSET
    """ Activation mode (1 on sale, 2 on first use, 3 from a set date) """
    is_allow_empty_code: bool | Unset = True
    """ Personal or shared: true personal (only the buyer uses it), false shared (anyone with the code) """
    balance_edit_type_id: ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId | Unset = UNSET
    """ Who may adjust the balance: 0 nobody, 1 only the selling location, 2 every location """
    is_online_sale_enabled: bool | Unset = False
    """ Whether the type can be sold online """
    online_sale_title: str | Unset = UNSET
    """ Name shown in online sale """
    online_sale_description: str | Unset = UNSET
    """ Text shown in online sale """
    online_sale_price: float | Unset = UNSET
    """ Price in the online sale """
    online_image: str | Unset = UNSET
    """ URL of the online sale image """
    autoactivation_period: int | Unset = UNSET
    """ Longest wait before automatic activation """
    autoactivation_time_in_days: int | Unset = UNSET
    """ Delay before automatic activation """
    autoactivation_time_unit_id: ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId | Unset = UNSET
    """ Unit of that delay (1 days, 2 weeks, 3 months, 4 years) """
    is_archived: bool | Unset = False
    """ Whether the type is archived """
    services: ChainLoyaltyMembershipTypesUpdateBodyServices | Unset = UNSET
    """ Object mapping service IDs to a number of uses: visits per service for separate balances, an empty object {}
    for a shared balance. It is an object, not an array. """
    availability: list[ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem] | Unset = UNSET
    """ When the membership may be used; an empty array means at any time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_group_id = self.salon_group_id

        cost = self.cost

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        service_categories = self.service_categories.to_dict()

        location_ids: list[int] | Unset = UNSET
        if not isinstance(self.location_ids, Unset):
            location_ids = self.location_ids

        period = self.period

        period_unit_id: int | Unset = UNSET
        if not isinstance(self.period_unit_id, Unset):
            period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id: int | Unset = UNSET
        if not isinstance(self.freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = self.freeze_limit_unit_id

        service_price_correction = self.service_price_correction

        expiration_type_id: int | Unset = UNSET
        if not isinstance(self.expiration_type_id, Unset):
            expiration_type_id = self.expiration_type_id

        is_allow_empty_code = self.is_allow_empty_code

        balance_edit_type_id: int | Unset = UNSET
        if not isinstance(self.balance_edit_type_id, Unset):
            balance_edit_type_id = self.balance_edit_type_id

        is_online_sale_enabled = self.is_online_sale_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        online_image = self.online_image

        autoactivation_period = self.autoactivation_period

        autoactivation_time_in_days = self.autoactivation_time_in_days

        autoactivation_time_unit_id: int | Unset = UNSET
        if not isinstance(self.autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = self.autoactivation_time_unit_id

        is_archived = self.is_archived

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "salon_group_id": salon_group_id,
                "cost": cost,
                "is_united_balance": is_united_balance,
                "united_balance_services_count": united_balance_services_count,
                "service_categories": service_categories,
            }
        )
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if allow_freeze is not UNSET:
            field_dict["allow_freeze"] = allow_freeze
        if freeze_limit is not UNSET:
            field_dict["freeze_limit"] = freeze_limit
        if freeze_limit_unit_id is not UNSET:
            field_dict["freeze_limit_unit_id"] = freeze_limit_unit_id
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_image is not UNSET:
            field_dict["online_image"] = online_image
        if autoactivation_period is not UNSET:
            field_dict["autoactivation_period"] = autoactivation_period
        if autoactivation_time_in_days is not UNSET:
            field_dict["autoactivation_time_in_days"] = autoactivation_time_in_days
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if services is not UNSET:
            field_dict["services"] = services
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_membership_types_update_body_availability_item import (
            ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_update_body_service_categories import (
            ChainLoyaltyMembershipTypesUpdateBodyServiceCategories,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_membership_types_update_body_services import (
            ChainLoyaltyMembershipTypesUpdateBodyServices,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        salon_group_id = d.pop("salon_group_id")

        cost = d.pop("cost")

        is_united_balance = d.pop("is_united_balance")

        united_balance_services_count = d.pop("united_balance_services_count")

        service_categories = ChainLoyaltyMembershipTypesUpdateBodyServiceCategories.from_dict(
            d.pop("service_categories")
        )

        location_ids = cast(list[int], d.pop("location_ids", UNSET))

        period = d.pop("period", UNSET)

        _period_unit_id = d.pop("period_unit_id", UNSET)
        period_unit_id: ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId | Unset
        if isinstance(_period_unit_id, Unset):
            period_unit_id = UNSET
        else:
            period_unit_id = check_chain_loyalty_membership_types_update_body_period_unit_id(_period_unit_id)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        _freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)
        freeze_limit_unit_id: ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId | Unset
        if isinstance(_freeze_limit_unit_id, Unset):
            freeze_limit_unit_id = UNSET
        else:
            freeze_limit_unit_id = check_chain_loyalty_membership_types_update_body_freeze_limit_unit_id(
                _freeze_limit_unit_id
            )

        service_price_correction = d.pop("service_price_correction", UNSET)

        _expiration_type_id = d.pop("expiration_type_id", UNSET)
        expiration_type_id: ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId | Unset
        if isinstance(_expiration_type_id, Unset):
            expiration_type_id = UNSET
        else:
            expiration_type_id = check_chain_loyalty_membership_types_update_body_expiration_type_id(
                _expiration_type_id
            )

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        _balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)
        balance_edit_type_id: ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId | Unset
        if isinstance(_balance_edit_type_id, Unset):
            balance_edit_type_id = UNSET
        else:
            balance_edit_type_id = check_chain_loyalty_membership_types_update_body_balance_edit_type_id(
                _balance_edit_type_id
            )

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        online_image = d.pop("online_image", UNSET)

        autoactivation_period = d.pop("autoactivation_period", UNSET)

        autoactivation_time_in_days = d.pop("autoactivation_time_in_days", UNSET)

        _autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)
        autoactivation_time_unit_id: ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId | Unset
        if isinstance(_autoactivation_time_unit_id, Unset):
            autoactivation_time_unit_id = UNSET
        else:
            autoactivation_time_unit_id = check_chain_loyalty_membership_types_update_body_autoactivation_time_unit_id(
                _autoactivation_time_unit_id
            )

        is_archived = d.pop("is_archived", UNSET)

        _services = d.pop("services", UNSET)
        services: ChainLoyaltyMembershipTypesUpdateBodyServices | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = ChainLoyaltyMembershipTypesUpdateBodyServices.from_dict(_services)

        _availability = d.pop("availability", UNSET)
        availability: list[ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem] | Unset = UNSET
        if _availability is not UNSET:
            availability = []
            for availability_item_data in _availability:
                availability_item = ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem.from_dict(
                    availability_item_data
                )

                availability.append(availability_item)

        chain_loyalty_membership_types_update_body = cls(
            title=title,
            salon_group_id=salon_group_id,
            cost=cost,
            is_united_balance=is_united_balance,
            united_balance_services_count=united_balance_services_count,
            service_categories=service_categories,
            location_ids=location_ids,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            service_price_correction=service_price_correction,
            expiration_type_id=expiration_type_id,
            is_allow_empty_code=is_allow_empty_code,
            balance_edit_type_id=balance_edit_type_id,
            is_online_sale_enabled=is_online_sale_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            online_image=online_image,
            autoactivation_period=autoactivation_period,
            autoactivation_time_in_days=autoactivation_time_in_days,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            is_archived=is_archived,
            services=services,
            availability=availability,
        )

        chain_loyalty_membership_types_update_body.additional_properties = d
        return chain_loyalty_membership_types_update_body

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
