from typing import Literal

ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_CERTIFICATE_TYPES_CREATE_BODY_EXPIRATION_TIMEOUT_UNIT_ID_VALUES: set[
    ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id(
    value: int,
) -> ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId:
    if value in CHAIN_LOYALTY_CERTIFICATE_TYPES_CREATE_BODY_EXPIRATION_TIMEOUT_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_CERTIFICATE_TYPES_CREATE_BODY_EXPIRATION_TIMEOUT_UNIT_ID_VALUES!r}"
    )
