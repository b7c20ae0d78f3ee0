from typing import Literal

RootTypeForFiscalizationRequestDataTypesType = Literal["return", "sale"]

ROOT_TYPE_FOR_FISCALIZATION_REQUEST_DATA_TYPES_TYPE_VALUES: set[RootTypeForFiscalizationRequestDataTypesType] = {
    "return",
    "sale",
}


def check_root_type_for_fiscalization_request_data_types_type(
    value: str,
) -> RootTypeForFiscalizationRequestDataTypesType:
    if value in ROOT_TYPE_FOR_FISCALIZATION_REQUEST_DATA_TYPES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOT_TYPE_FOR_FISCALIZATION_REQUEST_DATA_TYPES_TYPE_VALUES!r}"
    )
