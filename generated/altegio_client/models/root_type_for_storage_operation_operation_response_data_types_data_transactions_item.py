from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_client_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_good import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_master_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_storage import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_supplier_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_type import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType,
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_unit import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_client_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_good import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_master_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_storage import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_supplier_item import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_type import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_operation_response_data_types_data_transactions_item_unit import (
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType,
        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "company_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "unit_id",
        "storage_id",
        "supplier_id",
        "client_id",
        "master_id",
        "create_date",
        "comment",
        "deleted",
        "good",
        "storage",
        "supplier",
        "client",
        "master",
        "unit",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem")


@_attrs_define
class RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItem:
    id: int | Unset = UNSET
    """ ID of the transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    type_id: int | Unset = UNSET
    """ ID of the document type """
    type_: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType | Unset = UNSET
    """ Kind of document """
    company_id: int | Unset = UNSET
    """ ID of the location """
    good_id: int | Unset = UNSET
    """ ID of the product """
    amount: float | Unset = UNSET
    """ How many """
    cost_per_unit: float | Unset = UNSET
    """ Unit price """
    discount: float | Unset = UNSET
    """ Skdika """
    cost: Any | Unset = UNSET
    """ Total price (Decimal) """
    unit_id: int | Unset = UNSET
    """ ID of the unit """
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    supplier_id: int | Unset = UNSET
    """ ID of the vendor """
    client_id: int | Unset = UNSET
    """ ID of the client """
    master_id: int | Unset = UNSET
    """ ID of the team member """
    create_date: datetime.datetime | None | Unset = UNSET
    """ When it was created """
    comment: str | Unset = UNSET
    """ Comment """
    deleted: bool | Unset = UNSET
    """ Whether the transaction was deleted """
    good: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood | Unset = UNSET
    """ Product """
    storage: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage | Unset = UNSET
    """ Inventory data """
    supplier: list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem] | Unset = (
        UNSET
    )
    """ Supplier """
    client: list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem] | Unset = UNSET
    """ Customer """
    master: list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem] | Unset = UNSET
    """ Team member """
    unit: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit | Unset = UNSET
    """ Measurement units """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit,
        ) = _LAZY or _lazy()
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        company_id = self.company_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        unit_id = self.unit_id

        storage_id = self.storage_id

        supplier_id = self.supplier_id

        client_id = self.client_id

        master_id = self.master_id

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = self.create_date.isoformat()
        else:
            create_date = self.create_date

        comment = self.comment

        deleted = self.deleted

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        client: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = []
            for client_item_data in self.client:
                client_item = client_item_data.to_dict()
                client.append(client_item)

        master: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = []
            for master_item_data in self.master:
                master_item = master_item_data.to_dict()
                master.append(master_item)

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if discount is not UNSET:
            field_dict["discount"] = discount
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if good is not UNSET:
            field_dict["good"] = good
        if storage is not UNSET:
            field_dict["storage"] = storage
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if client is not UNSET:
            field_dict["client"] = client
        if master is not UNSET:
            field_dict["master"] = master
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType,
            RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _v.int_(document_id, "document_id")

        type_id = _get("type_id", UNSET)
        if type(type_id) is not int and type_id is not UNSET:
            type_id = _v.int_(type_id, "type_id")

        _type_ = _get("type", UNSET)
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType.from_dict(_type_)
            except _v.Invalid as _e:
                raise _v.at(_e, "type") from None

        company_id = _get("company_id", UNSET)
        if type(company_id) is not int and company_id is not UNSET:
            company_id = _v.int_(company_id, "company_id")

        good_id = _get("good_id", UNSET)
        if type(good_id) is not int and good_id is not UNSET:
            good_id = _v.int_(good_id, "good_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and cost_per_unit is not UNSET:
            cost_per_unit = _v.float_(cost_per_unit, "cost_per_unit")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        unit_id = _get("unit_id", UNSET)
        if type(unit_id) is not int and unit_id is not UNSET:
            unit_id = _v.int_(unit_id, "unit_id")

        storage_id = _get("storage_id", UNSET)
        if type(storage_id) is not int and storage_id is not UNSET:
            storage_id = _v.int_(storage_id, "storage_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not int and supplier_id is not UNSET:
            supplier_id = _v.int_(supplier_id, "supplier_id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not int and client_id is not UNSET:
            client_id = _v.int_(client_id, "client_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = _v.fromisoformat(create_date)
            except ValueError:
                create_date = _v.datetime_(create_date, "create_date")
        elif create_date is not UNSET:
            create_date = _v.datetime_(create_date, "create_date", True)

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _v.bool_(deleted, "deleted")

        _good = _get("good", UNSET)
        if _good is UNSET:
            good = UNSET
        else:
            try:
                good = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood.from_dict(_good)
            except _v.Invalid as _e:
                raise _v.at(_e, "good") from None

        _storage = _get("storage", UNSET)
        if _storage is UNSET:
            storage = UNSET
        else:
            try:
                storage = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage.from_dict(
                    _storage
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "storage") from None

        _supplier = _get("supplier", UNSET)
        if _supplier is UNSET:
            supplier = UNSET
        else:
            if type(_supplier) is not list:
                _supplier = _v.array(_supplier, "supplier")
            supplier = []
            try:
                for _item in _supplier:
                    supplier.append(
                        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "supplier", supplier) from None

        _client = _get("client", UNSET)
        if _client is UNSET:
            client = UNSET
        else:
            if type(_client) is not list:
                _client = _v.array(_client, "client")
            client = []
            try:
                for _item in _client:
                    client.append(
                        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "client", client) from None

        _master = _get("master", UNSET)
        if _master is UNSET:
            master = UNSET
        else:
            if type(_master) is not list:
                _master = _v.array(_master, "master")
            master = []
            try:
                for _item in _master:
                    master.append(
                        RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "master", master) from None

        _unit = _get("unit", UNSET)
        if _unit is UNSET:
            unit = UNSET
        else:
            try:
                unit = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit.from_dict(_unit)
            except _v.Invalid as _e:
                raise _v.at(_e, "unit") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.document_id = document_id
        _obj.type_id = type_id
        _obj.type_ = type_
        _obj.company_id = company_id
        _obj.good_id = good_id
        _obj.amount = amount
        _obj.cost_per_unit = cost_per_unit
        _obj.discount = discount
        _obj.cost = cost
        _obj.unit_id = unit_id
        _obj.storage_id = storage_id
        _obj.supplier_id = supplier_id
        _obj.client_id = client_id
        _obj.master_id = master_id
        _obj.create_date = create_date
        _obj.comment = comment
        _obj.deleted = deleted
        _obj.good = good
        _obj.storage = storage
        _obj.supplier = supplier
        _obj.client = client
        _obj.master = master
        _obj.unit = unit

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
