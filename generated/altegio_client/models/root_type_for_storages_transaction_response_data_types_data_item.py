from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
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

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

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

    _LAZY = (
        _v,
        RootTypeForStoragesTransactionResponseDataTypesDataItemClients,
        RootTypeForStoragesTransactionResponseDataTypesDataItemGood,
        RootTypeForStoragesTransactionResponseDataTypesDataItemMaster,
        RootTypeForStoragesTransactionResponseDataTypesDataItemService,
        RootTypeForStoragesTransactionResponseDataTypesDataItemStorage,
        RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier,
        RootTypeForStoragesTransactionResponseDataTypesDataItemUnit,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "type",
        "good",
        "storage",
        "unit",
        "operation_unit_type",
        "create_date",
        "last_change_date",
        "cost_per_unit",
        "cost",
        "discount",
        "master",
        "supplier",
        "record_id",
        "service",
        "clients",
    }
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
        (
            _,
            RootTypeForStoragesTransactionResponseDataTypesDataItemClients,
            RootTypeForStoragesTransactionResponseDataTypesDataItemGood,
            RootTypeForStoragesTransactionResponseDataTypesDataItemMaster,
            RootTypeForStoragesTransactionResponseDataTypesDataItemService,
            RootTypeForStoragesTransactionResponseDataTypesDataItemStorage,
            RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier,
            RootTypeForStoragesTransactionResponseDataTypesDataItemUnit,
        ) = _LAZY or _lazy()
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
        (
            _v,
            RootTypeForStoragesTransactionResponseDataTypesDataItemClients,
            RootTypeForStoragesTransactionResponseDataTypesDataItemGood,
            RootTypeForStoragesTransactionResponseDataTypesDataItemMaster,
            RootTypeForStoragesTransactionResponseDataTypesDataItemService,
            RootTypeForStoragesTransactionResponseDataTypesDataItemStorage,
            RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier,
            RootTypeForStoragesTransactionResponseDataTypesDataItemUnit,
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

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = _v.str_(type_, "type")

        _good = _get("good", UNSET)
        if _good is UNSET:
            good = UNSET
        else:
            try:
                good = RootTypeForStoragesTransactionResponseDataTypesDataItemGood.from_dict(_good)
            except _v.Invalid as _e:
                raise _v.at(_e, "good") from None

        _storage = _get("storage", UNSET)
        if _storage is UNSET:
            storage = UNSET
        else:
            try:
                storage = RootTypeForStoragesTransactionResponseDataTypesDataItemStorage.from_dict(_storage)
            except _v.Invalid as _e:
                raise _v.at(_e, "storage") from None

        _unit = _get("unit", UNSET)
        if _unit is UNSET:
            unit = UNSET
        else:
            try:
                unit = RootTypeForStoragesTransactionResponseDataTypesDataItemUnit.from_dict(_unit)
            except _v.Invalid as _e:
                raise _v.at(_e, "unit") from None

        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not float and operation_unit_type is not UNSET:
            operation_unit_type = _v.float_(operation_unit_type, "operation_unit_type")

        create_date = _get("create_date", UNSET)
        if type(create_date) is str:
            try:
                create_date = _v.fromisoformat(create_date)
            except ValueError:
                create_date = _v.datetime_(create_date, "create_date")
        elif create_date is not UNSET:
            create_date = _v.datetime_(create_date, "create_date", True)

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = _v.fromisoformat(last_change_date)
            except ValueError:
                last_change_date = _v.datetime_(last_change_date, "last_change_date")
        elif last_change_date is not UNSET:
            last_change_date = _v.datetime_(last_change_date, "last_change_date", True)

        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and cost_per_unit is not UNSET:
            cost_per_unit = _v.float_(cost_per_unit, "cost_per_unit")

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        _master = _get("master", UNSET)
        if _master is UNSET:
            master = UNSET
        else:
            try:
                master = RootTypeForStoragesTransactionResponseDataTypesDataItemMaster.from_dict(_master)
            except _v.Invalid as _e:
                raise _v.at(_e, "master") from None

        _supplier = _get("supplier", UNSET)
        if _supplier is UNSET:
            supplier = UNSET
        else:
            try:
                supplier = RootTypeForStoragesTransactionResponseDataTypesDataItemSupplier.from_dict(_supplier)
            except _v.Invalid as _e:
                raise _v.at(_e, "supplier") from None

        record_id = _get("record_id", UNSET)
        if type(record_id) is not int and record_id is not UNSET:
            record_id = _v.int_(record_id, "record_id")

        _service = _get("service", UNSET)
        if _service is UNSET:
            service = UNSET
        else:
            try:
                service = RootTypeForStoragesTransactionResponseDataTypesDataItemService.from_dict(_service)
            except _v.Invalid as _e:
                raise _v.at(_e, "service") from None

        _clients = _get("clients", UNSET)
        if _clients is UNSET:
            clients = UNSET
        else:
            try:
                clients = RootTypeForStoragesTransactionResponseDataTypesDataItemClients.from_dict(_clients)
            except _v.Invalid as _e:
                raise _v.at(_e, "clients") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.document_id = document_id
        _obj.type_id = type_id
        _obj.type_ = type_
        _obj.good = good
        _obj.storage = storage
        _obj.unit = unit
        _obj.operation_unit_type = operation_unit_type
        _obj.create_date = create_date
        _obj.last_change_date = last_change_date
        _obj.cost_per_unit = cost_per_unit
        _obj.cost = cost
        _obj.discount = discount
        _obj.master = master
        _obj.supplier = supplier
        _obj.record_id = record_id
        _obj.service = service
        _obj.clients = clients

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
