from __future__ import annotations

import datetime
from collections.abc import Mapping
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

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemType.from_dict(_type_)

        company_id = d.pop("company_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        amount = d.pop("amount", UNSET)

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        discount = d.pop("discount", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        storage_id = d.pop("storage_id", UNSET)

        supplier_id = d.pop("supplier_id", UNSET)

        client_id = d.pop("client_id", UNSET)

        master_id = d.pop("master_id", UNSET)

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

        comment = d.pop("comment", UNSET)

        deleted = d.pop("deleted", UNSET)

        _good = d.pop("good", UNSET)
        good: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemGood.from_dict(_good)

        _storage = d.pop("storage", UNSET)
        storage: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemStorage.from_dict(
                _storage
            )

        _supplier = d.pop("supplier", UNSET)
        supplier: (
            list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem] | Unset
        ) = UNSET
        if _supplier is not UNSET:
            supplier = []
            for supplier_item_data in _supplier:
                supplier_item = (
                    RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemSupplierItem.from_dict(
                        supplier_item_data
                    )
                )

                supplier.append(supplier_item)

        _client = d.pop("client", UNSET)
        client: list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem] | Unset = (
            UNSET
        )
        if _client is not UNSET:
            client = []
            for client_item_data in _client:
                client_item = (
                    RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemClientItem.from_dict(
                        client_item_data
                    )
                )

                client.append(client_item)

        _master = d.pop("master", UNSET)
        master: list[RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem] | Unset = (
            UNSET
        )
        if _master is not UNSET:
            master = []
            for master_item_data in _master:
                master_item = (
                    RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemMasterItem.from_dict(
                        master_item_data
                    )
                )

                master.append(master_item)

        _unit = d.pop("unit", UNSET)
        unit: RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = RootTypeForStorageOperationOperationResponseDataTypesDataTransactionsItemUnit.from_dict(_unit)

        root_type_for_storage_operation_operation_response_data_types_data_transactions_item = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            company_id=company_id,
            good_id=good_id,
            amount=amount,
            cost_per_unit=cost_per_unit,
            discount=discount,
            cost=cost,
            unit_id=unit_id,
            storage_id=storage_id,
            supplier_id=supplier_id,
            client_id=client_id,
            master_id=master_id,
            create_date=create_date,
            comment=comment,
            deleted=deleted,
            good=good,
            storage=storage,
            supplier=supplier,
            client=client,
            master=master,
            unit=unit,
        )

        root_type_for_storage_operation_operation_response_data_types_data_transactions_item.additional_properties = d
        return root_type_for_storage_operation_operation_response_data_types_data_transactions_item

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
