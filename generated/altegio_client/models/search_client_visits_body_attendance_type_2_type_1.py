from typing import Literal

SearchClientVisitsBodyAttendanceType2Type1 = Literal[-1, 0, 1, 2]

SEARCH_CLIENT_VISITS_BODY_ATTENDANCE_TYPE_2_TYPE_1_VALUES: set[SearchClientVisitsBodyAttendanceType2Type1] = {
    -1,
    0,
    1,
    2,
}


def check_search_client_visits_body_attendance_type_2_type_1(value: int) -> SearchClientVisitsBodyAttendanceType2Type1:
    if value in SEARCH_CLIENT_VISITS_BODY_ATTENDANCE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_CLIENT_VISITS_BODY_ATTENDANCE_TYPE_2_TYPE_1_VALUES!r}"
    )
