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
        "clients",
        "clients_average",
        "records",
        "records_average",
        "visit_records",
        "visit_records_average",
        "non_visit_records",
        "non_visit_records_average",
        "targets",
        "targets_paid",
        "goods",
        "goods_paid",
        "certificates",
        "certificates_paid",
        "abonement",
        "abonement_paid",
    }
)


T = TypeVar("T", bound="RootTypeForZReportResponseDataTypesDataStats")


@_attrs_define
class RootTypeForZReportResponseDataTypesDataStats:
    """Overall statistics"""

    clients: int | Unset = UNSET
    """ Count of clients """
    clients_average: float | Unset = UNSET
    """ Average payment per client """
    records: int | Unset = UNSET
    """ Record count """
    records_average: float | Unset = UNSET
    """ Average payment per appointment """
    visit_records: int | Unset = UNSET
    """ Count of records that have clients """
    visit_records_average: float | Unset = UNSET
    """ Average bill of records with clients """
    non_visit_records: int | Unset = UNSET
    """ Count of appointments that have no clients """
    non_visit_records_average: int | Unset = UNSET
    """ Average bill of records with no client """
    targets: int | Unset = UNSET
    """ Service count """
    targets_paid: int | Unset = UNSET
    """ Paid for services """
    goods: int | Unset = UNSET
    """ Product count """
    goods_paid: float | Unset = UNSET
    """ Paid by products """
    certificates: int | Unset = UNSET
    """ Count of certificates """
    certificates_paid: int | Unset = UNSET
    """ Paid for certificates """
    abonement: int | Unset = UNSET
    """ Subscription count """
    abonement_paid: int | Unset = UNSET
    """ Payment for a subscription """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clients = self.clients

        clients_average = self.clients_average

        records = self.records

        records_average = self.records_average

        visit_records = self.visit_records

        visit_records_average = self.visit_records_average

        non_visit_records = self.non_visit_records

        non_visit_records_average = self.non_visit_records_average

        targets = self.targets

        targets_paid = self.targets_paid

        goods = self.goods

        goods_paid = self.goods_paid

        certificates = self.certificates

        certificates_paid = self.certificates_paid

        abonement = self.abonement

        abonement_paid = self.abonement_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients is not UNSET:
            field_dict["clients"] = clients
        if clients_average is not UNSET:
            field_dict["clients_average"] = clients_average
        if records is not UNSET:
            field_dict["records"] = records
        if records_average is not UNSET:
            field_dict["records_average"] = records_average
        if visit_records is not UNSET:
            field_dict["visit_records"] = visit_records
        if visit_records_average is not UNSET:
            field_dict["visit_records_average"] = visit_records_average
        if non_visit_records is not UNSET:
            field_dict["non_visit_records"] = non_visit_records
        if non_visit_records_average is not UNSET:
            field_dict["non_visit_records_average"] = non_visit_records_average
        if targets is not UNSET:
            field_dict["targets"] = targets
        if targets_paid is not UNSET:
            field_dict["targets_paid"] = targets_paid
        if goods is not UNSET:
            field_dict["goods"] = goods
        if goods_paid is not UNSET:
            field_dict["goods_paid"] = goods_paid
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if certificates_paid is not UNSET:
            field_dict["certificates_paid"] = certificates_paid
        if abonement is not UNSET:
            field_dict["abonement"] = abonement
        if abonement_paid is not UNSET:
            field_dict["abonement_paid"] = abonement_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        clients = _get("clients", UNSET)
        if type(clients) is not int and clients is not UNSET:
            clients = _v.int_(clients, "clients")

        clients_average = _get("clients_average", UNSET)
        if type(clients_average) is not float and clients_average is not UNSET:
            clients_average = _v.float_(clients_average, "clients_average")

        records = _get("records", UNSET)
        if type(records) is not int and records is not UNSET:
            records = _v.int_(records, "records")

        records_average = _get("records_average", UNSET)
        if type(records_average) is not float and records_average is not UNSET:
            records_average = _v.float_(records_average, "records_average")

        visit_records = _get("visit_records", UNSET)
        if type(visit_records) is not int and visit_records is not UNSET:
            visit_records = _v.int_(visit_records, "visit_records")

        visit_records_average = _get("visit_records_average", UNSET)
        if type(visit_records_average) is not float and visit_records_average is not UNSET:
            visit_records_average = _v.float_(visit_records_average, "visit_records_average")

        non_visit_records = _get("non_visit_records", UNSET)
        if type(non_visit_records) is not int and non_visit_records is not UNSET:
            non_visit_records = _v.int_(non_visit_records, "non_visit_records")

        non_visit_records_average = _get("non_visit_records_average", UNSET)
        if type(non_visit_records_average) is not int and non_visit_records_average is not UNSET:
            non_visit_records_average = _v.int_(non_visit_records_average, "non_visit_records_average")

        targets = _get("targets", UNSET)
        if type(targets) is not int and targets is not UNSET:
            targets = _v.int_(targets, "targets")

        targets_paid = _get("targets_paid", UNSET)
        if type(targets_paid) is not int and targets_paid is not UNSET:
            targets_paid = _v.int_(targets_paid, "targets_paid")

        goods = _get("goods", UNSET)
        if type(goods) is not int and goods is not UNSET:
            goods = _v.int_(goods, "goods")

        goods_paid = _get("goods_paid", UNSET)
        if type(goods_paid) is not float and goods_paid is not UNSET:
            goods_paid = _v.float_(goods_paid, "goods_paid")

        certificates = _get("certificates", UNSET)
        if type(certificates) is not int and certificates is not UNSET:
            certificates = _v.int_(certificates, "certificates")

        certificates_paid = _get("certificates_paid", UNSET)
        if type(certificates_paid) is not int and certificates_paid is not UNSET:
            certificates_paid = _v.int_(certificates_paid, "certificates_paid")

        abonement = _get("abonement", UNSET)
        if type(abonement) is not int and abonement is not UNSET:
            abonement = _v.int_(abonement, "abonement")

        abonement_paid = _get("abonement_paid", UNSET)
        if type(abonement_paid) is not int and abonement_paid is not UNSET:
            abonement_paid = _v.int_(abonement_paid, "abonement_paid")

        _obj = cls.__new__(cls)
        _obj.clients = clients
        _obj.clients_average = clients_average
        _obj.records = records
        _obj.records_average = records_average
        _obj.visit_records = visit_records
        _obj.visit_records_average = visit_records_average
        _obj.non_visit_records = non_visit_records
        _obj.non_visit_records_average = non_visit_records_average
        _obj.targets = targets
        _obj.targets_paid = targets_paid
        _obj.goods = goods
        _obj.goods_paid = goods_paid
        _obj.certificates = certificates
        _obj.certificates_paid = certificates_paid
        _obj.abonement = abonement
        _obj.abonement_paid = abonement_paid

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
