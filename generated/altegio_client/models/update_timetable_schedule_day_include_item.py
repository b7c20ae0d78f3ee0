from typing import Literal

UpdateTimetableScheduleDayIncludeItem = Literal["events", "events_labels", "events_master", "events_resource_instances"]

UPDATE_TIMETABLE_SCHEDULE_DAY_INCLUDE_ITEM_VALUES: set[UpdateTimetableScheduleDayIncludeItem] = {
    "events",
    "events_labels",
    "events_master",
    "events_resource_instances",
}


def check_update_timetable_schedule_day_include_item(value: str) -> UpdateTimetableScheduleDayIncludeItem:
    if value in UPDATE_TIMETABLE_SCHEDULE_DAY_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_TIMETABLE_SCHEDULE_DAY_INCLUDE_ITEM_VALUES!r}"
    )
