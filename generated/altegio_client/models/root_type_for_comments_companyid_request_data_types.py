from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RootTypeForCommentsCompanyidRequestDataTypes")


@_attrs_define
class RootTypeForCommentsCompanyidRequestDataTypes:
    """Add a comment

    Example:
        {'mark': 4, 'text': 'Everything is very bad!', 'name': 'Victor'}

    """

    mark: float
    """ Rating, 1 to 5 """
    text: str
    """ Text of the feedback """
    name: str
    """ Name of the user shown on the review page """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mark = self.mark

        text = self.text

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mark": mark,
                "text": text,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mark = d.pop("mark")

        text = d.pop("text")

        name = d.pop("name")

        root_type_for_comments_companyid_request_data_types = cls(
            mark=mark,
            text=text,
            name=name,
        )

        root_type_for_comments_companyid_request_data_types.additional_properties = d
        return root_type_for_comments_companyid_request_data_types

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
