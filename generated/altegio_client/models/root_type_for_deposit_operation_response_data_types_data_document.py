from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_deposit_operation_response_data_types_data_document_salon import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentSalon,
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_document_type import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentType,
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_document_user import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentUser,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_deposit_operation_response_data_types_data_document_salon import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentSalon,  # noqa: PLC0415
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_document_type import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentType,  # noqa: PLC0415
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_document_user import (
        RootTypeForDepositOperationResponseDataTypesDataDocumentUser,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForDepositOperationResponseDataTypesDataDocumentSalon,
        RootTypeForDepositOperationResponseDataTypesDataDocumentType,
        RootTypeForDepositOperationResponseDataTypesDataDocumentUser,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "user_id",
        "salon_id",
        "type_id",
        "type",
        "comment",
        "number",
        "salon",
        "user",
    }
)


T = TypeVar("T", bound="RootTypeForDepositOperationResponseDataTypesDataDocument")


@_attrs_define
class RootTypeForDepositOperationResponseDataTypesDataDocument:
    id: int | Unset = UNSET
    """ ID of the document """
    user_id: int | Unset = UNSET
    """ ID of the user """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    type_id: int | Unset = UNSET
    """ ID of the document type """
    type_: RootTypeForDepositOperationResponseDataTypesDataDocumentType | Unset = UNSET
    """ Kind of document """
    comment: str | Unset = UNSET
    """ Comment """
    number: float | Unset = UNSET
    """ Number of the document """
    salon: RootTypeForDepositOperationResponseDataTypesDataDocumentSalon | Unset = UNSET
    user: RootTypeForDepositOperationResponseDataTypesDataDocumentUser | Unset = UNSET
    """ User object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForDepositOperationResponseDataTypesDataDocumentSalon,
            RootTypeForDepositOperationResponseDataTypesDataDocumentType,
            RootTypeForDepositOperationResponseDataTypesDataDocumentUser,
        ) = _LAZY or _lazy()
        id = self.id

        user_id = self.user_id

        salon_id = self.salon_id

        type_id = self.type_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        comment = self.comment

        number = self.number

        salon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon, Unset):
            salon = self.salon.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comment is not UNSET:
            field_dict["comment"] = comment
        if number is not UNSET:
            field_dict["number"] = number
        if salon is not UNSET:
            field_dict["salon"] = salon
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForDepositOperationResponseDataTypesDataDocumentSalon,
            RootTypeForDepositOperationResponseDataTypesDataDocumentType,
            RootTypeForDepositOperationResponseDataTypesDataDocumentUser,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = RootTypeForDepositOperationResponseDataTypesDataDocumentType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        number = _get("number", UNSET)
        if type(number) is not float and number is not UNSET:
            number = _v.float_(number, "number")

        _salon = _get("salon", UNSET)
        if _salon is UNSET:
            salon = UNSET
        else:
            try:
                salon = RootTypeForDepositOperationResponseDataTypesDataDocumentSalon.from_dict(_salon)
            except _v.Invalid as _e:
                raise _v.at(_e, "salon") from None

        _user = _get("user", UNSET)
        if _user is UNSET:
            user = UNSET
        else:
            try:
                user = RootTypeForDepositOperationResponseDataTypesDataDocumentUser.from_dict(_user)
            except _v.Invalid as _e:
                raise _v.at(_e, "user") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.user_id = user_id
        _obj.salon_id = salon_id
        _obj.type_id = type_id
        _obj.type_ = type_
        _obj.comment = comment
        _obj.number = number
        _obj.salon = salon
        _obj.user = user

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
