from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_technological_cards_response_200_data_types_data_type_0 import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType0,
    )
    from ..models.root_type_for_technological_cards_response_200_data_types_data_type_1_item import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item,
    )
    from ..models.root_type_for_technological_cards_response_200_data_types_meta_type_0 import (
        RootTypeForTechnologicalCardsResponse200DataTypesMetaType0,
    )

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.root_type_for_technological_cards_response_200_data_types_data_type_0 import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType0,  # noqa: PLC0415
    )
    from ..models.root_type_for_technological_cards_response_200_data_types_data_type_1_item import (
        RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item,  # noqa: PLC0415
    )
    from ..models.root_type_for_technological_cards_response_200_data_types_meta_type_0 import (
        RootTypeForTechnologicalCardsResponse200DataTypesMetaType0,  # noqa: PLC0415
    )

    _LAZY = (
        _v,
        RootTypeForTechnologicalCardsResponse200DataTypesDataType0,
        RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item,
        RootTypeForTechnologicalCardsResponse200DataTypesMetaType0,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="RootTypeForTechnologicalCardsResponse200DataTypes")


@_attrs_define
class RootTypeForTechnologicalCardsResponse200DataTypes:
    """Fetch the tech cards list

    Example:
        {'success': True, 'data': [{'id': 1, 'title': 'Tech map 1', 'technological_card_items': [{'id': 3,
            'technological_card_id': 1, 'storage_id': 4234, 'good_id': 34234, 'amount': 12, 'unit': 'l', 'price': 0.0742,
            'title': 'Consumable 3'}]}, {'id': 2, 'title': 'Tech map 2', 'technological_card_items': [{'id': 4,
            'technological_card_id': 2, 'storage_id': 4234, 'good_id': 34235, 'amount': 10, 'unit': 'l', 'price': 0.02412,
            'title': 'Consumable 4'}]}], 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Whether the request succeeded (true) """
    data: (
        list[RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item]
        | RootTypeForTechnologicalCardsResponse200DataTypesDataType0
        | Unset
    ) = UNSET
    meta: list[Any] | RootTypeForTechnologicalCardsResponse200DataTypesMetaType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            RootTypeForTechnologicalCardsResponse200DataTypesDataType0,
            RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item,
            RootTypeForTechnologicalCardsResponse200DataTypesMetaType0,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, RootTypeForTechnologicalCardsResponse200DataTypesDataType0):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        meta: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RootTypeForTechnologicalCardsResponse200DataTypesMetaType0):
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
            RootTypeForTechnologicalCardsResponse200DataTypesDataType0,
            RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item,
            RootTypeForTechnologicalCardsResponse200DataTypesMetaType0,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        success = _get("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = _v.bool_(success, "success")

        try:

            def _parse_data(
                data: object,
            ) -> (
                list[RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item]
                | RootTypeForTechnologicalCardsResponse200DataTypesDataType0
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_type_0 = RootTypeForTechnologicalCardsResponse200DataTypesDataType0.from_dict(data)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item.from_dict(
                        data_type_1_item_data
                    )

                    data_type_1.append(data_type_1_item)

                return data_type_1

            data = _parse_data(_get("data", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e,
                "data",
                "list[RootTypeForTechnologicalCardsResponse200DataTypesDataType1Item] | RootTypeForTechnologicalCardsResponse200DataTypesDataType0",
                _get("data"),
            ) from None

        try:

            def _parse_meta(
                data: object,
            ) -> list[Any] | RootTypeForTechnologicalCardsResponse200DataTypesMetaType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = RootTypeForTechnologicalCardsResponse200DataTypesMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_1 = cast(list[Any], data)

                return meta_type_1

            meta = _parse_meta(_get("meta", UNSET))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(
                _e, "meta", "list[Any] | RootTypeForTechnologicalCardsResponse200DataTypesMetaType0", _get("meta")
            ) from None

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
