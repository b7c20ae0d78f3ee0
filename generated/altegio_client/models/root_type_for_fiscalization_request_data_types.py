from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.root_type_for_fiscalization_request_data_types_type import (
    RootTypeForFiscalizationRequestDataTypesType,
    check_root_type_for_fiscalization_request_data_types_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_fiscalization_request_data_types_cashier import (
        RootTypeForFiscalizationRequestDataTypesCashier,
    )
    from ..models.root_type_for_fiscalization_request_data_types_customer import (
        RootTypeForFiscalizationRequestDataTypesCustomer,
    )
    from ..models.root_type_for_fiscalization_request_data_types_payments_item import (
        RootTypeForFiscalizationRequestDataTypesPaymentsItem,
    )
    from ..models.root_type_for_fiscalization_request_data_types_pos import RootTypeForFiscalizationRequestDataTypesPos
    from ..models.root_type_for_fiscalization_request_data_types_positions_item import (
        RootTypeForFiscalizationRequestDataTypesPositionsItem,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_fiscalization_request_data_types_cashier import (
        RootTypeForFiscalizationRequestDataTypesCashier,  # noqa: PLC0415
    )
    from ..models.root_type_for_fiscalization_request_data_types_customer import (
        RootTypeForFiscalizationRequestDataTypesCustomer,  # noqa: PLC0415
    )
    from ..models.root_type_for_fiscalization_request_data_types_payments_item import (
        RootTypeForFiscalizationRequestDataTypesPaymentsItem,  # noqa: PLC0415
    )
    from ..models.root_type_for_fiscalization_request_data_types_pos import RootTypeForFiscalizationRequestDataTypesPos  # noqa: PLC0415
    from ..models.root_type_for_fiscalization_request_data_types_positions_item import (
        RootTypeForFiscalizationRequestDataTypesPositionsItem,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForFiscalizationRequestDataTypesCashier,
        RootTypeForFiscalizationRequestDataTypesCustomer,
        RootTypeForFiscalizationRequestDataTypesPaymentsItem,
        RootTypeForFiscalizationRequestDataTypesPos,
        RootTypeForFiscalizationRequestDataTypesPositionsItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "date",
        "document_id",
        "type",
        "print_receipt",
        "customer",
        "positions",
        "payments",
        "tax",
        "cashier",
        "pos",
        "callback_url",
        "custom_text",
    }
)


T = TypeVar("T", bound="RootTypeForFiscalizationRequestDataTypes")


@_attrs_define
class RootTypeForFiscalizationRequestDataTypes:
    """Sample request for fiscalizing a document

    Example:
        {'id': 'd72fece5-6825-4895-9395-0133195612a4', 'date': '2026-09-21T23:00:00.000-05:00', 'document_id':
            239083104, 'type': 'sale', 'print_receipt': True, 'customer': {'email': 'customer@example.com', 'phone':
            '+13155550175'}, 'positions': [{'type': 'service', 'title': 'Consultation', 'price': 13.19, 'quantity': 1,
            'discount_amount': 2.54, 'vat': 'ru_vat_10', 'payment_method': 'payment', 'barcode': '12345'}], 'payments':
            [{'type': 'card', 'sum': 5.55}, {'type': 'cash', 'sum': 4.55}, {'type': 'prepaid', 'sum': 0.55}], 'tax':
            'ru_osn', 'cashier': {'uid': '4895-9395-0133195612a4', 'name': 'John Smith', 'position': 'Cashier'}, 'pos':
            {'enabled': True, 'slip_count': 2}, 'callback_url': 'https://app.alteg.io/api/v1/integration/kkm/callback/',
            'custom_text': 'some custom text'}

    """

    id: str | Unset = UNSET
    """ Unique identifier of the sales document """
    date: datetime.datetime | Unset = UNSET
    """ When the document was sent to print (ISO-8601) """
    document_id: int | Unset = UNSET
    """ Document ID used internally by Altegio """
    type_: RootTypeForFiscalizationRequestDataTypesType | Unset = UNSET
    """ Kind of document (see the list of allowed values) """
    print_receipt: bool | Unset = UNSET
    """ Whether a paper receipt is printed at the checkout on fiscalization """
    customer: RootTypeForFiscalizationRequestDataTypesCustomer | Unset = UNSET
    """ Client object """
    positions: list[RootTypeForFiscalizationRequestDataTypesPositionsItem] | Unset = UNSET
    """ Line items of the check """
    payments: list[RootTypeForFiscalizationRequestDataTypesPaymentsItem] | Unset = UNSET
    """ Fees applied to each check """
    tax: str | Unset = UNSET
    """ Taxation system type (a slug from the taxation systems list) """
    cashier: RootTypeForFiscalizationRequestDataTypesCashier | Unset = UNSET
    """ Cashier entity """
    pos: RootTypeForFiscalizationRequestDataTypesPos | Unset = UNSET
    """ Settings of the connected POS terminal """
    callback_url: str | Unset = UNSET
    """ URL for updating the fiscal status """
    custom_text: str | Unset = UNSET
    """ Free text printed on the receipt """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForFiscalizationRequestDataTypesCashier,
            RootTypeForFiscalizationRequestDataTypesCustomer,
            RootTypeForFiscalizationRequestDataTypesPaymentsItem,
            RootTypeForFiscalizationRequestDataTypesPos,
            RootTypeForFiscalizationRequestDataTypesPositionsItem,
        ) = _LAZY or _lazy()
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        document_id = self.document_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        print_receipt = self.print_receipt

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        tax = self.tax

        cashier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cashier, Unset):
            cashier = self.cashier.to_dict()

        pos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pos, Unset):
            pos = self.pos.to_dict()

        callback_url = self.callback_url

        custom_text = self.custom_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if print_receipt is not UNSET:
            field_dict["print_receipt"] = print_receipt
        if customer is not UNSET:
            field_dict["customer"] = customer
        if positions is not UNSET:
            field_dict["positions"] = positions
        if payments is not UNSET:
            field_dict["payments"] = payments
        if tax is not UNSET:
            field_dict["tax"] = tax
        if cashier is not UNSET:
            field_dict["cashier"] = cashier
        if pos is not UNSET:
            field_dict["pos"] = pos
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if custom_text is not UNSET:
            field_dict["custom_text"] = custom_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            RootTypeForFiscalizationRequestDataTypesCashier,
            RootTypeForFiscalizationRequestDataTypesCustomer,
            RootTypeForFiscalizationRequestDataTypesPaymentsItem,
            RootTypeForFiscalizationRequestDataTypesPos,
            RootTypeForFiscalizationRequestDataTypesPositionsItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = _v.str_(id, "id")

        date = _get("date", UNSET)
        if type(date) is str:
            try:
                date = _v.fromisoformat(date)
            except ValueError:
                date = _v.datetime_(date, "date")
        elif date is not UNSET:
            date = _v.datetime_(date, "date")

        document_id = _get("document_id", UNSET)
        if type(document_id) is not int and document_id is not UNSET:
            document_id = _v.int_(document_id, "document_id")

        try:
            _type_ = _get("type", UNSET)
            type_: RootTypeForFiscalizationRequestDataTypesType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_root_type_for_fiscalization_request_data_types_type(_type_)

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "type", "RootTypeForFiscalizationRequestDataTypesType", _get("type")) from None

        print_receipt = _get("print_receipt", UNSET)
        if type(print_receipt) is not bool and print_receipt is not UNSET:
            print_receipt = _v.bool_(print_receipt, "print_receipt")

        _customer = _get("customer", UNSET)
        if _customer is UNSET:
            customer = UNSET
        else:
            try:
                customer = RootTypeForFiscalizationRequestDataTypesCustomer.from_dict(_customer)
            except _v.Invalid as _e:
                raise _v.at(_e, "customer") from None

        _positions = _get("positions", UNSET)
        if _positions is UNSET:
            positions = UNSET
        else:
            if type(_positions) is not list:
                _positions = _v.array(_positions, "positions")
            positions = []
            try:
                for _item in _positions:
                    positions.append(RootTypeForFiscalizationRequestDataTypesPositionsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "positions", positions) from None

        _payments = _get("payments", UNSET)
        if _payments is UNSET:
            payments = UNSET
        else:
            if type(_payments) is not list:
                _payments = _v.array(_payments, "payments")
            payments = []
            try:
                for _item in _payments:
                    payments.append(RootTypeForFiscalizationRequestDataTypesPaymentsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "payments", payments) from None

        tax = _get("tax", UNSET)
        if type(tax) is not str and tax is not UNSET:
            tax = _v.str_(tax, "tax")

        _cashier = _get("cashier", UNSET)
        if _cashier is UNSET:
            cashier = UNSET
        else:
            try:
                cashier = RootTypeForFiscalizationRequestDataTypesCashier.from_dict(_cashier)
            except _v.Invalid as _e:
                raise _v.at(_e, "cashier") from None

        _pos = _get("pos", UNSET)
        if _pos is UNSET:
            pos = UNSET
        else:
            try:
                pos = RootTypeForFiscalizationRequestDataTypesPos.from_dict(_pos)
            except _v.Invalid as _e:
                raise _v.at(_e, "pos") from None

        callback_url = _get("callback_url", UNSET)
        if type(callback_url) is not str and callback_url is not UNSET:
            callback_url = _v.str_(callback_url, "callback_url")

        custom_text = _get("custom_text", UNSET)
        if type(custom_text) is not str and custom_text is not UNSET:
            custom_text = _v.str_(custom_text, "custom_text")

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.date = date
        _obj.document_id = document_id
        _obj.type_ = type_
        _obj.print_receipt = print_receipt
        _obj.customer = customer
        _obj.positions = positions
        _obj.payments = payments
        _obj.tax = tax
        _obj.cashier = cashier
        _obj.pos = pos
        _obj.callback_url = callback_url
        _obj.custom_text = custom_text

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
