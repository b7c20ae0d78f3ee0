from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_type_details_balance_container import MembershipTypeDetailsBalanceContainer


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
        from ..models.membership_type_details_balance_container import MembershipTypeDetailsBalanceContainer  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        title = d.pop("title", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        allow_freeze = d.pop("allow_freeze", UNSET)

        freeze_limit = d.pop("freeze_limit", UNSET)

        freeze_limit_unit_id = d.pop("freeze_limit_unit_id", UNSET)

        is_booking_when_frozen_allowed = d.pop("is_booking_when_frozen_allowed", UNSET)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_united_balance = d.pop("is_united_balance", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        slug = d.pop("slug", UNSET)

        is_code_required = d.pop("is_code_required", UNSET)

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        cost = d.pop("cost", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        def _parse_date_archived(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            date_archived_type_0 = datetime.datetime.fromisoformat(data)

            return date_archived_type_0

        date_archived = _parse_date_archived(d.pop("date_archived", UNSET))

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        expiration_type_title = d.pop("expiration_type_title", UNSET)

        service_price_correction = d.pop("service_price_correction", UNSET)

        is_online_sale_enabled = d.pop("is_online_sale_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        autoactivation_time = d.pop("autoactivation_time", UNSET)

        autoactivation_time_unit_id = d.pop("autoactivation_time_unit_id", UNSET)

        weight = d.pop("weight", UNSET)

        category = d.pop("category", UNSET)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: MembershipTypeDetailsBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = MembershipTypeDetailsBalanceContainer.from_dict(_balance_container)

        membership_type_details = cls(
            id=id,
            salon_group_id=salon_group_id,
            title=title,
            period=period,
            period_unit_id=period_unit_id,
            allow_freeze=allow_freeze,
            freeze_limit=freeze_limit,
            freeze_limit_unit_id=freeze_limit_unit_id,
            is_booking_when_frozen_allowed=is_booking_when_frozen_allowed,
            category_id=category_id,
            is_allow_empty_code=is_allow_empty_code,
            is_united_balance=is_united_balance,
            united_balance_services_count=united_balance_services_count,
            is_united_balance_unlimited=is_united_balance_unlimited,
            slug=slug,
            is_code_required=is_code_required,
            balance_edit_type_id=balance_edit_type_id,
            cost=cost,
            is_archived=is_archived,
            date_archived=date_archived,
            expiration_type_id=expiration_type_id,
            expiration_type_title=expiration_type_title,
            service_price_correction=service_price_correction,
            is_online_sale_enabled=is_online_sale_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            autoactivation_time=autoactivation_time,
            autoactivation_time_unit_id=autoactivation_time_unit_id,
            weight=weight,
            category=category,
            balance_container=balance_container,
        )

        membership_type_details.additional_properties = d
        return membership_type_details

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
