from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    check_chain_loyalty_membership_types_create_body_autoactivation_time_unit_id,
)
from ..models.chain_loyalty_membership_types_create_body_balance_edit_type_id import (
    ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    check_chain_loyalty_membership_types_create_body_balance_edit_type_id,
)
from ..models.chain_loyalty_membership_types_create_body_expiration_type_id import (
    ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    check_chain_loyalty_membership_types_create_body_expiration_type_id,
)
from ..models.chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    check_chain_loyalty_membership_types_create_body_freeze_limit_unit_id,
)
from ..models.chain_loyalty_membership_types_create_body_period_unit_id import (
    ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    check_chain_loyalty_membership_types_create_body_period_unit_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from ..models.chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
    )
    from ..models.chain_loyalty_membership_types_create_body_services import (
        ChainLoyaltyMembershipTypesCreateBodyServices,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,  # noqa: PLC0415
    )
    from ..models.chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,  # noqa: PLC0415
    )
    from ..models.chain_loyalty_membership_types_create_body_services import (
        ChainLoyaltyMembershipTypesCreateBodyServices,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
        ChainLoyaltyMembershipTypesCreateBodyServices,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "title",
        "salon_group_id",
        "cost",
        "is_united_balance",
        "united_balance_services_count",
        "service_categories",
        "location_ids",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "freeze_limit_unit_id",
        "service_price_correction",
        "expiration_type_id",
        "is_allow_empty_code",
        "balance_edit_type_id",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "online_image",
        "autoactivation_period",
        "autoactivation_time_in_days",
        "autoactivation_time_unit_id",
        "is_archived",
        "category",
        "salon_ids",
        "services",
        "delete_online_image",
        "availability",
    }
)


T = TypeVar("T", bound="ChainLoyaltyMembershipTypesCreateBody")


