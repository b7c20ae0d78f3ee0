from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.loyalty_card_types_response_data_types_item import LoyaltyCardTypesResponseDataTypesItem
from ...types import Response


def _get_kwargs(
    location_id: int,
    phone: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/card_types/client/{location_id}/{phone}".format(
            location_id=quote(str(location_id), safe=""),
            phone=quote(str(phone), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemasloyalty_card_types_response_data_types_item_data in _response_200:
            componentsschemasloyalty_card_types_response_data_types_item = (
                LoyaltyCardTypesResponseDataTypesItem.from_dict(
                    componentsschemasloyalty_card_types_response_data_types_item_data
                )
            )

            response_200.append(componentsschemasloyalty_card_types_response_data_types_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem]]:
    """Get a List of Card Types Available for Issuance to the Client

     Lists the card types that can be issued to a client of the location. Fields: id, title,
    salon_group_id (chain where the type was made) and salon_group ({id, title} of that chain).

    Args:
        location_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem]]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem] | None:
    """Get a List of Card Types Available for Issuance to the Client

     Lists the card types that can be issued to a client of the location. Fields: id, title,
    salon_group_id (chain where the type was made) and salon_group ({id, title} of that chain).

    Args:
        location_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem]
    """

    return sync_detailed(
        location_id=location_id,
        phone=phone,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem]]:
    """Get a List of Card Types Available for Issuance to the Client

     Lists the card types that can be issued to a client of the location. Fields: id, title,
    salon_group_id (chain where the type was made) and salon_group ({id, title} of that chain).

    Args:
        location_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem]]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    phone: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem] | None:
    """Get a List of Card Types Available for Issuance to the Client

     Lists the card types that can be issued to a client of the location. Fields: id, title,
    salon_group_id (chain where the type was made) and salon_group ({id, title} of that chain).

    Args:
        location_id (int):
        phone (str):  Example: +13155550175.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[LoyaltyCardTypesResponseDataTypesItem]
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            phone=phone,
            client=client,
        )
    ).parsed
