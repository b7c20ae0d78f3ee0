from typing import Literal

ListRolesIncludeItem = Literal["user_permissions"]

LIST_ROLES_INCLUDE_ITEM_VALUES: set[ListRolesIncludeItem] = {
    "user_permissions",
}


def check_list_roles_include_item(value: str) -> ListRolesIncludeItem:
    if value in LIST_ROLES_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ROLES_INCLUDE_ITEM_VALUES!r}")
