from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_balance_container import MembershipBalanceContainer
    from ..models.membership_status import MembershipStatus
    from ..models.membership_type_details import MembershipTypeDetails

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.membership_balance_container import MembershipBalanceContainer  # noqa: PLC0415
    from ..models.membership_status import MembershipStatus  # noqa: PLC0415
    from ..models.membership_type_details import MembershipTypeDetails  # noqa: PLC0415

    _LAZY = (
        _v,
        MembershipBalanceContainer,
        MembershipStatus,
        MembershipTypeDetails,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "number",
        "balance_string",
        "is_frozen",
        "freeze_period",
        "period",
        "period_unit_id",
        "expiration_date",
        "created_date",
        "activated_date",
        "is_united_balance",
        "is_united_balance_unlimited",
        "united_balance_services_count",
        "goods_transaction_id",
        "slug",
        "status",
        "balance_container",
        "type",
    }
)


T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership:
    id: int | Unset = UNSET
    """ ID of the membership """
    number: str | Unset = UNSET
    """ Code of the membership """
    balance_string: str | Unset = UNSET
    """ Service name together with the number of uses """
    is_frozen: bool | Unset = UNSET
    """ Whether the membership is frozen """
    freeze_period: int | Unset = UNSET
    """ How long the membership has been frozen """
    period: int | Unset = UNSET
    """ Value of the validity period """
    period_unit_id: int | Unset = UNSET
    """ Unit of the period (1 day, 2 week, 3 month, 4 year) """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ When the membership expires """
    created_date: datetime.datetime | None | Unset = UNSET
    """ When the membership was created """
    activated_date: datetime.datetime | None | Unset = UNSET
    """ When the membership was activated """
    is_united_balance: bool | Unset = UNSET
    """ Whether the balance is shared by all services """
    is_united_balance_unlimited: bool | Unset = UNSET
    """ Whether the shared balance has no limit """
    united_balance_services_count: int | Unset = UNSET
    """ Number of services on the shared balance """
    goods_transaction_id: int | Unset = UNSET
    """ ID of the product transaction """
    slug: str | Unset = UNSET
    """ Slug of the membership type """
    status: MembershipStatus | Unset = UNSET
    """ Current status of the membership """
    balance_container: MembershipBalanceContainer | Unset = UNSET
    """ Holds the links list that describes the membership balance """
    type_: MembershipTypeDetails | Unset = UNSET
    """ Details of the membership type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            MembershipBalanceContainer,
            MembershipStatus,
            MembershipTypeDetails,
        ) = _LAZY or _lazy()
        id = self.id

        number = self.number

        balance_string = self.balance_string

        is_frozen = self.is_frozen

        freeze_period = self.freeze_period

        period = self.period

        period_unit_id = self.period_unit_id

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        activated_date: None | str | Unset
        if isinstance(self.activated_date, Unset):
            activated_date = UNSET
        elif isinstance(self.activated_date, datetime.datetime):
            activated_date = self.activated_date.isoformat()
        else:
            activated_date = self.activated_date

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        united_balance_services_count = self.united_balance_services_count

        goods_transaction_id = self.goods_transaction_id

        slug = self.slug

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if balance_string is not UNSET:
            field_dict["balance_string"] = balance_string
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if activated_date is not UNSET:
            field_dict["activated_date"] = activated_date
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            MembershipBalanceContainer,
            MembershipStatus,
            MembershipTypeDetails,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        number = _get("number", UNSET)
        if type(number) is not str and number is not UNSET:
            number = _v.str_(number, "number")

        balance_string = _get("balance_string", UNSET)
        if type(balance_string) is not str and balance_string is not UNSET:
            balance_string = _v.str_(balance_string, "balance_string")

        is_frozen = _get("is_frozen", UNSET)
        if type(is_frozen) is not bool and is_frozen is not UNSET:
            is_frozen = _v.bool_(is_frozen, "is_frozen")

        freeze_period = _get("freeze_period", UNSET)
        if type(freeze_period) is not int and freeze_period is not UNSET:
            freeze_period = _v.int_(freeze_period, "freeze_period")

        period = _get("period", UNSET)
        if type(period) is not int and period is not UNSET:
            period = _v.int_(period, "period")

        period_unit_id = _get("period_unit_id", UNSET)
        if type(period_unit_id) is not int and period_unit_id is not UNSET:
            period_unit_id = _v.int_(period_unit_id, "period_unit_id")

        expiration_date = _get("expiration_date", UNSET)
        if type(expiration_date) is str:
            try:
                expiration_date = _v.fromisoformat(expiration_date)
            except ValueError:
                expiration_date = _v.datetime_(expiration_date, "expiration_date")
        elif expiration_date is not UNSET:
            expiration_date = _v.datetime_(expiration_date, "expiration_date", True)

        created_date = _get("created_date", UNSET)
        if type(created_date) is str:
            try:
                created_date = _v.fromisoformat(created_date)
            except ValueError:
                created_date = _v.datetime_(created_date, "created_date")
        elif created_date is not UNSET:
            created_date = _v.datetime_(created_date, "created_date", True)

        activated_date = _get("activated_date", UNSET)
        if type(activated_date) is str:
            try:
                activated_date = _v.fromisoformat(activated_date)
            except ValueError:
                activated_date = _v.datetime_(activated_date, "activated_date")
        elif activated_date is not UNSET:
            activated_date = _v.datetime_(activated_date, "activated_date", True)

        is_united_balance = _get("is_united_balance", UNSET)
        if type(is_united_balance) is not bool and is_united_balance is not UNSET:
            is_united_balance = _v.bool_(is_united_balance, "is_united_balance")

        is_united_balance_unlimited = _get("is_united_balance_unlimited", UNSET)
        if type(is_united_balance_unlimited) is not bool and is_united_balance_unlimited is not UNSET:
            is_united_balance_unlimited = _v.bool_(is_united_balance_unlimited, "is_united_balance_unlimited")

        united_balance_services_count = _get("united_balance_services_count", UNSET)
        if type(united_balance_services_count) is not int and united_balance_services_count is not UNSET:
            united_balance_services_count = _v.int_(united_balance_services_count, "united_balance_services_count")

        goods_transaction_id = _get("goods_transaction_id", UNSET)
        if type(goods_transaction_id) is not int and goods_transaction_id is not UNSET:
            goods_transaction_id = _v.int_(goods_transaction_id, "goods_transaction_id")

        slug = _get("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = _v.str_(slug, "slug")

        _status = _get("status", UNSET)
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = MembershipStatus.from_dict(_status)
            except _v.Invalid as _e:
                raise _v.at(_e, "status") from None

        _balance_container = _get("balance_container", UNSET)
        if _balance_container is UNSET:
            balance_container = UNSET
        else:
            try:
                balance_container = MembershipBalanceContainer.from_dict(_balance_container)
            except _v.Invalid as _e:
                raise _v.at(_e, "balance_container") from None

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = MembershipTypeDetails.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.number = number
        _obj.balance_string = balance_string
        _obj.is_frozen = is_frozen
        _obj.freeze_period = freeze_period
        _obj.period = period
        _obj.period_unit_id = period_unit_id
        _obj.expiration_date = expiration_date
        _obj.created_date = created_date
        _obj.activated_date = activated_date
        _obj.is_united_balance = is_united_balance
        _obj.is_united_balance_unlimited = is_united_balance_unlimited
        _obj.united_balance_services_count = united_balance_services_count
        _obj.goods_transaction_id = goods_transaction_id
        _obj.slug = slug
        _obj.status = status
        _obj.balance_container = balance_container
        _obj.type_ = type_

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
