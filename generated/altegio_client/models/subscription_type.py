from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_type_availability_item import SubscriptionTypeAvailabilityItem
    from ..models.subscription_type_balance_container import SubscriptionTypeBalanceContainer
    from ..models.subscription_type_category_type_0 import SubscriptionTypeCategoryType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.subscription_type_availability_item import SubscriptionTypeAvailabilityItem  # noqa: PLC0415
    from ..models.subscription_type_balance_container import SubscriptionTypeBalanceContainer  # noqa: PLC0415
    from ..models.subscription_type_category_type_0 import SubscriptionTypeCategoryType0  # noqa: PLC0415

    _LAZY = (
        _v,
        SubscriptionTypeAvailabilityItem,
        SubscriptionTypeBalanceContainer,
        SubscriptionTypeCategoryType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "salon_group_id",
        "category_id",
        "title",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "freeze_limit_unit_id",
        "is_booking_when_frozen_allowed",
        "is_allow_empty_code",
        "is_united_balance",
        "is_united_balance_unlimited",
        "is_code_required",
        "balance_edit_type_id",
        "cost",
        "chain_price_min",
        "chain_price_max",
        "is_chain",
        "expiration_type_id",
        "expiration_type_title",
        "category",
        "weight",
        "abonements_count",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "service_price_correction",
        "united_balance_services_count",
        "autoactivation_time",
        "autoactivation_time_unit_id",
        "attached_location_ids",
        "attached_salon_ids",
        "online_sale_image",
        "is_archived",
        "date_archived",
        "availability",
        "balance_container",
    }
)


T = TypeVar("T", bound="SubscriptionType")


