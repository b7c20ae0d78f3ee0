from typing import Literal

RootTypeBookformCreateRequestFormPosition = Literal["left", "right"]

ROOT_TYPE_BOOKFORM_CREATE_REQUEST_FORM_POSITION_VALUES: set[RootTypeBookformCreateRequestFormPosition] = {
    "left",
    "right",
}


def check_root_type_bookform_create_request_form_position(value: str) -> RootTypeBookformCreateRequestFormPosition:
    if value in ROOT_TYPE_BOOKFORM_CREATE_REQUEST_FORM_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_BOOKFORM_CREATE_REQUEST_FORM_POSITION_VALUES!r}"
    )
