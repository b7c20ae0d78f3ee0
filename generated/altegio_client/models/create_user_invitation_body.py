from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem  # noqa: PLC0415

    _LAZY = (
        _v,
        CreateUserInvitationBodyInvitesItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "invites",
    }
)


T = TypeVar("T", bound="CreateUserInvitationBody")


@_attrs_define
class CreateUserInvitationBody:
    invites: list[CreateUserInvitationBodyInvitesItem]
    """ List of invitations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            CreateUserInvitationBodyInvitesItem,
        ) = _LAZY or _lazy()
        invites = []
        for invites_item_data in self.invites:
            invites_item = invites_item_data.to_dict()
            invites.append(invites_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invites": invites,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            CreateUserInvitationBodyInvitesItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "invites" not in src_dict:
            raise _v.missing("invites")
        _invites = _get("invites", UNSET)
        if _invites is UNSET:
            invites = UNSET
        else:
            if type(_invites) is not list:
                _invites = _v.array(_invites, "invites")
            invites = []
            try:
                for _item in _invites:
                    invites.append(CreateUserInvitationBodyInvitesItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "invites", invites) from None

        _obj = cls.__new__(cls)
        _obj.invites = invites

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