@_attrs_define
class ChainLoyaltyMembershipTypesCreateBody:
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
    service_categories: ChainLoyaltyMembershipTypesCreateBodyServiceCategories
    """ Object mapping service category IDs to a number of uses: visits per category for separate balances; for a
    shared balance the number is ignored (any number or 0). It is an object, not an array. """
    location_ids: list[int] | Unset = UNSET
    """ IDs of the locations that offer this membership type """
    period: int | Unset = UNSET
    """ Length of the validity period """
    period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset = UNSET
    """ Unit of the period: 1 day, 2 week, 3 month, 4 year """
    allow_freeze: bool | Unset = False
    """ Whether the membership can be frozen """
    freeze_limit: int | Unset = UNSET
    """ Longest total freeze """
    freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset = UNSET
    """ Unit of the freeze period (1 day, 2 week, 3 month, 4 year) """
    service_price_correction: bool | Unset = False
    """ Whether the service price may be adjusted when the membership is used """
    expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset = UNSET
    """ Activation mode (1 on sale, 2 on first use, 3 from a set date) """
    is_allow_empty_code: bool | Unset = True
    """ Personal or shared: true personal (only the buyer uses it), false shared (anyone with the code) """
    balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset = UNSET
    """ Who may adjust the balance: 0 nobody, 1 only the selling location, 2 every location """
    is_online_sale_enabled: bool | Unset = False
    """ Whether it is sold online; when true, online_sale_price is required. """
    online_sale_title: str | Unset = UNSET
    """ Name shown in online sale """
    online_sale_description: str | Unset = UNSET
    """ Text shown in online sale """
    online_sale_price: float | Unset = UNSET
    """ Online price, required when is_online_sale_enabled is true """
    online_image: str | Unset = UNSET
    """ URL of the online sale image """
    autoactivation_period: int | Unset = UNSET
    """ Longest wait before automatic activation """
    autoactivation_time_in_days: int | Unset = UNSET
    """ Delay before automatic activation """
    autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset = UNSET
    """ Unit of that delay (1 days, 2 weeks, 3 months, 4 years) """
    is_archived: bool | Unset = False
    """ Whether the type is archived """
    category: str | Unset = "standard"
    """ Category of the membership type, always "standard" """
    salon_ids: list[int] | Unset = UNSET
    """ IDs of the locations that offer this membership type """
    services: ChainLoyaltyMembershipTypesCreateBodyServices | Unset = UNSET
    """ Object mapping service IDs to a number of uses: visits per service for separate balances, an empty object {}
    for a shared balance. It is an object, not an array. """
    delete_online_image: bool | Unset = False
    """ Whether to remove the current online sale image """
    availability: list[ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem] | Unset = UNSET
    """ When the membership may be used; an empty array means at any time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
            ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
            ChainLoyaltyMembershipTypesCreateBodyServices,
        ) = _LAZY or _lazy()
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

        category = self.category

        salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.salon_ids, Unset):
            salon_ids = self.salon_ids

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        delete_online_image = self.delete_online_image

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
        if category is not UNSET:
            field_dict["category"] = category
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = salon_ids
        if services is not UNSET:
            field_dict["services"] = services
        if delete_online_image is not UNSET:
            field_dict["delete_online_image"] = delete_online_image
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
            ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
            ChainLoyaltyMembershipTypesCreateBodyServices,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "title" not in src_dict:
            raise _v.missing("title")
        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        if "salon_group_id" not in src_dict:
            raise _v.missing("salon_group_id")
        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        if "cost" not in src_dict:
            raise _v.missing("cost")
        cost = _get("cost", UNSET)
        if type(cost) is not float and cost is not UNSET:
            cost = _v.float_(cost, "cost")

        if "is_united_balance" not in src_dict:
            raise _v.missing("is_united_balance")
        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _v.bool_(is_united_balance, "is_united_balance")

        if "united_balance_services_count" not in src_dict:
            raise _v.missing("united_balance_services_count")
        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _v.int_(united_balance_services_count, "united_balance_services_count")

        if "service_categories" not in src_dict:
            raise _v.missing("service_categories")
        _service_categories = _get("service_categories", UNSET)
        if _service_categories is UNSET:
            service_categories = UNSET
        else:
            try:
                service_categories = ChainLoyaltyMembershipTypesCreateBodyServiceCategories.from_dict(
                    _service_categories
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "service_categories") from None

        _location_ids = _get("location_ids", UNSET)
        if _location_ids is UNSET:
            location_ids = UNSET
        else:
            if type(_location_ids) is not list:
                _location_ids = _v.array(_location_ids, "location_ids")
            location_ids = []
            try:
                for _item in _location_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(location_ids))

                    location_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "location_ids") from None

        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _v.int_(period, "period")

        try:
            _period_unit_id = _get("period_unit_id", UNSET)
            period_unit_id: ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId | Unset
            if isinstance(_period_unit_id, Unset):
                period_unit_id = UNSET
            else:
                period_unit_id = check_chain_loyalty_membership_types_create_body_period_unit_id(_period_unit_id)

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "period_unit_id", "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId", _get("period_unit_id")
            ) from None

        allow_freeze = _get("allow_freeze", UNSET)
        if type(allow_freeze) is not bool and allow_freeze is not UNSET:
            allow_freeze = _v.bool_(allow_freeze, "allow_freeze")

        freeze_limit = _get("freeze_limit", UNSET)
        if type(freeze_limit) is not int and freeze_limit is not UNSET:
            freeze_limit = _v.int_(freeze_limit, "freeze_limit")

        try:
            _freeze_limit_unit_id = _get("freeze_limit_unit_id", UNSET)
            freeze_limit_unit_id: ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId | Unset
            if isinstance(_freeze_limit_unit_id, Unset):
                freeze_limit_unit_id = UNSET
            else:
                freeze_limit_unit_id = check_chain_loyalty_membership_types_create_body_freeze_limit_unit_id(
                    _freeze_limit_unit_id
                )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "freeze_limit_unit_id",
                "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId",
                _get("freeze_limit_unit_id"),
            ) from None

        service_price_correction = _get("service_price_correction", UNSET)
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _v.bool_(service_price_correction, "service_price_correction")

        try:
            _expiration_type_id = _get("expiration_type_id", UNSET)
            expiration_type_id: ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId | Unset
            if isinstance(_expiration_type_id, Unset):
                expiration_type_id = UNSET
            else:
                expiration_type_id = check_chain_loyalty_membership_types_create_body_expiration_type_id(
                    _expiration_type_id
                )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "expiration_type_id",
                "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId",
                _get("expiration_type_id"),
            ) from None

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _v.bool_(is_allow_empty_code, "is_allow_empty_code")

        try:
            _balance_edit_type_id = _get("balance_edit_type_id", UNSET)
            balance_edit_type_id: ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId | Unset
            if isinstance(_balance_edit_type_id, Unset):
                balance_edit_type_id = UNSET
            else:
                balance_edit_type_id = check_chain_loyalty_membership_types_create_body_balance_edit_type_id(
                    _balance_edit_type_id
                )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "balance_edit_type_id",
                "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId",
                _get("balance_edit_type_id"),
            ) from None

        is_online_sale_enabled = _get("is_online_sale_enabled", UNSET)
        if type(is_online_sale_enabled) is not bool and is_online_sale_enabled is not UNSET:
            is_online_sale_enabled = _v.bool_(is_online_sale_enabled, "is_online_sale_enabled")

        online_sale_title = _get("online_sale_title", UNSET)
        if type(online_sale_title) is not str and online_sale_title is not UNSET:
            online_sale_title = _v.str_(online_sale_title, "online_sale_title")

        online_sale_description = _get("online_sale_description", UNSET)
        if type(online_sale_description) is not str and online_sale_description is not UNSET:
            online_sale_description = _v.str_(online_sale_description, "online_sale_description")

        online_sale_price = _get("online_sale_price", UNSET)
        if type(online_sale_price) is not float and online_sale_price is not UNSET:
            online_sale_price = _v.float_(online_sale_price, "online_sale_price")

        online_image = _get("online_image", UNSET)
        if type(online_image) is not str and online_image is not UNSET:
            online_image = _v.str_(online_image, "online_image")

        autoactivation_period = _get("autoactivation_period", UNSET)
        if type(autoactivation_period) is not int and autoactivation_period is not UNSET:
            autoactivation_period = _v.int_(autoactivation_period, "autoactivation_period")

        autoactivation_time_in_days = _get("autoactivation_time_in_days", UNSET)
        if type(autoactivation_time_in_days) is not int and autoactivation_time_in_days is not UNSET:
            autoactivation_time_in_days = _v.int_(autoactivation_time_in_days, "autoactivation_time_in_days")

        try:
            _autoactivation_time_unit_id = _get("autoactivation_time_unit_id", UNSET)
            autoactivation_time_unit_id: ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId | Unset
            if isinstance(_autoactivation_time_unit_id, Unset):
                autoactivation_time_unit_id = UNSET
            else:
                autoactivation_time_unit_id = (
                    check_chain_loyalty_membership_types_create_body_autoactivation_time_unit_id(
                        _autoactivation_time_unit_id
                    )
                )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "autoactivation_time_unit_id",
                "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId",
                _get("autoactivation_time_unit_id"),
            ) from None

        is_archived = _get("is_archived", UNSET)
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _v.bool_(is_archived, "is_archived")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _v.str_(category, "category")

        _salon_ids = _get("salon_ids", UNSET)
        if _salon_ids is UNSET:
            salon_ids = UNSET
        else:
            if type(_salon_ids) is not list:
                _salon_ids = _v.array(_salon_ids, "salon_ids")
            salon_ids = []
            try:
                for _item in _salon_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(salon_ids))

                    salon_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "salon_ids") from None

        _services = _get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            try:
                services = ChainLoyaltyMembershipTypesCreateBodyServices.from_dict(_services)
            except _v.Invalid as _e:
                raise _v.at(_e, "services") from None

        delete_online_image = _get("delete_online_image", UNSET)
        if type(delete_online_image) is not bool and delete_online_image is not UNSET:
            delete_online_image = _v.bool_(delete_online_image, "delete_online_image")

        _availability = _get("availability", UNSET)
        if _availability is UNSET:
            availability = UNSET
        else:
            if type(_availability) is not list:
                _availability = _v.array(_availability, "availability")
            availability = []
            try:
                for _item in _availability:
                    availability.append(ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "availability", availability) from None

        _obj = cls.__new__(cls)
        _obj.title = title
        _obj.salon_group_id = salon_group_id
        _obj.cost = cost
        _obj.is_united_balance = is_united_balance
        _obj.united_balance_services_count = united_balance_services_count
        _obj.service_categories = service_categories
        _obj.location_ids = location_ids
        _obj.period = period
        _obj.period_unit_id = period_unit_id
        _obj.allow_freeze = allow_freeze
        _obj.freeze_limit = freeze_limit
        _obj.freeze_limit_unit_id = freeze_limit_unit_id
        _obj.service_price_correction = service_price_correction
        _obj.expiration_type_id = expiration_type_id
        _obj.is_allow_empty_code = is_allow_empty_code
        _obj.balance_edit_type_id = balance_edit_type_id
        _obj.is_online_sale_enabled = is_online_sale_enabled
        _obj.online_sale_title = online_sale_title
        _obj.online_sale_description = online_sale_description
        _obj.online_sale_price = online_sale_price
        _obj.online_image = online_image
        _obj.autoactivation_period = autoactivation_period
        _obj.autoactivation_time_in_days = autoactivation_time_in_days
        _obj.autoactivation_time_unit_id = autoactivation_time_unit_id
        _obj.is_archived = is_archived
        _obj.category = category
        _obj.salon_ids = salon_ids
        _obj.services = services
        _obj.delete_online_image = delete_online_image
        _obj.availability = availability

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
