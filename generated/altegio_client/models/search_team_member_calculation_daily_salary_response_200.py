from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_object_with_response_results_count import MetaObjectWithResponseResultsCount
    from ..models.mutual_settlements_grouped_by_date import MutualSettlementsGroupedByDate

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.meta_object_with_response_results_count import MetaObjectWithResponseResultsCount  # noqa: PLC0415
    from ..models.mutual_settlements_grouped_by_date import MutualSettlementsGroupedByDate  # noqa: PLC0415

    _LAZY = (
        _v,
        MetaObjectWithResponseResultsCount,
        MutualSettlementsGroupedByDate,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


T = TypeVar("T", bound="SearchTeamMemberCalculationDailySalaryResponse200")


@_attrs_define
class SearchTeamMemberCalculationDailySalaryResponse200:
    success: bool | Unset = UNSET
    """ Whether the request succeeded. """
    data: MutualSettlementsGroupedByDate | Unset = UNSET
    """ Mutual settlements by date. """
    meta: MetaObjectWithResponseResultsCount | Unset = UNSET
    """ Extra response data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            MetaObjectWithResponseResultsCount,
            MutualSettlementsGroupedByDate,
        ) = _LAZY or _lazy()
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
            MetaObjectWithResponseResultsCount,
            MutualSettlementsGroupedByDate,
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
                data = MutualSettlementsGroupedByDate.from_dict(_data)
            except _v.Invalid as _e:
                raise _v.at(_e, "data") from None

        _meta = _get("meta", UNSET)
        if _meta is UNSET:
            meta = UNSET
        else:
            try:
                meta = MetaObjectWithResponseResultsCount.from_dict(_meta)
            except _v.Invalid as _e:
                raise _v.at(_e, "meta") from None

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
