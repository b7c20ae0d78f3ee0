from typing import Literal

CreateTimetableEventScheduleIncludeItem = Literal["days"]

CREATE_TIMETABLE_EVENT_SCHEDULE_INCLUDE_ITEM_VALUES: set[CreateTimetableEventScheduleIncludeItem] = {
    "days",
}


def check_create_timetable_event_schedule_include_item(value: str) -> CreateTimetableEventScheduleIncludeItem:
    if value in CREATE_TIMETABLE_EVENT_SCHEDULE_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TIMETABLE_EVENT_SCHEDULE_INCLUDE_ITEM_VALUES!r}"
    )
