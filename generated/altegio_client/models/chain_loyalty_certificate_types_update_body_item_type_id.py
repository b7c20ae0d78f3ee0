from typing import Literal

ChainLoyaltyCertificateTypesUpdateBodyItemTypeId = Literal[0, 1, 2, 3, 4]

CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_ITEM_TYPE_ID_VALUES: set[
    ChainLoyaltyCertificateTypesUpdateBodyItemTypeId
] = {
    0,
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_certificate_types_update_body_item_type_id(
    value: int,
) -> ChainLoyaltyCertificateTypesUpdateBodyItemTypeId:
    if value in CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_ITEM_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_ITEM_TYPE_ID_VALUES!r}"
    )
