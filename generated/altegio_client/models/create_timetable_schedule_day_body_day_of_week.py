from typing import Literal

CreateTimetableScheduleDayBodyDayOfWeek = Literal["fri", "mon", "sat", "sun", "thu", "tue", "wed"]

CREATE_TIMETABLE_SCHEDULE_DAY_BODY_DAY_OF_WEEK_VALUES: set[CreateTimetableScheduleDayBodyDayOfWeek] = {
    "fri",
    "mon",
    "sat",
    "sun",
    "thu",
    "tue",
    "wed",
}


def check_create_timetable_schedule_day_body_day_of_week(value: str) -> CreateTimetableScheduleDayBodyDayOfWeek:
    if value in CREATE_TIMETABLE_SCHEDULE_DAY_BODY_DAY_OF_WEEK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TIMETABLE_SCHEDULE_DAY_BODY_DAY_OF_WEEK_VALUES!r}"
    )