@_attrs_define
class SubscriptionType:
    """Membership type of a chain"""

    id: int | Unset = UNSET
    """ ID of the membership type """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain that offers the type """
    category_id: int | None | Unset = UNSET
    """ Category the type is limited to, null for none """
    title: str | Unset = UNSET
    """ Name of the membership type """
    period: int | Unset = UNSET
    """ Length of the validity period, 0 when not set """
    period_unit_id: int | Unset = UNSET
    """ Unit of the period: 1 day, 2 week, 3 month, 4 year, 0 not set """
    allow_freeze: bool | Unset = UNSET
    """ Whether freezing is allowed """
    freeze_limit: int | Unset = UNSET
    """ Longest total freeze """
    freeze_limit_unit_id: int | Unset = UNSET
    """ Unit of the freeze period (1 day, 2 week, 3 month, 4 year) """
    is_booking_when_frozen_allowed: bool | Unset = UNSET
    """ Whether booking is allowed while the membership is frozen """
    is_allow_empty_code: bool | Unset = UNSET
    """ Sold without a code: true personal membership, false shared by code """
    is_united_balance: bool | Unset = UNSET
    """ Balance kind: true shared, false separate """
    is_united_balance_unlimited: bool | Unset = UNSET
    """ Whether the shared balance has no limit """
    is_code_required: bool | Unset = UNSET
    """ Whether an activation code is needed """
    balance_edit_type_id: int | Unset = UNSET
    """ Balance editing: 1 editable, 2 not editable """
    cost: Any | Unset = UNSET
    """ Price of the membership (Decimal) """
    chain_price_min: Any | Unset = UNSET
    """ Lowest price among chain locations (Decimal) """
    chain_price_max: Any | Unset = UNSET
    """ Highest price among chain locations (Decimal) """
    is_chain: bool | Unset = UNSET
    """ Whether the type belongs to the chain """
    expiration_type_id: int | Unset = UNSET
    """ Activation mode (1 on sale, 2 on first use, 3 from a set date) """
    expiration_type_title: str | Unset = UNSET
    """ Readable name of the activation mode """
    category: None | str | SubscriptionTypeCategoryType0 | Unset = UNSET
    """ Category limit; may be an object, null or a string such as "standard" """
    weight: int | Unset = UNSET
    """ Weight used for sorting """
    abonements_count: int | Unset = UNSET
    """ Number of active memberships of this type """
    is_online_sale_enabled: bool | Unset = UNSET
    """ Online sale: true on, false off """
    online_sale_title: str | Unset = UNSET
    """ Name shown in the online sale """
    online_sale_description: str | Unset = UNSET
    """ Text shown in the online sale """
    online_sale_price: Any | Unset = UNSET
    """ Price in the online sale (Decimal) """
    service_price_correction: bool | Unset = UNSET
    """ Whether the service price may be adjusted when the membership is used """
    united_balance_services_count: int | Unset = UNSET
    """ Number of visits on the shared balance """
    autoactivation_time: int | Unset = UNSET
    """ Delay before automatic activation """
    autoactivation_time_unit_id: int | Unset = UNSET
    """ Unit of that delay (1 days, 2 weeks, 3 months, 4 years) """
    attached_location_ids: list[int] | Unset = UNSET
    """ IDs of the locations attached to the type """
    attached_salon_ids: list[int] | Unset = UNSET
    """ Same as attached_location_ids, older name """
    online_sale_image: None | str | Unset = UNSET
    """ URL of the online sale image """
    is_archived: bool | Unset = UNSET
    """ Whether the type is archived """
    date_archived: datetime.datetime | None | Unset = UNSET
    """ When the type was archived """
    availability: list[SubscriptionTypeAvailabilityItem] | Unset = UNSET
    """ When the membership may be used """
    balance_container: SubscriptionTypeBalanceContainer | Unset = UNSET
    """ Services and categories attached, with their balances """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SubscriptionTypeAvailabilityItem,
            SubscriptionTypeBalanceContainer,
            SubscriptionTypeCategoryType0,
        ) = _LAZY or _lazy()
        id = self.id

        salon_group_id = self.salon_group_id

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        title = self.title

        period = self.period

        period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id = self.freeze_limit_unit_id

        is_booking_when_frozen_allowed = self.is_booking_when_frozen_allowed

        is_allow_empty_code = self.is_allow_empty_code

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        is_code_required = self.is_code_required

        balance_edit_type_id = self.balance_edit_type_id

        cost = self.cost

        chain_price_min = self.chain_price_min

        chain_price_max = self.chain_price_max

        is_chain = self.is_chain

        expiration_type_id = self.expiration_type_id

        expiration_type_title = self.expiration_type_title

        category: dict[str, Any] | None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, SubscriptionTypeCategoryType0):
            category = self.category.to_dict()
        else:
            category = self.category

        weight = self.weight

        abonements_count = self.abonements_count

        is_online_sale_enabled = self.is_online_sale_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        service_price_correction = self.service_price_correction

        united_balance_services_count = self.united_balance_services_count

        autoactivation_time = self.autoactivation_time

        autoactivation_time_unit_id = self.autoactivation_time_unit_id

        attached_location_ids: list[int] | Unset = UNSET
        if not isinstance(self.attached_location_ids, Unset):
            attached_location_ids = self.attached_location_ids

        attached_salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.attached_salon_ids, Unset):
            attached_salon_ids = self.attached_salon_ids

        online_sale_image: None | str | Unset
        if isinstance(self.online_sale_image, Unset):
            online_sale_image = UNSET
        else:
            online_sale_image = self.online_sale_image

        is_archived = self.is_archived

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = []
            for availability_item_data in self.availability:
                availability_item = availability_item_data.to_dict()
                availability.append(availability_item)

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
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
        if is_booking_when_frozen_allowed is not UNSET:
            field_dict["is_booking_when_frozen_allowed"] = is_booking_when_frozen_allowed
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if is_code_required is not UNSET:
            field_dict["is_code_required"] = is_code_required
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if chain_price_min is not UNSET:
            field_dict["chain_price_min"] = chain_price_min
        if chain_price_max is not UNSET:
            field_dict["chain_price_max"] = chain_price_max
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_type_title is not UNSET:
            field_dict["expiration_type_title"] = expiration_type_title
        if category is not UNSET:
            field_dict["category"] = category
        if weight is not UNSET:
            field_dict["weight"] = weight
        if abonements_count is not UNSET:
            field_dict["abonements_count"] = abonements_count
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if autoactivation_time is not UNSET:
            field_dict["autoactivation_time"] = autoactivation_time
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if attached_location_ids is not UNSET:
            field_dict["attached_location_ids"] = attached_location_ids
        if attached_salon_ids is not UNSET:
            field_dict["attached_salon_ids"] = attached_salon_ids
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if availability is not UNSET:
            field_dict["availability"] = availability
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SubscriptionTypeAvailabilityItem,
            SubscriptionTypeBalanceContainer,
            SubscriptionTypeCategoryType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id", True)

        title = _get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = _v.str_(title, "title")

        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _v.int_(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _v.int_(period_unit_id, "period_unit_id")

        allow_freeze = _get("allow_freeze", UNSET)
        if type(allow_freeze) is not bool and allow_freeze is not UNSET:
            allow_freeze = _v.bool_(allow_freeze, "allow_freeze")

        freeze_limit = _get("freeze_limit", UNSET)
        if type(freeze_limit) is not int and freeze_limit is not UNSET:
            freeze_limit = _v.int_(freeze_limit, "freeze_limit")

        freeze_limit_unit_id = _get("freeze_limit_unit_id", UNSET)
        if type(freeze_limit_unit_id) is not int and freeze_limit_unit_id is not UNSET:
            freeze_limit_unit_id = _v.int_(freeze_limit_unit_id, "freeze_limit_unit_id")

        is_booking_when_frozen_allowed = _get("is_booking_when_frozen_allowed", UNSET)
        if type(is_booking_when_frozen_allowed) is not bool and is_booking_when_frozen_allowed is not UNSET:
            is_booking_when_frozen_allowed = _v.bool_(is_booking_when_frozen_allowed, "is_booking_when_frozen_allowed")

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _v.bool_(is_allow_empty_code, "is_allow_empty_code")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _v.bool_(is_united_balance, "is_united_balance")

        is_united_balance_unlimited = _get("is_united_balance_unlimited", UNSET)
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _v.bool_(is_united_balance_unlimited, "is_united_balance_unlimited")

        is_code_required = _get("is_code_required", UNSET)
        if type(is_code_required) is not bool and is_code_required is not UNSET:
            is_code_required = _v.bool_(is_code_required, "is_code_required")

        balance_edit_type_id = _get("balance_edit_type_id", UNSET)
        if type(balance_edit_type_id) is not int and balance_edit_type_id is not UNSET:
            balance_edit_type_id = _v.int_(balance_edit_type_id, "balance_edit_type_id")

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        chain_price_min = _get("chain_price_min", UNSET)
        if type(chain_price_min) is int:
            chain_price_min = _Decimal(chain_price_min)
        elif type(chain_price_min) is not _Decimal and chain_price_min is not UNSET:
            chain_price_min = _v.money(chain_price_min, "chain_price_min")

        chain_price_max = _get("chain_price_max", UNSET)
        if type(chain_price_max) is int:
            chain_price_max = _Decimal(chain_price_max)
        elif type(chain_price_max) is not _Decimal and chain_price_max is not UNSET:
            chain_price_max = _v.money(chain_price_max, "chain_price_max")

        is_chain = _get("is_chain", UNSET)
        if type(is_chain) is not bool and is_chain is not UNSET:
            is_chain = _v.bool_(is_chain, "is_chain")

        expiration_type_id = _get("expiration_type_id", UNSET)
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _v.int_(expiration_type_id, "expiration_type_id")

        expiration_type_title = _get("expiration_type_title", UNSET)
        if type(expiration_type_title) is not str and expiration_type_title is not UNSET:
            expiration_type_title = _v.str_(expiration_type_title, "expiration_type_title")

        try:

            def _parse_category(data: object) -> None | str | SubscriptionTypeCategoryType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = SubscriptionTypeCategoryType0.from_dict(data)

                return category_type_0
                return cast(None | str | SubscriptionTypeCategoryType0 | Unset, data)

            category = _parse_category(_get("category", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "category", "None | str | SubscriptionTypeCategoryType0", _get("category")) from None

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _v.int_(weight, "weight")

        abonements_count = _get("abonements_count", UNSET)
        if type(abonements_count) is not int and abonements_count is not UNSET:
            abonements_count = _v.int_(abonements_count, "abonements_count")

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
        if type(online_sale_price) is int:
            online_sale_price = _Decimal(online_sale_price)
        elif type(online_sale_price) is not _Decimal and online_sale_price is not UNSET:
            online_sale_price = _v.money(online_sale_price, "online_sale_price")

        service_price_correction = _get("service_price_correction", UNSET)
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _v.bool_(service_price_correction, "service_price_correction")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _v.int_(united_balance_services_count, "united_balance_services_count")

        autoactivation_time = _get("autoactivation_time", UNSET)
        if type(autoactivation_time) is not int and autoactivation_time is not UNSET:
            autoactivation_time = _v.int_(autoactivation_time, "autoactivation_time")

        autoactivation_time_unit_id = _get("autoactivation_time_unit_id", UNSET)
        if type(autoactivation_time_unit_id) is not int and autoactivation_time_unit_id is not UNSET:
            autoactivation_time_unit_id = _v.int_(autoactivation_time_unit_id, "autoactivation_time_unit_id")

        _attached_location_ids = _get("attached_location_ids", UNSET)
        if _attached_location_ids is UNSET:
            attached_location_ids = UNSET
        else:
            if type(_attached_location_ids) is not list:
                _attached_location_ids = _v.array(_attached_location_ids, "attached_location_ids")
            attached_location_ids = []
            try:
                for _item in _attached_location_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(attached_location_ids))

                    attached_location_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "attached_location_ids") from None

        _attached_salon_ids = _get("attached_salon_ids", UNSET)
        if _attached_salon_ids is UNSET:
            attached_salon_ids = UNSET
        else:
            if type(_attached_salon_ids) is not list:
                _attached_salon_ids = _v.array(_attached_salon_ids, "attached_salon_ids")
            attached_salon_ids = []
            try:
                for _item in _attached_salon_ids:
                    if type(_item) is not int and _item is not UNSET:
                        _item = _v.int_(_item, len(attached_salon_ids))

                    attached_salon_ids.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "attached_salon_ids") from None

        online_sale_image = _get("online_sale_image", UNSET)
        if type(online_sale_image) is not str and online_sale_image is not UNSET:
            online_sale_image = _v.str_(online_sale_image, "online_sale_image", True)

        is_archived = _get("is_archived", UNSET)
        if type(is_archived) is not bool and is_archived is not UNSET:
            is_archived = _v.bool_(is_archived, "is_archived")

        date_archived = _get("date_archived", UNSET)
        if type(date_archived) is str:
            try:
                date_archived = _v.fromisoformat(date_archived)
            except ValueError:
                date_archived = _v.datetime_(date_archived, "date_archived")
        elif date_archived is not UNSET:
            date_archived = _v.datetime_(date_archived, "date_archived", True)

        _availability = _get("availability", UNSET)
        if _availability is UNSET:
            availability = UNSET
        else:
            if type(_availability) is not list:
                _availability = _v.array(_availability, "availability")
            availability = []
            try:
                for _item in _availability:
                    availability.append(SubscriptionTypeAvailabilityItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "availability", availability) from None

        _balance_container = _get("balance_container", UNSET)
        if _balance_container is UNSET:
            balance_container = UNSET
        else:
            try:
                balance_container = SubscriptionTypeBalanceContainer.from_dict(_balance_container)
            except _v.Invalid as _e:
                raise _v.at(_e, "balance_container") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_group_id = salon_group_id
        _obj.category_id = category_id
        _obj.title = title
        _obj.period = period
        _obj.period_unit_id = period_unit_id
        _obj.allow_freeze = allow_freeze
        _obj.freeze_limit = freeze_limit
        _obj.freeze_limit_unit_id = freeze_limit_unit_id
        _obj.is_booking_when_frozen_allowed = is_booking_when_frozen_allowed
        _obj.is_allow_empty_code = is_allow_empty_code
        _obj.is_united_balance = is_united_balance
        _obj.is_united_balance_unlimited = is_united_balance_unlimited
        _obj.is_code_required = is_code_required
        _obj.balance_edit_type_id = balance_edit_type_id
        _obj.cost = cost
        _obj.chain_price_min = chain_price_min
        _obj.chain_price_max = chain_price_max
        _obj.is_chain = is_chain
        _obj.expiration_type_id = expiration_type_id
        _obj.expiration_type_title = expiration_type_title
        _obj.category = category
        _obj.weight = weight
        _obj.abonements_count = abonements_count
        _obj.is_online_sale_enabled = is_online_sale_enabled
        _obj.online_sale_title = online_sale_title
        _obj.online_sale_description = online_sale_description
        _obj.online_sale_price = online_sale_price
        _obj.service_price_correction = service_price_correction
        _obj.united_balance_services_count = united_balance_services_count
        _obj.autoactivation_time = autoactivation_time
        _obj.autoactivation_time_unit_id = autoactivation_time_unit_id
        _obj.attached_location_ids = attached_location_ids
        _obj.attached_salon_ids = attached_salon_ids
        _obj.online_sale_image = online_sale_image
        _obj.is_archived = is_archived
        _obj.date_archived = date_archived
        _obj.availability = availability
        _obj.balance_container = balance_container

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
