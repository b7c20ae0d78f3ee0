from typing import Literal

RootTypeForBookformUpdateRequestFormPosition = Literal["left", "right"]

ROOT_TYPE_FOR_BOOKFORM_UPDATE_REQUEST_FORM_POSITION_VALUES: set[RootTypeForBookformUpdateRequestFormPosition] = {
    "left",
    "right",
}


def check_root_type_for_bookform_update_request_form_position(
    value: str,
) -> RootTypeForBookformUpdateRequestFormPosition:
    if value in ROOT_TYPE_FOR_BOOKFORM_UPDATE_REQUEST_FORM_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_FOR_BOOKFORM_UPDATE_REQUEST_FORM_POSITION_VALUES!r}"
    )
