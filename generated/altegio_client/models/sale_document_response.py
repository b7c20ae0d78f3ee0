from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_response_data import SaleDocumentResponseData
    from ..models.sale_document_response_meta_type_0 import SaleDocumentResponseMetaType0

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.sale_document_response_data import SaleDocumentResponseData  # noqa: PLC0415
    from ..models.sale_document_response_meta_type_0 import SaleDocumentResponseMetaType0  # noqa: PLC0415

    _LAZY = (
        _v,
        SaleDocumentResponseData,
        SaleDocumentResponseMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="SaleDocumentResponse")


@_attrs_define
class SaleDocumentResponse:
    """A sale operation

    Example:
        {'success': True, 'data': {'state': {'items': [{'id': 2181520, 'type': 'good', 'title': 'item 12', 'amount': 1,
            'default_cost_per_unit': 1300, 'default_cost_total': 1300, 'client_discount_percent': 10, 'cost_to_pay_total':
            1170}, {'id': 22017, 'type': 'service', 'document_id': 8200391, 'title': 'Manicure', 'amount': 1,
            'default_cost_per_unit': 500, 'default_cost_total': 500, 'client_discount_percent': 10, 'cost_to_pay_total':
            450}], 'loyalty_transactions': [{'id': 25042, 'document_id': 8201102, 'sale_item_id': 2181521, 'sale_item_type':
            'good', 'amount': 9.9, 'type_id': 11, 'created_at': '2026-09-21T23:00:00.000-05:00', 'deposit_transaction_id':
            775, 'chain': {'id': 500, 'title': 'YC BE chain'}, 'type': {'id': 11, 'title': 'Withdrawal from personal
            account'}, 'deposit': {'id': 220, 'balance': 990.1, 'reserved_balance': 0, 'type': {'id': 5, 'title': 'deposit
            1'}}}, {'id': 25043, 'document_id': 8201102, 'amount': 0.1, 'type_id': 2, 'created_at':
            '2026-09-21T23:00:00.000-05:00', 'loyalty_card_id': 185395, 'loyalty_program_id': 264, 'chain': {'id': 231,
            'title': 'Example chain.'}, 'type': {'id': 2, 'title': 'Loyalty programs'}, 'loyalty_card': {'id': 185395,
            'type_id': 265, 'number': 23100185395, 'balance': 50.15, 'type': {'id': 265, 'type': 'Loyalty program template
            test'}, 'chain': {'id': 231, 'title': 'Example chain.'}}, 'loyalty_program': {'id': 264, 'title': 'CASHBACK
            BigBro', 'type_id': 7, 'is_value_percent': True, 'type': {'id': 7, 'title': 'Cumulative cashback (paid)'},
            'chain': {'id': 231, 'title': 'Example chain.'}}}, {'id': 25050, 'document_id': 8201102, 'sale_item_id':
            2181521, 'sale_item_type': 'good', 'amount': 100, 'type_id': 8, 'created_at': '2026-09-21T23:00:00.000-05:00',
            'loyalty_certificate_id': 339, 'chain': {'id': 79, 'title': 'Bank 24'}, 'type': {'id': 8, 'title': 'Write-off
            from the certificate'}, 'loyalty_certificate': {'id': 339, 'balance': 0, 'applicable_balance': 0, 'type': {'id':
            20, 'title': 'Test Certificate', 'is_code_required': True}, 'chain': {'id': 231, 'title': 'Example chain.'}}}],
            'payment_transactions': [{'id': 6033940, 'document_id': 8200904, 'sale_item_id': 2181442, 'sale_item_type':
            'good', 'expense_id': 7, 'account_id': 90218, 'amount': 32, 'account': {'id': 90218, 'title': 'Cash by default',
            'is_cash': True, 'is_default': True}, 'expense': {'id': 7, 'title': 'Sale of goods'}}, {'id': 6033941,
            'document_id': 8200904, 'sale_item_id': 2181442, 'sale_item_type': 'good', 'expense_id': 7, 'account_id': 90218,
            'amount': 27, 'account': {'id': 90218, 'title': 'location account', 'is_cash': True, 'is_default': False},
            'expense': {'id': 7, 'title': 'Sale of goods'}}, {'id': 6034121, 'document_id': 8201102, 'sale_item_id':
            2181521, 'sale_item_type': 'good', 'expense_id': 7, 'account_id': 23182, 'amount': 43, 'account': {'id': 23182,
            'title': 'Cards - acquiring by default', 'is_cash': False, 'is_default': True}, 'expense': {'id': 7, 'title':
            'Sale of goods'}}, {'id': 6034122, 'document_id': 8201102, 'sale_item_id': 2181521, 'sale_item_type': 'good',
            'expense_id': 7, 'account_id': 23182, 'amount': 12, 'account': {'id': 23182, 'title': 'Cards - acquiring',
            'is_cash': False, 'is_default': False}, 'expense': {'id': 7, 'title': 'Sale of goods'}}]}, 'kkm_state':
            {'last_operation_type': 1, 'transactions': [{'id': 2424, 'document_id': 8200904, 'print_date':
            '2026-09-21T23:00:00.000-05:00', 'printed_count': 0, 'sum': 0, 'type': {'id': 0, 'title': 'Sale operation'},
            'status': {'id': 1, 'title': 'Successfully'}, 'document': {'id': 7215, 'type': 1, 'type_title': 'Sale of
            goods'}, 'cashier': {'id': 746310, 'name': 'Jack Smith'}}]}, 'payment_methods': [{'slug': 'account',
            'is_applicable': False, 'applicable_amount': 1170, 'applicable_count': 0, 'applicable_value': 0, 'account_id':
            36785, 'account': {'id': 36785, 'title': 'Location account - non-cash', 'is_cash': False}}, {'slug':
            'loyalty_card', 'is_applicable': True, 'applicable_amount': 51.65, 'applicable_count': 0, 'applicable_value': 0,
            'loyalty_card_id': 19283, 'loyalty_card': {'id': 19283, 'type_id': 155, 'number': 31200019283, 'balance': 51.65,
            'type': {'id': 155, 'type': 'discount card'}, 'chain': {'id': 312, 'title': 'Trinity group'}}}, {'slug':
            'loyalty_program', 'is_applicable': True, 'applicable_amount': 234, 'applicable_count': 0, 'applicable_value':
            20, 'loyalty_card_id': 19283, 'loyalty_program_id': 183, 'loyalty_card': {'id': 19283, 'type_id': 155, 'number':
            31200019283, 'balance': 51.65, 'type': {'id': 155, 'type': 'discount card'}, 'chain': {'id': 312, 'title':
            'Trinity group'}}, 'loyalty_program': {'id': 183, 'title': 'permanent discount', 'type_id': 1,
            'is_value_percent': True, 'type': {'id': 1, 'title': 'Fixed discount'}, 'chain': {'id': 312, 'title': 'Trinity
            group'}}}, {'slug': 'loyalty_abonement', 'is_applicable': False, 'applicable_amount': 0, 'applicable_count': 0,
            'applicable_value': 0, 'loyalty_abonement_id': 27, 'loyalty_abonement': {'id': 27, 'is_united_balance': False,
            'united_balance': 0, 'type': {'id': 7, 'title': 'subscription to 5000 QA net', 'is_code_required': True},
            'chain': {'id': 231, 'title': 'Example chain.'}, 'balance_container': {'links': [{'count': 5, 'category': {'id':
            229680, 'category_id': 1, 'title': 'Manicure'}}, {'count': 5, 'category': {'id': 429813, 'category_id': 429812,
            'title': '1 Lesson'}}]}}}, {'slug': 'loyalty_certificate', 'is_applicable': True, 'applicable_amount': 1170,
            'applicable_count': 0, 'applicable_value': 0, 'loyalty_certificate_id': 338, 'loyalty_certificate': {'id': 338,
            'balance': 10000, 'applicable_balance': 10000, 'type': {'id': 130, 'title': 'test', 'is_code_required': True},
            'chain': {'id': 231, 'title': 'Example chain.'}}}, {'slug': 'referral_loyalty_program', 'is_applicable': False,
            'applicable_amount': 0, 'applicable_count': 0, 'applicable_value': 0, 'loyalty_program_id': 424,
            'loyalty_program': {'id': 424, 'title': 'Fixed discount', 'type_id': 1, 'is_value_percent': True, 'type': {'id':
            1, 'title': 'Fixed discount'}, 'chain': {'id': 231, 'title': 'Example chain.'}}}, {'slug': 'deposit',
            'is_applicable': True, 'applicable_amount': 9.9, 'applicable_count': 0, 'applicable_value': 0, 'deposit_id':
            220, 'deposit': {'id': 220, 'balance': 1000, 'reserved_balance': 0, 'type': {'id': 5, 'title': 'deposit 1'}}}]},
            'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: SaleDocumentResponseData | Unset = UNSET
    """ Payload """
    meta: list[Any] | SaleDocumentResponseMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SaleDocumentResponseData,
            SaleDocumentResponseMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, SaleDocumentResponseMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SaleDocumentResponseData,
            SaleDocumentResponseMetaType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        _data = _get("data", UNSET)
        if _data is UNSET:
            data = UNSET
        else:
            try:
                data = SaleDocumentResponseData.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        try:

            def _parse_meta(data: object) -> list[Any] | SaleDocumentResponseMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = SaleDocumentResponseMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "meta", "list[Any] | SaleDocumentResponseMetaType0", _get("meta")) from None

        _obj = cls.__new__(cls)
        _obj.success = success
        _obj.data = data
        _obj.meta = meta

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
