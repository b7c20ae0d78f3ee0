from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
    check_chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id,
)
from ..models.chain_loyalty_certificate_types_update_body_expiration_type_id import (
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
    check_chain_loyalty_certificate_types_update_body_expiration_type_id,
)
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
        "type_id",
        "date",
        "timeout",
        "timeout_unit_id",
    }
)


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesUpdateBodyExpiration")


@_attrs_define
class ChainLoyaltyCertificateTypesUpdateBodyExpiration:
    """When it expires"""

    type_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId
    """ Expiry kind: 0 never, 1 fixed date, 2 period from the sale """
    date: datetime.datetime | Unset = UNSET
    """ Fixed expiry date (ISO 8601), needed when type_id is 1 """
    timeout: int | Unset = UNSET
    """ Length of the period, needed when type_id is 2 """
    timeout_unit_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset = UNSET
    """ Unit of the period, needed when type_id is 2: 1 day, 2 week, 3 month, 4 year """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id: int = self.type_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        timeout = self.timeout

        timeout_unit_id: int | Unset = UNSET
        if not isinstance(self.timeout_unit_id, Unset):
            timeout_unit_id = self.timeout_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type_id": type_id,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if timeout_unit_id is not UNSET:
            field_dict["timeout_unit_id"] = timeout_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "type_id" not in src_dict:
            raise _v.missing("type_id")
        try:
            type_id = check_chain_loyalty_certificate_types_update_body_expiration_type_id(_get("type_id", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "type_id", "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId", _get("type_id")
            ) from None

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date")

        timeout = _get("timeout", UNSET)
        if type(timeout) is not int and timeout is not UNSET:
            timeout = _v.int_(timeout, "timeout")

        try:
            _timeout_unit_id = _get("timeout_unit_id", UNSET)
            timeout_unit_id: ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId | Unset
            if isinstance(_timeout_unit_id, Unset):
                timeout_unit_id = UNSET
            else:
                timeout_unit_id = check_chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id(
                    _timeout_unit_id
                )

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "timeout_unit_id",
                "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId",
                _get("timeout_unit_id"),
            ) from None

        _obj = cls.__new__(cls)
        _obj.type_id = type_id
        _obj.date = date
        _obj.timeout = timeout
        _obj.timeout_unit_id = timeout_unit_id

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
