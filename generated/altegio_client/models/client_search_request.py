from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_search_request_operation import ClientSearchRequestOperation, check_client_search_request_operation
from ..models.client_search_request_order_by import ClientSearchRequestOrderBy, check_client_search_request_order_by
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_search_request_filters_item import ClientSearchRequestFiltersItem

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.client_search_request_filters_item import ClientSearchRequestFiltersItem  # noqa: PLC0415

    _LAZY = (
        _v,
        ClientSearchRequestFiltersItem,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "page",
        "page_size",
        "fields",
        "order_by",
        "order_by_direction",
        "operation",
        "filters",
    }
)


T = TypeVar("T", bound="ClientSearchRequest")


@_attrs_define
class ClientSearchRequest:
    """Fetch clients

    Example:
        {'page': 1, 'page_size': 3, 'fields': ['id', 'name'], 'order_by': 'name', 'order_by_direction': 'desc',
            'operation': 'AND', 'filters': [{'type': 'id', 'state': {'value': [1, 2, 3]}}, {'type': 'sold_amount', 'state':
            {'from': 0, 'to': 100.77}}, {'type': 'quick_search', 'state': {'value': 'James Smith'}}, {'type': 'importance',
            'state': {'value': [0, 1, 2, 3]}}, {'type': 'has_mobile_app', 'state': {'value': True}}, {'type': 'category',
            'state': {'value': [1, 7]}}, {'type': 'has_passteam_card', 'state': {'value': True}}, {'type':
            'passteam_card_ids', 'state': {'value': ['111122223333aaaabbbbcccc']}}, {'type': 'birthday', 'state': {'from':
            '1990-01-01 00:00:00', 'to': '2000-01-01 23:59:59'}}, {'type': 'gender', 'state': {'value': [0, 1, 2]}},
            {'type': 'record', 'state': {'staff': {'value': [1, 2]}, 'service': {'value': [2, 3]}, 'service_category':
            {'value': [4, 5]}, 'status': {'value': [1]}, 'created': {'from': '2026-01-01 00:00:00', 'to': '2026-01-01
            23:59:59'}, 'records_count': {'from': 1, 'to': 99999}, 'sold_amount': {'from': 1.001, 'to': 99999.09}}},
            {'type': 'client', 'state': {'id': {'value': [1, 2, 3]}, 'birthday': {'from': '1990-01-01 00:00:00', 'to':
            '2000-01-01 23:59:59'}}}, {'type': 'sale', 'state': {'abonement_balance': {'from': 2, 'to': 3}}}]}

    """

    page: float | Unset = UNSET
    """ Number of the page """
    page_size: float | Unset = UNSET
    """ Rows per page; at most 200, default 25. """
    fields: list[str] | Unset = UNSET
    """ Fields to include in the response """
    order_by: ClientSearchRequestOrderBy | Unset = UNSET
    """ Field used for sorting """
    order_by_direction: str | Unset = UNSET
    """ Sort direction (ascending or descending) (ASC or DESC, any case) """
    operation: ClientSearchRequestOperation | Unset = UNSET
    """ Kind of transaction """
    filters: list[ClientSearchRequestFiltersItem] | Unset = UNSET
    """ Filters for customer search """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ClientSearchRequestFiltersItem,
        ) = _LAZY or _lazy()
        page = self.page

        page_size = self.page_size

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        order_by: str | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by

        order_by_direction = self.order_by_direction

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if fields is not UNSET:
            field_dict["fields"] = fields
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if order_by_direction is not UNSET:
            field_dict["order_by_direction"] = order_by_direction
        if operation is not UNSET:
            field_dict["operation"] = operation
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ClientSearchRequestFiltersItem,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        page = _get("page", UNSET)
        if type(page) is not float and page is not UNSET:
            page = _v.float_(page, "page")

        page_size = _get("page_size", UNSET)
        if type(page_size) is not float and page_size is not UNSET:
            page_size = _v.float_(page_size, "page_size")

        _fields = _get("fields", UNSET)
        if _fields is UNSET:
            fields = UNSET
        else:
            if type(_fields) is not list:
                _fields = _v.array(_fields, "fields")
            fields = []
            try:
                for _item in _fields:
                    if type(_item) is not str and _item is not UNSET:
                        _item = _v.str_(_item, len(fields))

                    fields.append(_item)
            except _v.Invalid as _e:
                raise _v.at(_e, "fields") from None

        try:
            _order_by = _get("order_by", UNSET)
            order_by: ClientSearchRequestOrderBy | Unset
            if isinstance(_order_by, Unset):
                order_by = UNSET
            else:
                order_by = check_client_search_request_order_by(_order_by)

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "order_by", "ClientSearchRequestOrderBy", _get("order_by")) from None

        order_by_direction = _get("order_by_direction", UNSET)
        if type(order_by_direction) is not str and order_by_direction is not UNSET:
            order_by_direction = _v.str_(order_by_direction, "order_by_direction")

        try:
            _operation = _get("operation", UNSET)
            operation: ClientSearchRequestOperation | Unset
            if isinstance(_operation, Unset):
                operation = UNSET
            else:
                operation = check_client_search_request_operation(_operation)

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "operation", "ClientSearchRequestOperation", _get("operation")) from None

        _filters = _get("filters", UNSET)
        if _filters is UNSET:
            filters = UNSET
        else:
            if type(_filters) is not list:
                _filters = _v.array(_filters, "filters")
            filters = []
            try:
                for _item in _filters:
                    filters.append(ClientSearchRequestFiltersItem.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "filters", filters) from None

        _obj = cls.__new__(cls)
        _obj.page = page
        _obj.page_size = page_size
        _obj.fields = fields
        _obj.order_by = order_by
        _obj.order_by_direction = order_by_direction
        _obj.operation = operation
        _obj.filters = filters

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
