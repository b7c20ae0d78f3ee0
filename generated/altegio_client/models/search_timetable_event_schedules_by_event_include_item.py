from typing import Literal

SearchTimetableEventSchedulesByEventIncludeItem = Literal[
    "days", "days.events_labels", "days.events_master", "days.events_resource_instances"
]

SEARCH_TIMETABLE_EVENT_SCHEDULES_BY_EVENT_INCLUDE_ITEM_VALUES: set[SearchTimetableEventSchedulesByEventIncludeItem] = {
    "days",
    "days.events_labels",
    "days.events_master",
    "days.events_resource_instances",
}


def check_search_timetable_event_schedules_by_event_include_item(
    value: str,
) -> SearchTimetableEventSchedulesByEventIncludeItem:
    if value in SEARCH_TIMETABLE_EVENT_SCHEDULES_BY_EVENT_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TIMETABLE_EVENT_SCHEDULES_BY_EVENT_INCLUDE_ITEM_VALUES!r}"
    )
