from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReferralProgramRequest")


@_attrs_define
class ReferralProgramRequest:
    """Visit and referrer for the referral program

    Example:
        {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}

    """

    record_id: float
    """ ID of the appointment """
    visit_id: float
    """ ID of the visit """
    referrer_phone: float
    """ Phone number of the person who referred the client """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        visit_id = self.visit_id

        referrer_phone = self.referrer_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_id": record_id,
                "visit_id": visit_id,
                "referrer_phone": referrer_phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        visit_id = d.pop("visit_id")

        referrer_phone = d.pop("referrer_phone")

        referral_program_request = cls(
            record_id=record_id,
            visit_id=visit_id,
            referrer_phone=referrer_phone,
        )

        referral_program_request.additional_properties = d
        return referral_program_request

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
