from typing import Literal

UpdateUserPermissionsBodyUserRole = Literal[
    "accountant", "administrator", "free_readonly", "free_readonly_admin", "manager", "owner", "worker"
]

UPDATE_USER_PERMISSIONS_BODY_USER_ROLE_VALUES: set[UpdateUserPermissionsBodyUserRole] = {
    "accountant",
    "administrator",
    "free_readonly",
    "free_readonly_admin",
    "manager",
    "owner",
    "worker",
}


def check_update_user_permissions_body_user_role(value: str) -> UpdateUserPermissionsBodyUserRole:
    if value in UPDATE_USER_PERMISSIONS_BODY_USER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_USER_PERMISSIONS_BODY_USER_ROLE_VALUES!r}")
