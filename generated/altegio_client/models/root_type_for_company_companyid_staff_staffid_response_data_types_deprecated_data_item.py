from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,
    )
    from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
        RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,
    )


T = TypeVar("T", bound="RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem")


@_attrs_define
class RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItem:
    id: int | Unset = UNSET
    """ ID of the team member """
    api_id: str | Unset = UNSET
    """ External ID of the team member """
    name: str | Unset = UNSET
    """ Name of the team member """
    specialization: str | Unset = UNSET
    """ Team member socialization """
    position: (
        list[Any] | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 | Unset
    ) = UNSET
    """ Position of the team member (empty array when none is set) """
    show_rating: float | Unset = UNSET
    """ Whether the team member's rating is shown (1 - show, 0 - hide) """
    rating: float | Unset = UNSET
    """ Rating of the team member """
    votes_count: int | Unset = UNSET
    """ Count of votes rating a team member """
    user_id: float | None | Unset = UNSET
    """ ID of the user linked to the team member """
    avatar: str | Unset = UNSET
    """ Path to the team member's avatar file """
    avatar_big: str | Unset = UNSET
    """ Path to a higher-resolution avatar file of the team member """
    comments_count: int | Unset = UNSET
    """ Count of comments about the team member """
    weight: str | Unset = UNSET
    """ Team member weight; output is sorted by weight, heaviest first """
    information: str | Unset = UNSET
    """ Extra information on the team member, as HTML """
    hidden: str | Unset = UNSET
    """ Whether the team member is hidden in online booking: 1 - hidden, 0 - shown """
    fired: str | Unset = UNSET
    """ Whether the team member is dismissed: 1 - dismissed, 0 - not dismissed """
    status: str | Unset = UNSET
    """ Whether the team member is deleted: 1 - deleted, 0 - not deleted """
    image_group: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup | Unset = UNSET
    """ Team member image group """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,  # noqa: PLC0415
        )

        id = self.id

        api_id = self.api_id

        name = self.name

        specialization = self.specialization

        position: dict[str, Any] | list[Any] | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        elif isinstance(
            self.position, RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0
        ):
            position = self.position.to_dict()
        else:
            position = self.position

        show_rating = self.show_rating

        rating = self.rating

        votes_count = self.votes_count

        user_id: float | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        avatar = self.avatar

        avatar_big = self.avatar_big

        comments_count = self.comments_count

        weight = self.weight

        information = self.information

        hidden = self.hidden

        fired = self.fired

        status = self.status

        image_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_group, Unset):
            image_group = self.image_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if specialization is not UNSET:
            field_dict["specialization"] = specialization
        if position is not UNSET:
            field_dict["position"] = position
        if show_rating is not UNSET:
            field_dict["show_rating"] = show_rating
        if rating is not UNSET:
            field_dict["rating"] = rating
        if votes_count is not UNSET:
            field_dict["votes_count"] = votes_count
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if avatar_big is not UNSET:
            field_dict["avatar_big"] = avatar_big
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if weight is not UNSET:
            field_dict["weight"] = weight
        if information is not UNSET:
            field_dict["information"] = information
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if fired is not UNSET:
            field_dict["fired"] = fired
        if status is not UNSET:
            field_dict["status"] = status
        if image_group is not UNSET:
            field_dict["image_group"] = image_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_image_group import (
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup,  # noqa: PLC0415
        )
        from ..models.root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item_position_type_0 import (
            RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_id = d.pop("api_id", UNSET)

        name = d.pop("name", UNSET)

        specialization = d.pop("specialization", UNSET)

        def _parse_position(
            data: object,
        ) -> (
            list[Any] | RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0 | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = (
                    RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemPositionType0.from_dict(
                        data
                    )
                )

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            position_type_1 = cast(list[Any], data)

            return position_type_1

        position = _parse_position(d.pop("position", UNSET))

        show_rating = d.pop("show_rating", UNSET)

        rating = d.pop("rating", UNSET)

        votes_count = d.pop("votes_count", UNSET)

        def _parse_user_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        avatar = d.pop("avatar", UNSET)

        avatar_big = d.pop("avatar_big", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        weight = d.pop("weight", UNSET)

        information = d.pop("information", UNSET)

        hidden = d.pop("hidden", UNSET)

        fired = d.pop("fired", UNSET)

        status = d.pop("status", UNSET)

        _image_group = d.pop("image_group", UNSET)
        image_group: RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup | Unset
        if isinstance(_image_group, Unset):
            image_group = UNSET
        else:
            image_group = (
                RootTypeForCompanyCompanyidStaffStaffidResponseDataTypesDeprecatedDataItemImageGroup.from_dict(
                    _image_group
                )
            )

        root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item = cls(
            id=id,
            api_id=api_id,
            name=name,
            specialization=specialization,
            position=position,
            show_rating=show_rating,
            rating=rating,
            votes_count=votes_count,
            user_id=user_id,
            avatar=avatar,
            avatar_big=avatar_big,
            comments_count=comments_count,
            weight=weight,
            information=information,
            hidden=hidden,
            fired=fired,
            status=status,
            image_group=image_group,
        )

        root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item.additional_properties = d
        return root_type_for_company_companyid_staff_staffid_response_data_types_deprecated_data_item

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
