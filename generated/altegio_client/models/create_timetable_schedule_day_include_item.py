from typing import Literal

CreateTimetableScheduleDayIncludeItem = Literal["events", "events_labels", "events_master", "events_resource_instances"]

CREATE_TIMETABLE_SCHEDULE_DAY_INCLUDE_ITEM_VALUES: set[CreateTimetableScheduleDayIncludeItem] = {
    "events",
    "events_labels",
    "events_master",
    "events_resource_instances",
}


def check_create_timetable_schedule_day_include_item(value: str) -> CreateTimetableScheduleDayIncludeItem:
    if value in CREATE_TIMETABLE_SCHEDULE_DAY_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TIMETABLE_SCHEDULE_DAY_INCLUDE_ITEM_VALUES!r}"
    )
