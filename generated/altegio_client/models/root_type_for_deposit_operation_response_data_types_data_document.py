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
        from ..models.root_type_for_deposit_operation_response_data_types_data_document_salon import (
            RootTypeForDepositOperationResponseDataTypesDataDocumentSalon,  # noqa: PLC0415
        )
        from ..models.root_type_for_deposit_operation_response_data_types_data_document_type import (
            RootTypeForDepositOperationResponseDataTypesDataDocumentType,  # noqa: PLC0415
        )
        from ..models.root_type_for_deposit_operation_response_data_types_data_document_user import (
            RootTypeForDepositOperationResponseDataTypesDataDocumentUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RootTypeForDepositOperationResponseDataTypesDataDocumentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RootTypeForDepositOperationResponseDataTypesDataDocumentType.from_dict(_type_)

        comment = d.pop("comment", UNSET)

        number = d.pop("number", UNSET)

        _salon = d.pop("salon", UNSET)
        salon: RootTypeForDepositOperationResponseDataTypesDataDocumentSalon | Unset
        if isinstance(_salon, Unset):
            salon = UNSET
        else:
            salon = RootTypeForDepositOperationResponseDataTypesDataDocumentSalon.from_dict(_salon)

        _user = d.pop("user", UNSET)
        user: RootTypeForDepositOperationResponseDataTypesDataDocumentUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = RootTypeForDepositOperationResponseDataTypesDataDocumentUser.from_dict(_user)

        root_type_for_deposit_operation_response_data_types_data_document = cls(
            id=id,
            user_id=user_id,
            salon_id=salon_id,
            type_id=type_id,
            type_=type_,
            comment=comment,
            number=number,
            salon=salon,
            user=user,
        )

        root_type_for_deposit_operation_response_data_types_data_document.additional_properties = d
        return root_type_for_deposit_operation_response_data_types_data_document

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
