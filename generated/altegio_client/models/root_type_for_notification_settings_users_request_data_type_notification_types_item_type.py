from typing import Literal

RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType = Literal[
    "license_expire",
    "record_create_offline_admin",
    "record_create_offline_staff",
    "record_create_online_admin",
    "record_create_online_staff",
    "record_delete_admin",
    "record_delete_staff",
    "record_move_admin",
    "record_move_staff",
]

ROOT_TYPE_FOR_NOTIFICATION_SETTINGS_USERS_REQUEST_DATA_TYPE_NOTIFICATION_TYPES_ITEM_TYPE_VALUES: set[
    RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType
] = {
    "license_expire",
    "record_create_offline_admin",
    "record_create_offline_staff",
    "record_create_online_admin",
    "record_create_online_staff",
    "record_delete_admin",
    "record_delete_staff",
    "record_move_admin",
    "record_move_staff",
}


def check_root_type_for_notification_settings_users_request_data_type_notification_types_item_type(
    value: str,
) -> RootTypeForNotificationSettingsUsersRequestDataTypeNotificationTypesItemType:
    if value in ROOT_TYPE_FOR_NOTIFICATION_SETTINGS_USERS_REQUEST_DATA_TYPE_NOTIFICATION_TYPES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_FOR_NOTIFICATION_SETTINGS_USERS_REQUEST_DATA_TYPE_NOTIFICATION_TYPES_ITEM_TYPE_VALUES!r}"
    )
