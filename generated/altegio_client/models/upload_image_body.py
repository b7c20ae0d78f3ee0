from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

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
        "image",
        "company_id",
        "service_id",
        "master_id",
    }
)


T = TypeVar("T", bound="UploadImageBody")


@_attrs_define
class UploadImageBody:
    image: File
    """ Uploaded image (image/jpeg, image/png) """
    company_id: float | Unset = UNSET
    """ ID of the location the image is bound to (when entity=service) """
    service_id: float | Unset = UNSET
    """ ID of the service the image is bound to (when entity=service) """
    master_id: float | Unset = UNSET
    """ Team member ID the image is bound to (when entity=team_member) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_tuple()

        company_id = self.company_id

        service_id = self.service_id

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image", self.image.to_tuple()))

        if not isinstance(self.company_id, Unset):
            files.append(("company_id", (None, str(self.company_id).encode(), "text/plain")))

        if not isinstance(self.service_id, Unset):
            files.append(("service_id", (None, str(self.service_id).encode(), "text/plain")))

        if not isinstance(self.master_id, Unset):
            files.append(("master_id", (None, str(self.master_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_v,) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        if "image" not in src_dict:
            raise _v.missing("image")
        try:
            image = File(payload=BytesIO(_get("image", UNSET)))

        except (TypeError, ValueError, KeyError, AttributeError) as _e:
            raise _v.failed(_e, "image", "File", _get("image")) from None

        company_id = _get("company_id", UNSET)
        if type(company_id) is not float and company_id is not UNSET:
            company_id = _v.float_(company_id, "company_id")

        service_id = _get("service_id", UNSET)
        if type(service_id) is not float and service_id is not UNSET:
            service_id = _v.float_(service_id, "service_id")

        master_id = _get("master_id", UNSET)
        if type(master_id) is not float and master_id is not UNSET:
            master_id = _v.float_(master_id, "master_id")

        _obj = cls.__new__(cls)
        _obj.image = image
        _obj.company_id = company_id
        _obj.service_id = service_id
        _obj.master_id = master_id

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
