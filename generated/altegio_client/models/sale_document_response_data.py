from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_response_data_kkm_state import SaleDocumentResponseDataKkmState
    from ..models.sale_document_response_data_payment_methods_item import SaleDocumentResponseDataPaymentMethodsItem
    from ..models.sale_document_response_data_state import SaleDocumentResponseDataState

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.sale_document_response_data_kkm_state import SaleDocumentResponseDataKkmState  # noqa: PLC0415
    from ..models.sale_document_response_data_payment_methods_item import SaleDocumentResponseDataPaymentMethodsItem  # noqa: PLC0415
    from ..models.sale_document_response_data_state import SaleDocumentResponseDataState  # noqa: PLC0415

    _LAZY = (
        _v,
        SaleDocumentResponseDataKkmState,
        SaleDocumentResponseDataPaymentMethodsItem,
        SaleDocumentResponseDataState,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "state",
        "kkm_state",
        "payment_methods",
    }
)


T = TypeVar("T", bound="SaleDocumentResponseData")


@_attrs_define
class SaleDocumentResponseData:
    """Payload"""

    state: SaleDocumentResponseDataState | Unset = UNSET
    kkm_state: SaleDocumentResponseDataKkmState | Unset = UNSET
    payment_methods: list[SaleDocumentResponseDataPaymentMethodsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            SaleDocumentResponseDataKkmState,
            SaleDocumentResponseDataPaymentMethodsItem,
            SaleDocumentResponseDataState,
        ) = _LAZY or _lazy()
        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        kkm_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_state, Unset):
            kkm_state = self.kkm_state.to_dict()

        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = []
            for payment_methods_item_data in self.payment_methods:
                payment_methods_item = payment_methods_item_data.to_dict()
                payment_methods.append(payment_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if kkm_state is not UNSET:
            field_dict["kkm_state"] = kkm_state
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            SaleDocumentResponseDataKkmState,
            SaleDocumentResponseDataPaymentMethodsItem,
            SaleDocumentResponseDataState,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        _state = _get("state", UNSET)
        if _state is UNSET:
            state = UNSET
        else:
            try:
                state = SaleDocumentResponseDataState.from_dict(_state)
            except _v.Invalid as _e:
                raise _v.at(_e, "state") from None

        _kkm_state = _get("kkm_state", UNSET)
        if _kkm_state is UNSET:
            kkm_state = UNSET
        else:
            try:
                kkm_state = SaleDocumentResponseDataKkmState.from_dict(_kkm_state)
            except _v.Invalid as _e:
                raise _v.at(_e, "kkm_state") from None

        _payment_methods = _get("payment_methods", UNSET)
        if _payment_methods is UNSET:
            payment_methods = UNSET
        else:
            if type(_payment_methods) is not list:
                _payment_methods = _v.array(_payment_methods, "payment_methods")
            payment_methods = []
            try:
                for _item in _payment_methods:
                    payment_methods.append(SaleDocumentResponseDataPaymentMethodsItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "payment_methods", payment_methods) from None

        _obj = cls.__new__(cls)
        _obj.state = state
        _obj.kkm_state = kkm_state
        _obj.payment_methods = payment_methods

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
