from typing import Literal

RootTypeForCompanyCpmpanuidClientsSearchRequestDataTypesOperation = Literal["AND", "OR"]

ROOT_TYPE_FOR_COMPANY_CPMPANUID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_OPERATION_VALUES: set[
    RootTypeForCompanyCpmpanuidClientsSearchRequestDataTypesOperation
] = {
    "AND",
    "OR",
}


def check_root_type_for_company_cpmpanuid_clients_search_request_data_types_operation(
    value: str,
) -> RootTypeForCompanyCpmpanuidClientsSearchRequestDataTypesOperation:
    if value in ROOT_TYPE_FOR_COMPANY_CPMPANUID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_OPERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_FOR_COMPANY_CPMPANUID_CLIENTS_SEARCH_REQUEST_DATA_TYPES_OPERATION_VALUES!r}"
    )
