from typing import Literal

ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId = Literal[0, 1, 2]

CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_EXPIRATION_TYPE_ID_VALUES: set[
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId
] = {
    0,
    1,
    2,
}


def check_chain_loyalty_certificate_types_update_body_expiration_type_id(
    value: int,
) -> ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId:
    if value in CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_EXPIRATION_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_EXPIRATION_TYPE_ID_VALUES!r}"
    )
