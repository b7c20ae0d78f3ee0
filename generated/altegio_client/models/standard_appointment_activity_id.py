from typing import Literal

StandardAppointmentActivityId = Literal[0]

STANDARD_APPOINTMENT_ACTIVITY_ID_VALUES: set[StandardAppointmentActivityId] = {
    0,
}


def check_standard_appointment_activity_id(value: int) -> StandardAppointmentActivityId:
    if value in STANDARD_APPOINTMENT_ACTIVITY_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARD_APPOINTMENT_ACTIVITY_ID_VALUES!r}")
