from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_company import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_storage import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_type import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_user import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_company import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_storage import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_type import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_document_user import (
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany,
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage,
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType,
        RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "type_id",
        "type",
        "storage_id",
        "user_id",
        "company_id",
        "number",
        "comment",
        "create_date",
        "storage",
        "company",
        "user",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationOperationResponseDataTypesDataDocument")


@_attrs_define
class RootTypeForStorageOperationOperationResponseDataTypesDataDocument:
    """Document"""

    id: int | Unset = UNSET
    """ ID of the document """
    type_id: int | Unset = UNSET
    """ ID of the document type """
    type_: RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType | Unset = UNSET
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
    storage: RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage | Unset = UNSET
    """ Inventory data """
    company: RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany | Unset = UNSET
    """ Location """
    user: RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser | Unset = UNSET
    """ User object """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser,
        ) = _LAZY or _lazy()
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
        if storage is not UNSET:
            field_dict["storage"] = storage
        if company is not UNSET:
            field_dict["company"] = company
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType,
            RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = RootTypeForStorageOperationOperationResponseDataTypesDataDocumentType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _v.int_(storage_id, "storage_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id")

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        number = _get("number", UNSET)
        if type(number) is not float and number is not UNSET:
            number = _v.float_(number, "number")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = _v.fromisoformat(create_date)
            except ValueError:
                create_date = _v.datetime_(create_date, "create_date")
        elif create_date is not UNSET:
            create_date = _v.datetime_(create_date, "create_date", True)

        _storage = _get("storage", UNSET)
        if _storage is UNSET:
            storage = UNSET
        else:
            try:
                storage = RootTypeForStorageOperationOperationResponseDataTypesDataDocumentStorage.from_dict(_storage)
            except _v.Invalid as _e:
                raise _v.at(_e, "storage") from None

        _company = _get("company", UNSET)
        if _company is UNSET:
            company = UNSET
        else:
            try:
                company = RootTypeForStorageOperationOperationResponseDataTypesDataDocumentCompany.from_dict(_company)
            except _v.Invalid as _e:
                raise _v.at(_e, "company") from None

        _user = _get("user", UNSET)
        if _user is UNSET:
            user = UNSET
        else:
            try:
                user = RootTypeForStorageOperationOperationResponseDataTypesDataDocumentUser.from_dict(_user)
            except _v.Invalid as _e:
                raise _v.at(_e, "user") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.type_id = type_id
        _obj.type_ = type_
        _obj.storage_id = storage_id
        _obj.user_id = user_id
        _obj.company_id = company_id
        _obj.number = number
        _obj.comment = comment
        _obj.create_date = create_date
        _obj.storage = storage
        _obj.company = company
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
