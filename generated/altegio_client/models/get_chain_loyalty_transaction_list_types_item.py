from typing import Literal

GetChainLoyaltyTransactionListTypesItem = Literal["1", "10", "11", "2", "3", "4", "5", "6", "7", "8", "9"]

GET_CHAIN_LOYALTY_TRANSACTION_LIST_TYPES_ITEM_VALUES: set[GetChainLoyaltyTransactionListTypesItem] = {
    "1",
    "10",
    "11",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_get_chain_loyalty_transaction_list_types_item(value: str) -> GetChainLoyaltyTransactionListTypesItem:
    if value in GET_CHAIN_LOYALTY_TRANSACTION_LIST_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CHAIN_LOYALTY_TRANSACTION_LIST_TYPES_ITEM_VALUES!r}"
    )
