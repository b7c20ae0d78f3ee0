from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_type_details_balance_container import MembershipTypeDetailsBalanceContainer

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.membership_type_details_balance_container import MembershipTypeDetailsBalanceContainer  # noqa: PLC0415

    _LAZY = (
        _v,
        MembershipTypeDetailsBalanceContainer,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "salon_group_id",
        "title",
        "period",
        "period_unit_id",
        "allow_freeze",
        "freeze_limit",
        "freeze_limit_unit_id",
        "is_booking_when_frozen_allowed",
        "category_id",
        "is_allow_empty_code",
        "is_united_balance",
        "united_balance_services_count",
        "is_united_balance_unlimited",
        "slug",
        "is_code_required",
        "balance_edit_type_id",
        "cost",
        "is_archived",
        "date_archived",
        "expiration_type_id",
        "expiration_type_title",
        "service_price_correction",
        "is_online_sale_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "autoactivation_time",
        "autoactivation_time_unit_id",
        "weight",
        "category",
        "balance_container",
    }
)


T = TypeVar("T", bound="MembershipTypeDetails")


@_attrs_define
class MembershipTypeDetails:
    """Details of the membership type"""

    id: int | Unset = UNSET
    """ ID of the membership type """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain where the membership type is valid """
    title: str | Unset = UNSET
    """ Name of the membership type """
    period: int | Unset = UNSET
    """ Expiration date of the membership, 0 when not set """
    period_unit_id: int | Unset = UNSET
    """ Unit of the validity period (see the list of values), 0 when not set """
    allow_freeze: bool | Unset = UNSET
    """ Whether memberships of this type can be frozen """
    freeze_limit: int | Unset = UNSET
    """ Longest total freeze, in days """
    freeze_limit_unit_id: int | Unset = UNSET
    """ Unit of the freeze period (1 day, 2 week, 3 month, 4 year) """
    is_booking_when_frozen_allowed: bool | Unset = UNSET
    """ Whether booking is allowed while the membership is frozen """
    category_id: int | None | Unset = UNSET
    """ ID of the category the type is restricted to """
    is_allow_empty_code: bool | Unset = UNSET
    """ Whether it can be sold without a code """
    is_united_balance: bool | Unset = UNSET
    """ true for one shared balance, false for separate balances """
    united_balance_services_count: int | Unset = UNSET
    """ Number of visits on the shared balance """
    is_united_balance_unlimited: bool | Unset = UNSET
    """ Whether the shared balance has no limit """
    slug: str | Unset = UNSET
    """ Slug of the membership type """
    is_code_required: bool | Unset = UNSET
    """ Whether an activation code is needed """
    balance_edit_type_id: int | Unset = UNSET
    """ Who may edit the balance """
    cost: Any | Unset = UNSET
    """ Price of the membership (Decimal) """
    is_archived: bool | Unset = UNSET
    """ Whether the type is archived """
    date_archived: datetime.datetime | None | Unset = UNSET
    """ When the type was archived """
    expiration_type_id: int | Unset = UNSET
    """ Activation mode (1 on sale, 2 on first use, 3 from a set date) """
    expiration_type_title: str | Unset = UNSET
    """ Readable name of the activation mode """
    service_price_correction: bool | Unset = UNSET
    """ Whether the service price may be adjusted """
    is_online_sale_enabled: bool | Unset = UNSET
    """ Whether the type can be sold online """
    online_sale_title: str | Unset = UNSET
    """ Name shown in the online sale """
    online_sale_description: str | Unset = UNSET
    """ Text shown in the online sale """
    online_sale_price: Any | Unset = UNSET
    """ Price in the online sale (Decimal) """
    autoactivation_time: int | Unset = UNSET
    """ Delay before automatic activation """
    autoactivation_time_unit_id: int | Unset = UNSET
    """ Unit of that delay (1 days, 2 weeks, 3 months, 4 years) """
    weight: int | Unset = UNSET
    """ Weight used for sorting """
    category: str | Unset = UNSET
    """ Category of the membership type """
    balance_container: MembershipTypeDetailsBalanceContainer | Unset = UNSET
    """ Holds the links list that describes the membership balance """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            MembershipTypeDetailsBalanceContainer,
        ) = _LAZY or _lazy()
        id = self.id

        salon_group_id = self.salon_group_id

        title = self.title

        period = self.period

        period_unit_id = self.period_unit_id

        allow_freeze = self.allow_freeze

        freeze_limit = self.freeze_limit

        freeze_limit_unit_id = self.freeze_limit_unit_id

        is_booking_when_frozen_allowed = self.is_booking_when_frozen_allowed

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        is_allow_empty_code = self.is_allow_empty_code

        is_united_balance = self.is_united_balance

        united_balance_services_count = self.united_balance_services_count

        is_united_balance_unlimited = self.is_united_balance_unlimited

        slug = self.slug

        is_code_required = self.is_code_required

        balance_edit_type_id = self.balance_edit_type_id

        cost = self.cost

        is_archived = self.is_archived

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        elif isinstance(self.date_archived, datetime.datetime):
            date_archived = self.date_archived.isoformat()
        else:
            date_archived = self.date_archived

        expiration_type_id = self.expiration_type_id

        expiration_type_title = self.expiration_type_title

        service_price_correction = self.service_price_correction

        is_online_sale_enabled = self.is_online_sale_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        autoactivation_time = self.autoactivation_time

        autoactivation_time_unit_id = self.autoactivation_time_unit_id

        weight = self.weight

        category = self.category

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
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_code_required is not UNSET:
            field_dict["is_code_required"] = is_code_required
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_type_title is not UNSET:
            field_dict["expiration_type_title"] = expiration_type_title
        if service_price_correction is not UNSET:
            field_dict["service_price_correction"] = service_price_correction
        if is_online_sale_enabled is not UNSET:
            field_dict["is_online_sale_enabled"] = is_online_sale_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if autoactivation_time is not UNSET:
            field_dict["autoactivation_time"] = autoactivation_time
        if autoactivation_time_unit_id is not UNSET:
            field_dict["autoactivation_time_unit_id"] = autoactivation_time_unit_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if category is not UNSET:
            field_dict["category"] = category
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            MembershipTypeDetailsBalanceContainer,
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

        category_id = _get("category_id", UNSET)
        if type(category_id) is not int and category_id is not UNSET:
            category_id = _v.int_(category_id, "category_id", True)

        is_allow_empty_code = _get("is_allow_empty_code", UNSET)
        if type(is_allow_empty_code) is not bool and is_allow_empty_code is not UNSET:
            is_allow_empty_code = _v.bool_(is_allow_empty_code, "is_allow_empty_code")

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _v.bool_(is_united_balance, "is_united_balance")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _v.int_(united_balance_services_count, "united_balance_services_count")

        is_united_balance_unlimited = _get("is_united_balance_unlimited", UNSET)
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _v.bool_(is_united_balance_unlimited, "is_united_balance_unlimited")

        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

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

        expiration_type_id = _get("expiration_type_id", UNSET)
        if type(expiration_type_id) is not int and expiration_type_id is not UNSET:
            expiration_type_id = _v.int_(expiration_type_id, "expiration_type_id")

        expiration_type_title = _get("expiration_type_title", UNSET)
        if type(expiration_type_title) is not str and expiration_type_title is not UNSET:
            expiration_type_title = _v.str_(expiration_type_title, "expiration_type_title")

        service_price_correction = _get("service_price_correction", UNSET)
        if type(service_price_correction) is not bool and service_price_correction is not UNSET:
            service_price_correction = _v.bool_(service_price_correction, "service_price_correction")

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

        autoactivation_time = _get("autoactivation_time", UNSET)
        if type(autoactivation_time) is not int and autoactivation_time is not UNSET:
            autoactivation_time = _v.int_(autoactivation_time, "autoactivation_time")

        autoactivation_time_unit_id = _get("autoactivation_time_unit_id", UNSET)
        if type(autoactivation_time_unit_id) is not int and autoactivation_time_unit_id is not UNSET:
            autoactivation_time_unit_id = _v.int_(autoactivation_time_unit_id, "autoactivation_time_unit_id")

        weight = _get("weight", UNSET)
        if type(weight) is not int and weight is not UNSET:
            weight = _v.int_(weight, "weight")

        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = _v.str_(category, "category")

        _balance_container = _get("balance_container", UNSET)
        if _balance_container is UNSET:
            balance_container = UNSET
        else:
            try:
                balance_container = MembershipTypeDetailsBalanceContainer.from_dict(_balance_container)
            except _v.Invalid as _e:
                raise _v.at(_e, "balance_container") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_group_id = salon_group_id
        _obj.title = title
        _obj.period = period
        _obj.period_unit_id = period_unit_id
        _obj.allow_freeze = allow_freeze
        _obj.freeze_limit = freeze_limit
        _obj.freeze_limit_unit_id = freeze_limit_unit_id
        _obj.is_booking_when_frozen_allowed = is_booking_when_frozen_allowed
        _obj.category_id = category_id
        _obj.is_allow_empty_code = is_allow_empty_code
        _obj.is_united_balance = is_united_balance
        _obj.united_balance_services_count = united_balance_services_count
        _obj.is_united_balance_unlimited = is_united_balance_unlimited
        _obj.slug = slug
        _obj.is_code_required = is_code_required
        _obj.balance_edit_type_id = balance_edit_type_id
        _obj.cost = cost
        _obj.is_archived = is_archived
        _obj.date_archived = date_archived
        _obj.expiration_type_id = expiration_type_id
        _obj.expiration_type_title = expiration_type_title
        _obj.service_price_correction = service_price_correction
        _obj.is_online_sale_enabled = is_online_sale_enabled
        _obj.online_sale_title = online_sale_title
        _obj.online_sale_description = online_sale_description
        _obj.online_sale_price = online_sale_price
        _obj.autoactivation_time = autoactivation_time
        _obj.autoactivation_time_unit_id = autoactivation_time_unit_id
        _obj.weight = weight
        _obj.category = category
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
