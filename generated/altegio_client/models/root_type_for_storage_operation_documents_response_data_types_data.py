from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_documents_response_data_types_data_company import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany,
    )
    from ..models.root_type_for_storage_operation_documents_response_data_types_data_storage import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage,
    )
    from ..models.root_type_for_storage_operation_documents_response_data_types_data_type import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataType,
    )
    from ..models.root_type_for_storage_operation_documents_response_data_types_data_user import (
        RootTypeForStorageOperationDocumentsResponseDataTypesDataUser,
    )


T = TypeVar("T", bound="RootTypeForStorageOperationDocumentsResponseDataTypesData")


@_attrs_define
class RootTypeForStorageOperationDocumentsResponseDataTypesData:
    """Payload"""

    id: int | Unset = UNSET
    """ ID of the document """
    type_id: int | Unset = UNSET
    """ ID of the document type """
    type_: RootTypeForStorageOperationDocumentsResponseDataTypesDataType | Unset = UNSET
    """ Kind of document """
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    user_id: int | Unset = UNSET
    """ ID of the user """
    company_id: int | Unset = UNSET
    """ ID of the location """
    number: float | Unset = UNSET
    """ Number of the document """
    comment: str | Unset = UNSET
    """ Comment """
    create_date: datetime.datetime | None | Unset = UNSET
    """ When it was created """
    bill_print_status: float | Unset = UNSET
    """ Printing status of the bill """
    storage: RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage | Unset = UNSET
    """ Inventory data """
    company: RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany | Unset = UNSET
    """ Location """
    user: RootTypeForStorageOperationDocumentsResponseDataTypesDataUser | Unset = UNSET
    """ User object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_id = self.type_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        storage_id = self.storage_id

        user_id = self.user_id

        company_id = self.company_id

        number = self.number

        comment = self.comment

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = self.create_date.isoformat()
        else:
            create_date = self.create_date

        bill_print_status = self.bill_print_status

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if comment is not UNSET:
            field_dict["comment"] = comment
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if bill_print_status is not UNSET:
            field_dict["bill_print_status"] = bill_print_status
        if storage is not UNSET:
            field_dict["storage"] = storage
        if company is not UNSET:
            field_dict["company"] = company
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_storage_operation_documents_response_data_types_data_company import (
            RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany,  # noqa: PLC0415
        )
        from ..models.root_type_for_storage_operation_documents_response_data_types_data_storage import (
            RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage,  # noqa: PLC0415
        )
        from ..models.root_type_for_storage_operation_documents_response_data_types_data_type import (
            RootTypeForStorageOperationDocumentsResponseDataTypesDataType,  # noqa: PLC0415
        )
        from ..models.root_type_for_storage_operation_documents_response_data_types_data_user import (
            RootTypeForStorageOperationDocumentsResponseDataTypesDataUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RootTypeForStorageOperationDocumentsResponseDataTypesDataType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RootTypeForStorageOperationDocumentsResponseDataTypesDataType.from_dict(_type_)

        storage_id = d.pop("storage_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        number = d.pop("number", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_create_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            create_date_type_0 = datetime.datetime.fromisoformat(data)

            return create_date_type_0

        create_date = _parse_create_date(d.pop("create_date", UNSET))

        bill_print_status = d.pop("bill_print_status", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = RootTypeForStorageOperationDocumentsResponseDataTypesDataStorage.from_dict(_storage)

        _company = d.pop("company", UNSET)
        company: RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = RootTypeForStorageOperationDocumentsResponseDataTypesDataCompany.from_dict(_company)

        _user = d.pop("user", UNSET)
        user: RootTypeForStorageOperationDocumentsResponseDataTypesDataUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = RootTypeForStorageOperationDocumentsResponseDataTypesDataUser.from_dict(_user)

        root_type_for_storage_operation_documents_response_data_types_data = cls(
            id=id,
            type_id=type_id,
            type_=type_,
            storage_id=storage_id,
            user_id=user_id,
            company_id=company_id,
            number=number,
            comment=comment,
            create_date=create_date,
            bill_print_status=bill_print_status,
            storage=storage,
            company=company,
            user=user,
        )

        root_type_for_storage_operation_documents_response_data_types_data.additional_properties = d
        return root_type_for_storage_operation_documents_response_data_types_data

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
