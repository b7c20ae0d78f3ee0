from typing import Literal

GetChainServiceCategoryListInclude = Literal["services"]

GET_CHAIN_SERVICE_CATEGORY_LIST_INCLUDE_VALUES: set[GetChainServiceCategoryListInclude] = {
    "services",
}


def check_get_chain_service_category_list_include(value: str) -> GetChainServiceCategoryListInclude:
    if value in GET_CHAIN_SERVICE_CATEGORY_LIST_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CHAIN_SERVICE_CATEGORY_LIST_INCLUDE_VALUES!r}")
