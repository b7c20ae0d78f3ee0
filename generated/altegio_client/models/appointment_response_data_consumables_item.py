from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal as _Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    _LAZY = (_v,)
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "document_id",
        "type_id",
        "company_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "unit_id",
        "operation_unit_type",
        "storage_id",
        "supplier_id",
        "client_id",
        "master_id",
        "create_date",
        "comment",
        "service_id",
        "user_id",
        "deleted",
        "pkg_amount",
    }
)


T = TypeVar("T", bound="AppointmentResponseDataConsumablesItem")


@_attrs_define
class AppointmentResponseDataConsumablesItem:
    id: int | Unset = UNSET
    """ ID of the transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    type_id: int | Unset = UNSET
    """ Transaction kind """
    company_id: int | Unset = UNSET
    """ ID of the location """
    good_id: int | Unset = UNSET
    """ ID of the product """
    amount: float | Unset = UNSET
    """ Product quantity """
    cost_per_unit: float | Unset = UNSET
    """ Price per unit """
    discount: float | Unset = UNSET
    """ Whether it is a discount """
    cost: Any | Unset = UNSET
    """ Final price (Decimal) """
    unit_id: int | Unset = UNSET
    """ ID of the unit """
    operation_unit_type: float | Unset = UNSET
    """ Kind of unit: 1 - sale, 2 - write-off """
    storage_id: int | Unset = UNSET
    """ ID of the inventory """
    supplier_id: int | Unset = UNSET
    """ ID of the vendor """
    client_id: int | Unset = UNSET
    """ ID of the client """
    master_id: int | Unset = UNSET
    """ ID of the team member """
    create_date: datetime.datetime | None | Unset = UNSET
    """ Date the transaction was created """
    comment: str | Unset = UNSET
    """ Comment """
    service_id: int | Unset = UNSET
    """ ID of the service """
    user_id: int | Unset = UNSET
    """ ID of the user """
    deleted: bool | Unset = UNSET
    """ Transaction deleted status: 1 when deleted """
    pkg_amount: float | Unset = UNSET
    """ Package count """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        type_id = self.type_id

        company_id = self.company_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        unit_id = self.unit_id

        operation_unit_type = self.operation_unit_type

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

        service_id = self.service_id

        user_id = self.user_id

        deleted = self.deleted

        pkg_amount = self.pkg_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
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
        if operation_unit_type is not UNSET:
            field_dict["operation_unit_type"] = operation_unit_type
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
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if pkg_amount is not UNSET:
            field_dict["pkg_amount"] = pkg_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
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

        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not float and operation_unit_type is not UNSET:
            operation_unit_type = _v.float_(operation_unit_type, "operation_unit_type")

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

        service_id = _get("service_id", UNSET)
        if type(service_id) is not int and service_id is not UNSET:
            service_id = _v.int_(service_id, "service_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _v.bool_(deleted, "deleted")

        pkg_amount = _get("pkg_amount", UNSET)
        if type(pkg_amount) is not float and pkg_amount is not UNSET:
            pkg_amount = _v.float_(pkg_amount, "pkg_amount")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.document_id = document_id
        _obj.type_id = type_id
        _obj.company_id = company_id
        _obj.good_id = good_id
        _obj.amount = amount
        _obj.cost_per_unit = cost_per_unit
        _obj.discount = discount
        _obj.cost = cost
        _obj.unit_id = unit_id
        _obj.operation_unit_type = operation_unit_type
        _obj.storage_id = storage_id
        _obj.supplier_id = supplier_id
        _obj.client_id = client_id
        _obj.master_id = master_id
        _obj.create_date = create_date
        _obj.comment = comment
        _obj.service_id = service_id
        _obj.user_id = user_id
        _obj.deleted = deleted
        _obj.pkg_amount = pkg_amount

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
