from typing import Literal

CreateUserInvitationBodyInvitesItemUserRoleType3Type1 = Literal[
    "accountant", "administrator", "manager", "owner", "worker"
]

CREATE_USER_INVITATION_BODY_INVITES_ITEM_USER_ROLE_TYPE_3_TYPE_1_VALUES: set[
    CreateUserInvitationBodyInvitesItemUserRoleType3Type1
] = {
    "accountant",
    "administrator",
    "manager",
    "owner",
    "worker",
}


def check_create_user_invitation_body_invites_item_user_role_type_3_type_1(
    value: str,
) -> CreateUserInvitationBodyInvitesItemUserRoleType3Type1:
    if value in CREATE_USER_INVITATION_BODY_INVITES_ITEM_USER_ROLE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_INVITATION_BODY_INVITES_ITEM_USER_ROLE_TYPE_3_TYPE_1_VALUES!r}"
    )
