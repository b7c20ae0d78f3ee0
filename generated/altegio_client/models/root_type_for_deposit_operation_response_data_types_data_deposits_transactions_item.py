from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,  # noqa: PLC0415
    )
    from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type import (
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
        RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "salon_id",
        "salon_group_id",
        "document_id",
        "deposit_id",
        "deposit_type_id",
        "master_id",
        "user_id",
        "amount",
        "balance_after",
        "reserved_balance_after",
        "comment",
        "date_create",
        "deleted",
        "date_delete",
        "deposit",
        "deposit_type",
    }
)


T = TypeVar("T", bound="RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem")


@_attrs_define
class RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItem:
    id: int | Unset = UNSET
    """ ID of the client account transaction """
    salon_id: int | Unset = UNSET
    """ ID of the location """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain """
    document_id: int | Unset = UNSET
    """ ID of the document """
    deposit_id: int | Unset = UNSET
    """ ID of the client account """
    deposit_type_id: int | Unset = UNSET
    """ ID of the personal account type """
    master_id: int | Unset = UNSET
    """ ID of the team member """
    user_id: int | Unset = UNSET
    """ ID of the user """
    amount: float | Unset = UNSET
    """ Amount of the top-up """
    balance_after: float | Unset = UNSET
    """ Balance of the personal account after the transaction """
    reserved_balance_after: float | Unset = UNSET
    """ Reserved balance of the personal account after the transaction """
    comment: str | Unset = UNSET
    """ Comment """
    date_create: str | Unset = UNSET
    """ When it was created """
    deleted: bool | Unset = UNSET
    """ Whether the transaction was deleted """
    date_delete: str | Unset = UNSET
    """ When it was deleted """
    deposit: RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit | Unset = UNSET
    """ Personal account """
    deposit_type: RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType | Unset = UNSET
    """ Kind of personal account """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,
        ) = _LAZY or _lazy()
        id = self.id

        salon_id = self.salon_id

        salon_group_id = self.salon_group_id

        document_id = self.document_id

        deposit_id = self.deposit_id

        deposit_type_id = self.deposit_type_id

        master_id = self.master_id

        user_id = self.user_id

        amount = self.amount

        balance_after = self.balance_after

        reserved_balance_after = self.reserved_balance_after

        comment = self.comment

        date_create = self.date_create

        deleted = self.deleted

        date_delete = self.date_delete

        deposit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit, Unset):
            deposit = self.deposit.to_dict()

        deposit_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = self.deposit_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if deposit_id is not UNSET:
            field_dict["deposit_id"] = deposit_id
        if deposit_type_id is not UNSET:
            field_dict["deposit_type_id"] = deposit_type_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reserved_balance_after is not UNSET:
            field_dict["reserved_balance_after"] = reserved_balance_after
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if date_delete is not UNSET:
            field_dict["date_delete"] = date_delete
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        salon_id = _get("salon_id", UNSET)
        if type(salon_id) is not int and salon_id is not UNSET:
            salon_id = _v.int_(salon_id, "salon_id")

        salon_group_id = _get("salon_group_id", UNSET)
        if type(salon_group_id) is not int and salon_group_id is not UNSET:
            salon_group_id = _v.int_(salon_group_id, "salon_group_id")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _v.int_(document_id, "document_id")

        deposit_id = _get("deposit_id", UNSET)
        if type(deposit_id) is not int and deposit_id is not UNSET:
            deposit_id = _v.int_(deposit_id, "deposit_id")

        deposit_type_id = _get("deposit_type_id", UNSET)
        if type(deposit_type_id) is not int and deposit_type_id is not UNSET:
            deposit_type_id = _v.int_(deposit_type_id, "deposit_type_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not int and master_id is not UNSET:
            master_id = _v.int_(master_id, "master_id")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not int and user_id is not UNSET:
            user_id = _v.int_(user_id, "user_id")

        amount = _get("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = _v.float_(amount, "amount")

        balance_after = _get("balance_after", UNSET)
        if type(balance_after) is not float and balance_after is not UNSET:
            balance_after = _v.float_(balance_after, "balance_after")

        reserved_balance_after = _get("reserved_balance_after", UNSET)
        if type(reserved_balance_after) is not float and reserved_balance_after is not UNSET:
            reserved_balance_after = _v.float_(reserved_balance_after, "reserved_balance_after")

        comment = _get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = _v.str_(comment, "comment")

        date_create = _get("date_create", UNSET)
        if type(date_create) is not str and date_create is not UNSET:
            date_create = _v.str_(date_create, "date_create")

        deleted = _get("deleted", UNSET)
        if type(deleted) is not bool and deleted is not UNSET:
            deleted = _v.bool_(deleted, "deleted")

        date_delete = _get("date_delete", UNSET)
        if type(date_delete) is not str and date_delete is not UNSET:
            date_delete = _v.str_(date_delete, "date_delete")

        _deposit = _get("deposit", UNSET)
        if _deposit is UNSET:
            deposit = UNSET
        else:
            try:
                deposit = RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit.from_dict(
                    _deposit
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "deposit") from None

        _deposit_type = _get("deposit_type", UNSET)
        if _deposit_type is UNSET:
            deposit_type = UNSET
        else:
            try:
                deposit_type = (
                    RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType.from_dict(
                        _deposit_type
                    )
                )
            except _v.Invalid as _e:
                raise _v.at(_e, "deposit_type") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.salon_id = salon_id
        _obj.salon_group_id = salon_group_id
        _obj.document_id = document_id
        _obj.deposit_id = deposit_id
        _obj.deposit_type_id = deposit_type_id
        _obj.master_id = master_id
        _obj.user_id = user_id
        _obj.amount = amount
        _obj.balance_after = balance_after
        _obj.reserved_balance_after = reserved_balance_after
        _obj.comment = comment
        _obj.date_create = date_create
        _obj.deleted = deleted
        _obj.date_delete = date_delete
        _obj.deposit = deposit
        _obj.deposit_type = deposit_type

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
