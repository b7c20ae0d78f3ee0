from typing import Literal

RootTypeForBookformUpdateRequestButtonPosition = Literal["bottom left", "bottom right", "top left", "top right"]

ROOT_TYPE_FOR_BOOKFORM_UPDATE_REQUEST_BUTTON_POSITION_VALUES: set[RootTypeForBookformUpdateRequestButtonPosition] = {
    "bottom left",
    "bottom right",
    "top left",
    "top right",
}


def check_root_type_for_bookform_update_request_button_position(
    value: str,
) -> RootTypeForBookformUpdateRequestButtonPosition:
    if value in ROOT_TYPE_FOR_BOOKFORM_UPDATE_REQUEST_BUTTON_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_FOR_BOOKFORM_UPDATE_REQUEST_BUTTON_POSITION_VALUES!r}"
    )
