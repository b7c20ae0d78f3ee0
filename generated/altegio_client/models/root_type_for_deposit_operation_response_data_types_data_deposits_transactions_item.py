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
        from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit import (
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit,  # noqa: PLC0415
        )
        from ..models.root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item_deposit_type import (
            RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        document_id = d.pop("document_id", UNSET)

        deposit_id = d.pop("deposit_id", UNSET)

        deposit_type_id = d.pop("deposit_type_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount = d.pop("amount", UNSET)

        balance_after = d.pop("balance_after", UNSET)

        reserved_balance_after = d.pop("reserved_balance_after", UNSET)

        comment = d.pop("comment", UNSET)

        date_create = d.pop("date_create", UNSET)

        deleted = d.pop("deleted", UNSET)

        date_delete = d.pop("date_delete", UNSET)

        _deposit = d.pop("deposit", UNSET)
        deposit: RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit | Unset
        if isinstance(_deposit, Unset):
            deposit = UNSET
        else:
            deposit = RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDeposit.from_dict(
                _deposit
            )

        _deposit_type = d.pop("deposit_type", UNSET)
        deposit_type: RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType | Unset
        if isinstance(_deposit_type, Unset):
            deposit_type = UNSET
        else:
            deposit_type = (
                RootTypeForDepositOperationResponseDataTypesDataDepositsTransactionsItemDepositType.from_dict(
                    _deposit_type
                )
            )

        root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item = cls(
            id=id,
            salon_id=salon_id,
            salon_group_id=salon_group_id,
            document_id=document_id,
            deposit_id=deposit_id,
            deposit_type_id=deposit_type_id,
            master_id=master_id,
            user_id=user_id,
            amount=amount,
            balance_after=balance_after,
            reserved_balance_after=reserved_balance_after,
            comment=comment,
            date_create=date_create,
            deleted=deleted,
            date_delete=date_delete,
            deposit=deposit,
            deposit_type=deposit_type,
        )

        root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item.additional_properties = d
        return root_type_for_deposit_operation_response_data_types_data_deposits_transactions_item

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
