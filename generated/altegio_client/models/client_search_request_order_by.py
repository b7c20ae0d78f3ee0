from typing import Literal

ClientSearchRequestOrderBy = Literal[
    "discount", "email", "first_visit_date", "id", "last_visit_date", "name", "phone", "sold_amount", "visit_count"
]

CLIENT_SEARCH_REQUEST_ORDER_BY_VALUES: set[ClientSearchRequestOrderBy] = {
    "discount",
    "email",
    "first_visit_date",
    "id",
    "last_visit_date",
    "name",
    "phone",
    "sold_amount",
    "visit_count",
}


def check_client_search_request_order_by(value: str) -> ClientSearchRequestOrderBy:
    if value in CLIENT_SEARCH_REQUEST_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_SEARCH_REQUEST_ORDER_BY_VALUES!r}")
