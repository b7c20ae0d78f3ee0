from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storages_transaction_response_data_types_data_item_clients import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemClients,
    )
    from ..models.root_type_for_storages_transaction_response_data_types_data_item_good import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemGood,
    )
    from ..models.root_type_for_storages_transaction_response_data_types_data_item_master import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemMaster,
    )
    from ..models.root_type_for_storages_transaction_response_data_types_data_item_service import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemService,
    )
    from ..models.root_type_for_storages_transaction_response_data_types_data_item_storage import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemStorage,
    )
    from ..models.root_type_for_storages_transaction_response_data_types_data_item_supplier import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier,
    )
    from ..models.root_type_for_storages_transaction_response_data_types_data_item_unit import (
        RootTypeForStoragesTransactionResponseDataTypesDataItemUnit,
    )


T = TypeVar("T", bound="RootTypeForStoragesTransactionResponseDataTypesDataItem")


@_attrs_define
class RootTypeForStoragesTransactionResponseDataTypesDataItem:
    id: int | Unset = UNSET
    """ ID of the transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    type_id: int | Unset = UNSET
    """ ID of the transaction kind """
    type_: str | Unset = UNSET
    """ Transaction kind """
    good: RootTypeForStoragesTransactionResponseDataTypesDataItemGood | Unset = UNSET
    """ Product """
    storage: RootTypeForStoragesTransactionResponseDataTypesDataItemStorage | Unset = UNSET
    """ Inventory data """
    unit: RootTypeForStoragesTransactionResponseDataTypesDataItemUnit | Unset = UNSET
    """ Measurement unit """
    operation_unit_type: float | Unset = UNSET
    """ Kind of unit: 1 - sale, 2 - write-off """
    create_date: datetime.datetime | None | Unset = UNSET
    """ When it was created """
    last_change_date: datetime.datetime | None | Unset = UNSET
    """ Date of the last change """
    cost_per_unit: float | Unset = UNSET
    """ Price per unit """
    cost: Any | Unset = UNSET
    """ Price (Decimal) """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    master: RootTypeForStoragesTransactionResponseDataTypesDataItemMaster | Unset = UNSET
    """ The team member """
    supplier: RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier | Unset = UNSET
    """ Supplier """
    record_id: int | Unset = UNSET
    """ ID of the appointment """
    service: RootTypeForStoragesTransactionResponseDataTypesDataItemService | Unset = UNSET
    """ Service """
    clients: RootTypeForStoragesTransactionResponseDataTypesDataItemClients | Unset = UNSET
    """ Customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        type_ = self.type_

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        operation_unit_type = self.operation_unit_type

        create_date: None | str | Unset
        if isinstance(self.create_date, Unset):
            create_date = UNSET
        elif isinstance(self.create_date, datetime.datetime):
            create_date = self.create_date.isoformat()
        else:
            create_date = self.create_date

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
            last_change_date = self.last_change_date

        cost_per_unit = self.cost_per_unit

        cost = self.cost

        discount = self.discount

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        record_id = self.record_id

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

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
        if good is not UNSET:
            field_dict["good"] = good
        if storage is not UNSET:
            field_dict["storage"] = storage
        if unit is not UNSET:
            field_dict["unit"] = unit
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if cost_per_unit is not UNSET:
            field_dict["cost_per_unit"] = cost_per_unit
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
        if master is not UNSET:
            field_dict["master"] = master
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if service is not UNSET:
            field_dict["service"] = service
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_storages_transaction_response_data_types_data_item_clients import (
            RootTypeForStoragesTransactionResponseDataTypesDataItemClients,  # noqa: PLC0415
        )
        from ..models.root_type_for_storages_transaction_response_data_types_data_item_good import (
            RootTypeForStoragesTransactionResponseDataTypesDataItemGood,  # noqa: PLC0415
        )
        from ..models.root_type_for_storages_transaction_response_data_types_data_item_master import (
            RootTypeForStoragesTransactionResponseDataTypesDataItemMaster,  # noqa: PLC0415
        )
        from ..models.root_type_for_storages_transaction_response_data_types_data_item_service import (
            RootTypeForStoragesTransactionResponseDataTypesDataItemService,  # noqa: PLC0415
        )
        from ..models.root_type_for_storages_transaction_response_data_types_data_item_storage import (
            RootTypeForStoragesTransactionResponseDataTypesDataItemStorage,  # noqa: PLC0415
        )
        from ..models.root_type_for_storages_transaction_response_data_types_data_item_supplier import (
            RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier,  # noqa: PLC0415
        )
        from ..models.root_type_for_storages_transaction_response_data_types_data_item_unit import (
            RootTypeForStoragesTransactionResponseDataTypesDataItemUnit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        document_id = d.pop("document_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        type_ = d.pop("type", UNSET)

        _good = d.pop("good", UNSET)
        good: RootTypeForStoragesTransactionResponseDataTypesDataItemGood | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = RootTypeForStoragesTransactionResponseDataTypesDataItemGood.from_dict(_good)

        _storage = d.pop("storage", UNSET)
        storage: RootTypeForStoragesTransactionResponseDataTypesDataItemStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = RootTypeForStoragesTransactionResponseDataTypesDataItemStorage.from_dict(_storage)

        _unit = d.pop("unit", UNSET)
        unit: RootTypeForStoragesTransactionResponseDataTypesDataItemUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = RootTypeForStoragesTransactionResponseDataTypesDataItemUnit.from_dict(_unit)

        operation_unit_type = d.pop("operation_unit_type", UNSET)

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

        def _parse_last_change_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_change_date_type_0 = datetime.datetime.fromisoformat(data)

            return last_change_date_type_0

        last_change_date = _parse_last_change_date(d.pop("last_change_date", UNSET))

        cost_per_unit = d.pop("cost_per_unit", UNSET)

        cost = d.pop("cost", UNSET)

        discount = d.pop("discount", UNSET)

        _master = d.pop("master", UNSET)
        master: RootTypeForStoragesTransactionResponseDataTypesDataItemMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = RootTypeForStoragesTransactionResponseDataTypesDataItemMaster.from_dict(_master)

        _supplier = d.pop("supplier", UNSET)
        supplier: RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier.from_dict(_supplier)

        record_id = d.pop("record_id", UNSET)

        _service = d.pop("service", UNSET)
        service: RootTypeForStoragesTransactionResponseDataTypesDataItemService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = RootTypeForStoragesTransactionResponseDataTypesDataItemService.from_dict(_service)

        _clients = d.pop("clients", UNSET)
        clients: RootTypeForStoragesTransactionResponseDataTypesDataItemClients | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = RootTypeForStoragesTransactionResponseDataTypesDataItemClients.from_dict(_clients)

        root_type_for_storages_transaction_response_data_types_data_item = cls(
            id=id,
            document_id=document_id,
            type_id=type_id,
            type_=type_,
            good=good,
            storage=storage,
            unit=unit,
            operation_unit_type=operation_unit_type,
            create_date=create_date,
            last_change_date=last_change_date,
            cost_per_unit=cost_per_unit,
            cost=cost,
            discount=discount,
            master=master,
            supplier=supplier,
            record_id=record_id,
            service=service,
            clients=clients,
        )

        root_type_for_storages_transaction_response_data_types_data_item.additional_properties = d
        return root_type_for_storages_transaction_response_data_types_data_item

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
