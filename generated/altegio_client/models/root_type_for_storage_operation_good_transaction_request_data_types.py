from __future__ import annotations

from collections.abc import Mapping
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
        "document_id",
        "good_id",
        "amount",
        "cost_per_unit",
        "discount",
        "cost",
        "operation_unit_type",
        "master_id",
        "client_id",
        "supplier_id",
        "comment",
    }
)


T = TypeVar("T", bound="RootTypeForStorageOperationGoodTransactionRequestDataTypes")


@_attrs_define
class RootTypeForStorageOperationGoodTransactionRequestDataTypes:
    """Create a transaction

    Example:
        {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
            'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0, 'supplier_id': 0, 'comment': 'Transaction
            comment'}

    """

    document_id: float
    """ ID of the document """
    good_id: float
    """ ID of the product """
    amount: float
    """ How many """
    cost_per_unit: float
    """ Cost per unit """
    discount: float
    """ Discount, per cent """
    cost: float
    """ Overall amount of the transaction """
    operation_unit_type: float
    """ Unit type: 1 - for sale, 2 - for write-off """
    master_id: float | Unset = UNSET
    """ ID of the team member who made the product sale """
    client_id: float | Unset = UNSET
    """ ID of the customer who purchased the product """
    supplier_id: float | Unset = UNSET
    """ ID of the vendor """
    comment: str | Unset = UNSET
    """ Comment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        good_id = self.good_id

        amount = self.amount

        cost_per_unit = self.cost_per_unit

        discount = self.discount

        cost = self.cost

        operation_unit_type = self.operation_unit_type

        master_id = self.master_id

        client_id = self.client_id

        supplier_id = self.supplier_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "good_id": good_id,
                "amount": amount,
                "cost_per_unit": cost_per_unit,
                "discount": discount,
                "cost": cost,
                "operation_unit_type": operation_unit_type,
            }
        )
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "document_id" not in src_dict:
            raise _v.missing("document_id")
        document_id = _get("document_id", UNSET)
        if type(document_id) is not float and document_id is not UNSET:
            document_id = _v.float_(document_id, "document_id")

        if "good_id" not in src_dict:
            raise _v.missing("good_id")
        good_id = _get("good_id", UNSET)
        if type(good_id) is not float and good_id is not UNSET:
            good_id = _v.float_(good_id, "good_id")

        if "amount" not in src_dict:
            raise _v.missing("amount")
        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        if "cost_per_unit" not in src_dict:
            raise _v.missing("cost_per_unit")
        cost_per_unit = _get("cost_per_unit", UNSET)
        if type(cost_per_unit) is not float and cost_per_unit is not UNSET:
            cost_per_unit = _v.float_(cost_per_unit, "cost_per_unit")

        if "discount" not in src_dict:
            raise _v.missing("discount")
        discount = _get("discount", UNSET)
        if type(discount) is not float and discount is not UNSET:
            discount = _v.float_(discount, "discount")

        if "cost" not in src_dict:
            raise _v.missing("cost")
        cost = _get("cost", UNSET)
        if type(cost) is not float and cost is not UNSET:
            cost = _v.float_(cost, "cost")

        if "operation_unit_type" not in src_dict:
            raise _v.missing("operation_unit_type")
        operation_unit_type = _get("operation_unit_type", UNSET)
        if type(operation_unit_type) is not float and operation_unit_type is not UNSET:
            operation_unit_type = _v.float_(operation_unit_type, "operation_unit_type")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not float and master_id is not UNSET:
            master_id = _v.float_(master_id, "master_id")

        client_id = _get("client_id", UNSET)
        if type(client_id) is not float and client_id is not UNSET:
            client_id = _v.float_(client_id, "client_id")

        supplier_id = _get("supplier_id", UNSET)
        if type(supplier_id) is not float and supplier_id is not UNSET:
            supplier_id = _v.float_(supplier_id, "supplier_id")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        _obj = cls.__new__(cls)
        _obj.document_id = document_id
        _obj.good_id = good_id
        _obj.amount = amount
        _obj.cost_per_unit = cost_per_unit
        _obj.discount = discount
        _obj.cost = cost
        _obj.operation_unit_type = operation_unit_type
        _obj.master_id = master_id
        _obj.client_id = client_id
        _obj.supplier_id = supplier_id
        _obj.comment = comment

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
