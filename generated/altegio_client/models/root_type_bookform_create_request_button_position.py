from typing import Literal

RootTypeBookformCreateRequestButtonPosition = Literal["bottom left", "bottom right", "top left ", "top right"]

ROOT_TYPE_BOOKFORM_CREATE_REQUEST_BUTTON_POSITION_VALUES: set[RootTypeBookformCreateRequestButtonPosition] = {
    "bottom left",
    "bottom right",
    "top left ",
    "top right",
}


def check_root_type_bookform_create_request_button_position(value: str) -> RootTypeBookformCreateRequestButtonPosition:
    if value in ROOT_TYPE_BOOKFORM_CREATE_REQUEST_BUTTON_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_BOOKFORM_CREATE_REQUEST_BUTTON_POSITION_VALUES!r}"
    )
