from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance
    from ..models.object_of_model_tag import ObjectOfModelTag
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition

_LAZY: tuple[Any, ...] | None = None


def _lazy() -> tuple[Any, ...]:
    """The checks and the models this one refers to, imported on first use: the models refer to each other
    in cycles, and the runtime (altegio, whose _validate holds the checks) imports models itself."""
    global _LAZY
    from altegio import _validate as _v  # noqa: PLC0415

    from ..models.object_of_model_resource_instance import ObjectOfModelResourceInstance  # noqa: PLC0415
    from ..models.object_of_model_tag import ObjectOfModelTag  # noqa: PLC0415
    from ..models.object_of_model_team_member_with_position import ObjectOfModelTeamMemberWithPosition  # noqa: PLC0415

    _LAZY = (
        _v,
        ObjectOfModelResourceInstance,
        ObjectOfModelTag,
        ObjectOfModelTeamMemberWithPosition,
    )
    return _LAZY


_KEYS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "event_status",
        "event_datetime",
        "event_entity_type",
        "event_entity_id",
        "is_entity_master_changed",
        "is_entity_datetime_changed",
        "is_entity_duration_changed",
        "is_entity_labels_changed",
        "is_entity_resource_instances_changed",
        "entity_master",
        "entity_datetime",
        "entity_duration",
        "entity_labels",
        "entity_resource_instances",
    }
)


T = TypeVar("T", bound="EventInASchedule")


