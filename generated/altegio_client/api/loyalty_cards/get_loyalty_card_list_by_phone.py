from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.loyalty_card_response import LoyaltyCardResponse
from ...types import Response


def _get_kwargs(
    phone: str,
    chain_id: int,
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/cards/{phone}/{chain_id}/{location_id}".format(
            phone=quote(str(phone), safe=""),
            chain_id=quote(str(chain_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LoyaltyCardResponse | None:
    if response.status_code == 200:
        response_200 = LoyaltyCardResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LoyaltyCardResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | LoyaltyCardResponse]:
    """Get a List of Customer Cards by Phone Number

     Lists the cards of a client, with the promotions valid in this location. Card fields: id, balance,
    paid_amount ("paid" sum), sold_amount ("sold" sum), visits_count, number, type_id, salon_group_id
    (chain the card was made in), type and salon_group ({id, title}), programs. Program fields: id,
    title, loyalty_type_id, item_type_id (whether cashback counts on products), value_unit_id (percent
    discount or fixed sum), group_id (chain of the promotion), loyalty_type, rules. Rule fields: id,
    loyalty_program_id, loyalty_type_id, value (threshold the rule starts at).

    Args:
        phone (str):
        chain_id (int):
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LoyaltyCardResponse]
    """

    kwargs = _get_kwargs(
        phone=phone,
        chain_id=chain_id,
        location_id=location_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | LoyaltyCardResponse | None:
    """Get a List of Customer Cards by Phone Number

     Lists the cards of a client, with the promotions valid in this location. Card fields: id, balance,
    paid_amount ("paid" sum), sold_amount ("sold" sum), visits_count, number, type_id, salon_group_id
    (chain the card was made in), type and salon_group ({id, title}), programs. Program fields: id,
    title, loyalty_type_id, item_type_id (whether cashback counts on products), value_unit_id (percent
    discount or fixed sum), group_id (chain of the promotion), loyalty_type, rules. Rule fields: id,
    loyalty_program_id, loyalty_type_id, value (threshold the rule starts at).

    Args:
        phone (str):
        chain_id (int):
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LoyaltyCardResponse
    """

    return sync_detailed(
        phone=phone,
        chain_id=chain_id,
        location_id=location_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | LoyaltyCardResponse]:
    """Get a List of Customer Cards by Phone Number

     Lists the cards of a client, with the promotions valid in this location. Card fields: id, balance,
    paid_amount ("paid" sum), sold_amount ("sold" sum), visits_count, number, type_id, salon_group_id
    (chain the card was made in), type and salon_group ({id, title}), programs. Program fields: id,
    title, loyalty_type_id, item_type_id (whether cashback counts on products), value_unit_id (percent
    discount or fixed sum), group_id (chain of the promotion), loyalty_type, rules. Rule fields: id,
    loyalty_program_id, loyalty_type_id, value (threshold the rule starts at).

    Args:
        phone (str):
        chain_id (int):
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LoyaltyCardResponse]
    """

    kwargs = _get_kwargs(
        phone=phone,
        chain_id=chain_id,
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | LoyaltyCardResponse | None:
    """Get a List of Customer Cards by Phone Number

     Lists the cards of a client, with the promotions valid in this location. Card fields: id, balance,
    paid_amount ("paid" sum), sold_amount ("sold" sum), visits_count, number, type_id, salon_group_id
    (chain the card was made in), type and salon_group ({id, title}), programs. Program fields: id,
    title, loyalty_type_id, item_type_id (whether cashback counts on products), value_unit_id (percent
    discount or fixed sum), group_id (chain of the promotion), loyalty_type, rules. Rule fields: id,
    loyalty_program_id, loyalty_type_id, value (threshold the rule starts at).

    Args:
        phone (str):
        chain_id (int):
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LoyaltyCardResponse
    """

    return (
        await asyncio_detailed(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
            client=client,
        )
    ).parsed
