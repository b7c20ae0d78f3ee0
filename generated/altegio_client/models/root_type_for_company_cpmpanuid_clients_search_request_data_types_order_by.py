from typing import Literal

RootTypeForCompanyCpmpanuidClientsSearchRequestDataTypesOrderBy = Literal[
    "discount", "email", "first_visit_date", "id", "last_visit_date", "name", "phone", "sold_amount", "visit_count"
]

ROOT_TYPE_FOR_COMPANY_CPMPANUID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_VALUES: set[
    RootTypeForCompanyCpmpanuidClientsSearchRequestDataTypesOrderBy
] = {
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


def check_root_type_for_company_cpmpanuid_clients_search_request_data_types_order_by(
    value: str,
) -> RootTypeForCompanyCpmpanuidClientsSearchRequestDataTypesOrderBy:
    if value in ROOT_TYPE_FOR_COMPANY_CPMPANUID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_FOR_COMPANY_CPMPANUID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_ORDER_BY_VALUES!r}"
    )
