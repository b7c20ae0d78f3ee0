from typing import Literal

ClientSearchRequestOperation = Literal["AND", "OR"]

CLIENT_SEARCH_REQUEST_OPERATION_VALUES: set[ClientSearchRequestOperation] = {
    "AND",
    "OR",
}


def check_client_search_request_operation(value: str) -> ClientSearchRequestOperation:
    if value in CLIENT_SEARCH_REQUEST_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_SEARCH_REQUEST_OPERATION_VALUES!r}")
