from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_0_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_1 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_goods_marks_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_0_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_1 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_sale_unit_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_service_unit_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_storage import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_supplier_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_type import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType,
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_unit import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_0_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_client_type_1 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_good import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_goods_marks_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_0_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_master_type_1 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_sale_unit_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_service_unit_type_0 import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_storage import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_supplier_item import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_type import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType,  # noqa: PLC0415
    )
    from ..models.root_type_for_storage_operation_good_transaction_response_200_data_types_data_unit import (
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType,
        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit,
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
        "cost",
        "discount",
        "unit_id",
        "storage_id",
        "supplier_id",
        "client_id",
        "master_id",
        "create_date",
        "last_change_date",
        "comment",
        "deleted",
        "good_special_number",
        "service_amount",
        "sale_amount",
        "service_unit_id",
        "sale_unit_id",
        "operation_unit_type",
        "good",
        "sale_unit",
        "service_unit",
        "goods_marks",
        "storage",
        "supplier",
        "client",
        "master",
        "unit",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationGoodTransactionResponse200DataTypesData")


@_attrs_define
class RootTypeForStorageOperationGoodTransactionResponse200DataTypesData:
    """Payload"""

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    type_id: int | Unset = UNSET
    type_: RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType | Unset = UNSET
    """ Transaction kind """
    company_id: int | Unset = UNSET
    """ ID of the location """
    good_id: int | Unset = UNSET
    """ ID of the product """
    amount: float | Unset = UNSET
    """ How many """
    cost_per_unit: float | Unset = UNSET
    """ Price per unit """
    cost: Any | Unset = UNSET
    """ Price (Decimal) """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
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
    last_change_date: datetime.datetime | None | Unset = UNSET
    """ Date of the last change """
    comment: str | Unset = UNSET
    """ Comment """
    deleted: bool | Unset = UNSET
    """ Whether the transaction is deleted """
    good_special_number: str | Unset = UNSET
    """ Special number, such as a certificate code """
    service_amount: float | Unset = UNSET
    """ Quantity of the service """
    sale_amount: float | Unset = UNSET
    """ Quantity sold """
    service_unit_id: int | Unset = UNSET
    """ ID of the service unit """
    sale_unit_id: int | Unset = UNSET
    """ ID of the sale unit """
    operation_unit_type: float | Unset = UNSET
    """ Unit type of the operation """
    good: RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood | Unset = UNSET
    """ Product """
    sale_unit: None | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0 | Unset = UNSET
    """ Unit of sale (object or null) """
    service_unit: None | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0 | Unset = (
        UNSET
    )
    """ Unit of sale for the service (object or null) """
    goods_marks: list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem] | Unset = UNSET
    """ Marking codes of the product """
    storage: RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage | Unset = UNSET
    """ Inventory data """
    supplier: list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem] | Unset = UNSET
    """ Supplier """
    client: (
        list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item]
        | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1
        | Unset
    ) = UNSET
    """ Customer (an array or an object) """
    master: (
        list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item]
        | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1
        | Unset
    ) = UNSET
    """ Team member (array or object) """
    unit: RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit | Unset = UNSET
    """ Measurement unit """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit,
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

        cost = self.cost

        discount = self.discount

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

        last_change_date: None | str | Unset
        if isinstance(self.last_change_date, Unset):
            last_change_date = UNSET
        elif isinstance(self.last_change_date, datetime.datetime):
            last_change_date = self.last_change_date.isoformat()
        else:
            last_change_date = self.last_change_date

        comment = self.comment

        deleted = self.deleted

        good_special_number = self.good_special_number

        service_amount = self.service_amount

        sale_amount = self.sale_amount

        service_unit_id = self.service_unit_id

        sale_unit_id = self.sale_unit_id

        operation_unit_type = self.operation_unit_type

        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        sale_unit: dict[str, Any] | None | Unset
        if isinstance(self.sale_unit, Unset):
            sale_unit = UNSET
        elif isinstance(
            self.sale_unit, RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0
        ):
            sale_unit = self.sale_unit.to_dict()
        else:
            sale_unit = self.sale_unit

        service_unit: dict[str, Any] | None | Unset
        if isinstance(self.service_unit, Unset):
            service_unit = UNSET
        elif isinstance(
            self.service_unit, RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0
        ):
            service_unit = self.service_unit.to_dict()
        else:
            service_unit = self.service_unit

        goods_marks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_marks, Unset):
            goods_marks = []
            for goods_marks_item_data in self.goods_marks:
                goods_marks_item = goods_marks_item_data.to_dict()
                goods_marks.append(goods_marks_item)

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        supplier: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = []
            for supplier_item_data in self.supplier:
                supplier_item = supplier_item_data.to_dict()
                supplier.append(supplier_item)

        client: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, list):
            client = []
            for client_type_0_item_data in self.client:
                client_type_0_item = client_type_0_item_data.to_dict()
                client.append(client_type_0_item)

        else:
            client = self.client.to_dict()

        master: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.master, Unset):
            master = UNSET
        elif isinstance(self.master, list):
            master = []
            for master_type_0_item_data in self.master:
                master_type_0_item = master_type_0_item_data.to_dict()
                master.append(master_type_0_item)

        else:
            master = self.master.to_dict()

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
        if cost is not UNSET:
            field_dict["cost"] = cost
        if discount is not UNSET:
            field_dict["discount"] = discount
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
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if good_special_number is not UNSET:
            field_dict["good_special_number"] = good_special_number
        if service_amount is not UNSET:
            field_dict["service_amount"] = service_amount
        if sale_amount is not UNSET:
            field_dict["sale_amount"] = sale_amount
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if sale_unit_id is not UNSET:
            field_dict["sale_unit_id"] = sale_unit_id
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
        if good is not UNSET:
            field_dict["good"] = good
        if sale_unit is not UNSET:
            field_dict["sale_unit"] = sale_unit
        if service_unit is not UNSET:
            field_dict["service_unit"] = service_unit
        if goods_marks is not UNSET:
            field_dict["goods_marks"] = goods_marks
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
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType,
            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit,
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
                type_ = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataType.from_dict(_type_)
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

        cost = _get("cost", UNSET)
        if type(cost) is int:
            cost = _Decimal(cost)
        elif type(cost) is not _Decimal and cost is not UNSET:
            cost = _v.money(cost, "cost")

        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

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

        last_change_date = _get("last_change_date", UNSET)
        if type(last_change_date) is str:
            try:
                last_change_date = _v.fromisoformat(last_change_date)
            except ValueError:
                last_change_date = _v.datetime_(last_change_date, "last_change_date")
        elif last_change_date is not UNSET:
            last_change_date = _v.datetime_(last_change_date, "last_change_date", True)

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _v.bool_(deleted, "deleted")

        good_special_number = _get("good_special_number", UNSET)
        if type(good_special_number) is not str and good_special_number is not UNSET:
            good_special_number = _v.str_(good_special_number, "good_special_number")

        service_amount = _get("service_amount", UNSET)
        if type(service_amount) is not float and service_amount is not UNSET:
            service_amount = _v.float_(service_amount, "service_amount")

        sale_amount = _get("sale_amount", UNSET)
        if type(sale_amount) is not float and sale_amount is not UNSET:
            sale_amount = _v.float_(sale_amount, "sale_amount")

        service_unit_id = _get("service_unit_id", UNSET)
        if type(service_unit_id) is not int and service_unit_id is not UNSET:
            service_unit_id = _v.int_(service_unit_id, "service_unit_id")

        sale_unit_id = _get("sale_unit_id", UNSET)
        if type(sale_unit_id) is not int and sale_unit_id is not UNSET:
            sale_unit_id = _v.int_(sale_unit_id, "sale_unit_id")

        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not float and operation_unit_type is not UNSET:
            operation_unit_type = _v.float_(operation_unit_type, "operation_unit_type")

        _good = _get("good", UNSET)
        if _good is UNSET:
            good = UNSET
        else:
            try:
                good = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGood.from_dict(_good)
            except _v.Invalid as _e:
                raise _v.at(_e, "good") from None

        _sale_unit = _get("sale_unit", UNSET)
        if _sale_unit is UNSET:
            sale_unit = UNSET
        elif _sale_unit is None:
            sale_unit = None
        else:
            try:
                sale_unit = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSaleUnitType0.from_dict(
                    _sale_unit
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "sale_unit") from None

        _service_unit = _get("service_unit", UNSET)
        if _service_unit is UNSET:
            service_unit = UNSET
        elif _service_unit is None:
            service_unit = None
        else:
            try:
                service_unit = (
                    RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataServiceUnitType0.from_dict(
                        _service_unit
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "service_unit") from None

        _goods_marks = _get("goods_marks", UNSET)
        if _goods_marks is UNSET:
            goods_marks = UNSET
        else:
            if type(_goods_marks) is not list:
                _goods_marks = _v.array(_goods_marks, "goods_marks")
            goods_marks = []
            try:
                for _item in _goods_marks:
                    goods_marks.append(
                        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataGoodsMarksItem.from_dict(
                            _item
                        )
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "goods_marks", goods_marks) from None

        _storage = _get("storage", UNSET)
        if _storage is UNSET:
            storage = UNSET
        else:
            try:
                storage = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataStorage.from_dict(_storage)
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
                        RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataSupplierItem.from_dict(_item)
                    )
            except _v.Invalid as _e:
                raise _v.in_list(_e, "supplier", supplier) from None

        try:

            def _parse_client(
                data: object,
            ) -> (
                list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item]
                | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    client_type_0 = []
                    _client_type_0 = data
                    for client_type_0_item_data in _client_type_0:
                        client_type_0_item = (
                            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item.from_dict(
                                client_type_0_item_data
                            )
                        )

                        client_type_0.append(client_type_0_item)

                    return client_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                client_type_1 = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1.from_dict(
                    data
                )

                return client_type_1

            client = _parse_client(_get("client", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "client",
                "list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType0Item] | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataClientType1",
                _get("client"),
            ) from None

        try:

            def _parse_master(
                data: object,
            ) -> (
                list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item]
                | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    master_type_0 = []
                    _master_type_0 = data
                    for master_type_0_item_data in _master_type_0:
                        master_type_0_item = (
                            RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item.from_dict(
                                master_type_0_item_data
                            )
                        )

                        master_type_0.append(master_type_0_item)

                    return master_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                master_type_1 = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1.from_dict(
                    data
                )

                return master_type_1

            master = _parse_master(_get("master", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "master",
                "list[RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType0Item] | RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataMasterType1",
                _get("master"),
            ) from None

        _unit = _get("unit", UNSET)
        if _unit is UNSET:
            unit = UNSET
        else:
            try:
                unit = RootTypeForStorageOperationGoodTransactionResponse200DataTypesDataUnit.from_dict(_unit)
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
        _obj.cost = cost
        _obj.discount = discount
        _obj.unit_id = unit_id
        _obj.storage_id = storage_id
        _obj.supplier_id = supplier_id
        _obj.client_id = client_id
        _obj.master_id = master_id
        _obj.create_date = create_date
        _obj.last_change_date = last_change_date
        _obj.comment = comment
        _obj.deleted = deleted
        _obj.good_special_number = good_special_number
        _obj.service_amount = service_amount
        _obj.sale_amount = sale_amount
        _obj.service_unit_id = service_unit_id
        _obj.sale_unit_id = sale_unit_id
        _obj.operation_unit_type = operation_unit_type
        _obj.good = good
        _obj.sale_unit = sale_unit
        _obj.service_unit = service_unit
        _obj.goods_marks = goods_marks
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