@_attrs_define
class EventInASchedule:
    """Details of an existing event of an appointment or event in a schedule.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'event_status': 'stable', 'event_datetime': '2026-01-24T14:00:00-05:00', 'event_entity_type': 'activity',
            'event_entity_id': 123, 'is_entity_master_changed': False, 'is_entity_datetime_changed': False,
            'is_entity_duration_changed': False, 'is_entity_labels_changed': False, 'is_entity_resource_instances_changed':
            False, 'entity_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123, 'specialization': 'Team Member',
            'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-
            master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'entity_datetime': '2022-01-24 14:00:00',
            'entity_duration': 3600, 'entity_labels': [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}],
            'entity_resource_instances': [{'id': 123, 'title': 'Resource #1', 'resource_id': 123}]}

    """

    id: int | Unset = UNSET
    """ ID of the appointment/event occurrence in a schedule. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the event of an appointment/event in the schedule was created. """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ When the event of an appointment/event in the schedule was last modified. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ When the event of an appointment/event in the schedule was deleted. """
    event_status: str | Unset = UNSET
    """ Status of an event of an appointment/event:

    - `stable`: the entity is in a stable state
    - `event_created`: event created, matching appointment/event not yet created
    - `event_changed`: event changed, matching appointment/event not yet changed
    - `event_changed_force`: event changed with manual changes forcibly overridden, matching appointment/event not
    yet changed
    - `event_deleted`: event deleted, matching appointment/event not yet deleted
    - `entity_deleted`: the matching appointment/event was deleted (because the event was deleted, or by hand)
    - `entity_failed`: creating the appointment/event failed (known values: stable, event_created, event_changed,
    event_changed_force, event_deleted, entity_deleted, entity_failed) """
    event_datetime: datetime.datetime | None | Unset = UNSET
    """ Start date and time of the scheduled appointment/event. """
    event_entity_type: str | Unset = UNSET
    """ Kind of scheduled entity (appointment or event). The enum values "record" and "activity" are old names for
    appointment and event (known values: record, activity) """
    event_entity_id: float | None | Unset = UNSET
    """ ID of the scheduled entity (appointment or event). """
    is_entity_master_changed: bool | Unset = UNSET
    """ Marks that the team member of a scheduled appointment/event was changed by hand """
    is_entity_datetime_changed: bool | Unset = UNSET
    """ Marks that the date and time of a scheduled appointment/event was changed by hand """
    is_entity_duration_changed: bool | Unset = UNSET
    """ Marks that the duration of a scheduled appointment/event was changed by hand """
    is_entity_labels_changed: bool | Unset = UNSET
    """ Marks that the tags tied to a scheduled appointment/event were changed by hand """
    is_entity_resource_instances_changed: bool | Unset = UNSET
    """ Marks that the resource instances tied to a scheduled appointment/event were changed by hand """
    entity_master: ObjectOfModelTeamMemberWithPosition | Unset = UNSET
    entity_datetime: str | Unset = UNSET
    """ Real start date and time of a scheduled appointment/event. """
    entity_duration: str | Unset = UNSET
    """ How long a scheduled appointment/event really lasts. """
    entity_labels: list[ObjectOfModelTag] | Unset = UNSET
    """ Tags currently attached to a scheduled appointment/event. """
    entity_resource_instances: list[ObjectOfModelResourceInstance] | Unset = UNSET
    """ Resource instances currently attached to a scheduled appointment/event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            _,
            ObjectOfModelResourceInstance,
            ObjectOfModelTag,
            ObjectOfModelTeamMemberWithPosition,
        ) = _LAZY or _lazy()
        id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        event_status = self.event_status

        event_datetime: None | str | Unset
        if isinstance(self.event_datetime, Unset):
            event_datetime = UNSET
        elif isinstance(self.event_datetime, datetime.datetime):
            event_datetime = self.event_datetime.isoformat()
        else:
            event_datetime = self.event_datetime

        event_entity_type = self.event_entity_type

        event_entity_id: float | None | Unset
        if isinstance(self.event_entity_id, Unset):
            event_entity_id = UNSET
        else:
            event_entity_id = self.event_entity_id

        is_entity_master_changed = self.is_entity_master_changed

        is_entity_datetime_changed = self.is_entity_datetime_changed

        is_entity_duration_changed = self.is_entity_duration_changed

        is_entity_labels_changed = self.is_entity_labels_changed

        is_entity_resource_instances_changed = self.is_entity_resource_instances_changed

        entity_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_master, Unset):
            entity_master = self.entity_master.to_dict()

        entity_datetime = self.entity_datetime

        entity_duration = self.entity_duration

        entity_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_labels, Unset):
            entity_labels = []
            for entity_labels_item_data in self.entity_labels:
                entity_labels_item = entity_labels_item_data.to_dict()
                entity_labels.append(entity_labels_item)

        entity_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_resource_instances, Unset):
            entity_resource_instances = []
            for entity_resource_instances_item_data in self.entity_resource_instances:
                entity_resource_instances_item = entity_resource_instances_item_data.to_dict()
                entity_resource_instances.append(entity_resource_instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if event_status is not UNSET:
            field_dict["event_status"] = event_status
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if event_entity_type is not UNSET:
            field_dict["event_entity_type"] = event_entity_type
        if event_entity_id is not UNSET:
            field_dict["event_entity_id"] = event_entity_id
        if is_entity_master_changed is not UNSET:
            field_dict["is_entity_master_changed"] = is_entity_master_changed
        if is_entity_datetime_changed is not UNSET:
            field_dict["is_entity_datetime_changed"] = is_entity_datetime_changed
        if is_entity_duration_changed is not UNSET:
            field_dict["is_entity_duration_changed"] = is_entity_duration_changed
        if is_entity_labels_changed is not UNSET:
            field_dict["is_entity_labels_changed"] = is_entity_labels_changed
        if is_entity_resource_instances_changed is not UNSET:
            field_dict["is_entity_resource_instances_changed"] = is_entity_resource_instances_changed
        if entity_master is not UNSET:
            field_dict["entity_master"] = entity_master
        if entity_datetime is not UNSET:
            field_dict["entity_datetime"] = entity_datetime
        if entity_duration is not UNSET:
            field_dict["entity_duration"] = entity_duration
        if entity_labels is not UNSET:
            field_dict["entity_labels"] = entity_labels
        if entity_resource_instances is not UNSET:
            field_dict["entity_resource_instances"] = entity_resource_instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            _v,
            ObjectOfModelResourceInstance,
            ObjectOfModelTag,
            ObjectOfModelTeamMemberWithPosition,
        ) = _LAZY or _lazy()
        if type(src_dict) is not dict:
            src_dict = _v.obj(src_dict)
        _get = src_dict.get
        id = _get("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = _v.int_(id, "id")

        created_at = _get("created_at", UNSET)
        if type(created_at) is str:
            try:
                created_at = _v.fromisoformat(created_at)
            except ValueError:
                created_at = _v.datetime_(created_at, "created_at")
        elif created_at is not UNSET:
            created_at = _v.datetime_(created_at, "created_at", True)

        updated_at = _get("updated_at", UNSET)
        if type(updated_at) is str:
            try:
                updated_at = _v.fromisoformat(updated_at)
            except ValueError:
                updated_at = _v.datetime_(updated_at, "updated_at")
        elif updated_at is not UNSET:
            updated_at = _v.datetime_(updated_at, "updated_at", True)

        deleted_at = _get("deleted_at", UNSET)
        if type(deleted_at) is str:
            try:
                deleted_at = _v.fromisoformat(deleted_at)
            except ValueError:
                deleted_at = _v.datetime_(deleted_at, "deleted_at")
        elif deleted_at is not UNSET:
            deleted_at = _v.datetime_(deleted_at, "deleted_at", True)

        event_status = _get("event_status", UNSET)
        if type(event_status) is not str and event_status is not UNSET:
            event_status = _v.str_(event_status, "event_status")

        event_datetime = _get("event_datetime", UNSET)
        if type(event_datetime) is str:
            try:
                event_datetime = _v.fromisoformat(event_datetime)
            except ValueError:
                event_datetime = _v.datetime_(event_datetime, "event_datetime")
        elif event_datetime is not UNSET:
            event_datetime = _v.datetime_(event_datetime, "event_datetime", True)

        event_entity_type = _get("event_entity_type", UNSET)
        if type(event_entity_type) is not str and event_entity_type is not UNSET:
            event_entity_type = _v.str_(event_entity_type, "event_entity_type")

        event_entity_id = _get("event_entity_id", UNSET)
        if type(event_entity_id) is not float and event_entity_id is not UNSET:
            event_entity_id = _v.float_(event_entity_id, "event_entity_id", True)

        is_entity_master_changed = _get("is_entity_master_changed", UNSET)
        if type(is_entity_master_changed) is not bool and is_entity_master_changed is not UNSET:
            is_entity_master_changed = _v.bool_(is_entity_master_changed, "is_entity_master_changed")

        is_entity_datetime_changed = _get("is_entity_datetime_changed", UNSET)
        if type(is_entity_datetime_changed) is not bool and is_entity_datetime_changed is not UNSET:
            is_entity_datetime_changed = _v.bool_(is_entity_datetime_changed, "is_entity_datetime_changed")

        is_entity_duration_changed = _get("is_entity_duration_changed", UNSET)
        if type(is_entity_duration_changed) is not bool and is_entity_duration_changed is not UNSET:
            is_entity_duration_changed = _v.bool_(is_entity_duration_changed, "is_entity_duration_changed")

        is_entity_labels_changed = _get("is_entity_labels_changed", UNSET)
        if type(is_entity_labels_changed) is not bool and is_entity_labels_changed is not UNSET:
            is_entity_labels_changed = _v.bool_(is_entity_labels_changed, "is_entity_labels_changed")

        is_entity_resource_instances_changed = _get("is_entity_resource_instances_changed", UNSET)
        if type(is_entity_resource_instances_changed) is not bool and is_entity_resource_instances_changed is not UNSET:
            is_entity_resource_instances_changed = _v.bool_(
                is_entity_resource_instances_changed, "is_entity_resource_instances_changed"
            )

        _entity_master = _get("entity_master", UNSET)
        if _entity_master is UNSET:
            entity_master = UNSET
        else:
            try:
                entity_master = ObjectOfModelTeamMemberWithPosition.from_dict(_entity_master)
            except _v.Invalid as _e:
                raise _v.at(_e, "entity_master") from None

        entity_datetime = _get("entity_datetime", UNSET)
        if type(entity_datetime) is not str and entity_datetime is not UNSET:
            entity_datetime = _v.str_(entity_datetime, "entity_datetime")

        entity_duration = _get("entity_duration", UNSET)
        if type(entity_duration) is not str and entity_duration is not UNSET:
            entity_duration = _v.str_(entity_duration, "entity_duration")

        _entity_labels = _get("entity_labels", UNSET)
        if _entity_labels is UNSET:
            entity_labels = UNSET
        else:
            if type(_entity_labels) is not list:
                _entity_labels = _v.array(_entity_labels, "entity_labels")
            entity_labels = []
            try:
                for _item in _entity_labels:
                    entity_labels.append(ObjectOfModelTag.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "entity_labels", entity_labels) from None

        _entity_resource_instances = _get("entity_resource_instances", UNSET)
        if _entity_resource_instances is UNSET:
            entity_resource_instances = UNSET
        else:
            if type(_entity_resource_instances) is not list:
                _entity_resource_instances = _v.array(_entity_resource_instances, "entity_resource_instances")
            entity_resource_instances = []
            try:
                for _item in _entity_resource_instances:
                    entity_resource_instances.append(ObjectOfModelResourceInstance.from_dict(_item))
            except _v.Invalid as _e:
                raise _v.in_list(_e, "entity_resource_instances", entity_resource_instances) from None

        _obj = cls.__new__(cls)
        _obj.id = id
        _obj.created_at = created_at
        _obj.updated_at = updated_at
        _obj.deleted_at = deleted_at
        _obj.event_status = event_status
        _obj.event_datetime = event_datetime
        _obj.event_entity_type = event_entity_type
        _obj.event_entity_id = event_entity_id
        _obj.is_entity_master_changed = is_entity_master_changed
        _obj.is_entity_datetime_changed = is_entity_datetime_changed
        _obj.is_entity_duration_changed = is_entity_duration_changed
        _obj.is_entity_labels_changed = is_entity_labels_changed
        _obj.is_entity_resource_instances_changed = is_entity_resource_instances_changed
        _obj.entity_master = entity_master
        _obj.entity_datetime = entity_datetime
        _obj.entity_duration = entity_duration
        _obj.entity_labels = entity_labels
        _obj.entity_resource_instances = entity_resource_instances

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
