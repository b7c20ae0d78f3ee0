from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_response_data_state_payment_transactions_item_account import (
        SaleDocumentResponseDataStatePaymentTransactionsItemAccount,
    )
    from ..models.sale_document_response_data_state_payment_transactions_item_expense import (
        SaleDocumentResponseDataStatePaymentTransactionsItemExpense,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.sale_document_response_data_state_payment_transactions_item_account import (
        SaleDocumentResponseDataStatePaymentTransactionsItemAccount,  # noqa: PLC0415
    )
    from ..models.sale_document_response_data_state_payment_transactions_item_expense import (
        SaleDocumentResponseDataStatePaymentTransactionsItemExpense,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        SaleDocumentResponseDataStatePaymentTransactionsItemAccount,
        SaleDocumentResponseDataStatePaymentTransactionsItemExpense,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "document_id",
        "sale_item_id",
        "sale_item_type",
        "expense_id",
        "account_id",
        "created_at",
        "account",
        "expense",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseDataStatePaymentTransactionsItem")


@_attrs_define
class SaleDocumentResponseDataStatePaymentTransactionsItem:
    id: int | Unset = UNSET
    """ ID of the payment transaction """
    document_id: int | Unset = UNSET
    """ ID of the document """
    sale_item_id: int | Unset = UNSET
    """ ID of the sold item """
    sale_item_type: str | Unset = UNSET
    """ Kind of sold item """
    expense_id: int | Unset = UNSET
    """ ID of the payment item (expense category) """
    account_id: int | Unset = UNSET
    """ ID of the cash account """
    created_at: str | Unset = UNSET
    """ When it was created """
    account: SaleDocumentResponseDataStatePaymentTransactionsItemAccount | Unset = UNSET
    """ Cash account """
    expense: SaleDocumentResponseDataStatePaymentTransactionsItemExpense | Unset = UNSET
    """ Payment item (expense category) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SaleDocumentResponseDataStatePaymentTransactionsItemAccount,
            SaleDocumentResponseDataStatePaymentTransactionsItemExpense,
        ) = _LAZY or _lazy()
        id = self.id

        document_id = self.document_id

        sale_item_id = self.sale_item_id

        sale_item_type = self.sale_item_type

        expense_id = self.expense_id

        account_id = self.account_id

        created_at = self.created_at

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expense, Unset):
            expense = self.expense.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if sale_item_id is not UNSET:
            field_dict["sale_item_id"] = sale_item_id
        if sale_item_type is not UNSET:
            field_dict["sale_item_type"] = sale_item_type
        if expense_id is not UNSET:
            field_dict["expense_id"] = expense_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if account is not UNSET:
            field_dict["account"] = account
        if expense is not UNSET:
            field_dict["expense"] = expense

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SaleDocumentResponseDataStatePaymentTransactionsItemAccount,
            SaleDocumentResponseDataStatePaymentTransactionsItemExpense,
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

        sale_item_id = _get("sale_item_id", UNSET)
        if type(sale_item_id) is not int and sale_item_id is not UNSET:
            sale_item_id = _v.int_(sale_item_id, "sale_item_id")

        sale_item_type = _get("sale_item_type", UNSET)
        if type(sale_item_type) is not str and sale_item_type is not UNSET:
            sale_item_type = _v.str_(sale_item_type, "sale_item_type")

        expense_id = _get("expense_id", UNSET)
        if type(expense_id) is not int and expense_id is not UNSET:
            expense_id = _v.int_(expense_id, "expense_id")

        account_id = _get("account_id", UNSET)
        if type(account_id) is not int and account_id is not UNSET:
            account_id = _v.int_(account_id, "account_id")

        created_at = _get("created_at", UNSET)
        if type(created_at) is not str and created_at is not UNSET:
            created_at = _v.str_(created_at, "created_at")

        _account = _get("account", UNSET)
        if _account is UNSET:
            account = UNSET
        else:
            try:
                account = SaleDocumentResponseDataStatePaymentTransactionsItemAccount.from_dict(_account)
            except _v.Invalid as _e:
                raise _v.at(_e, "account") from None

        _expense = _get("expense", UNSET)
        if _expense is UNSET:
            expense = UNSET
        else:
            try:
                expense = SaleDocumentResponseDataStatePaymentTransactionsItemExpense.from_dict(_expense)
            except _v.Invalid as _e:
                raise _v.at(_e, "expense") from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.document_id = document_id
        _obj.sale_item_id = sale_item_id
        _obj.sale_item_type = sale_item_type
        _obj.expense_id = expense_id
        _obj.account_id = account_id
        _obj.created_at = created_at
        _obj.account = account
        _obj.expense = expense

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
