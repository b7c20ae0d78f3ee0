from typing import Literal

SearchTimetableEventSchedulesByEventEntityType = Literal["activity", "record"]

SEARCH_TIMETABLE_EVENT_SCHEDULES_BY_EVENT_ENTITY_TYPE_VALUES: set[SearchTimetableEventSchedulesByEventEntityType] = {
    "activity",
    "record",
}


def check_search_timetable_event_schedules_by_event_entity_type(
    value: str,
) -> SearchTimetableEventSchedulesByEventEntityType:
    if value in SEARCH_TIMETABLE_EVENT_SCHEDULES_BY_EVENT_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TIMETABLE_EVENT_SCHEDULES_BY_EVENT_ENTITY_TYPE_VALUES!r}"
    )
