from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.loyalty_revenue_statistics_response import LoyaltyRevenueStatisticsResponse
from ...types import UNSET, Response


def _get_kwargs(
    location_id: int,
    *,
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date_to"] = date_to

    params["date_from"] = date_from

    params["loyalty_program_id"] = loyalty_program_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/analytics/loyalty_programs/income".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LoyaltyRevenueStatisticsResponse | None:
    if response.status_code == 200:
        response_200 = LoyaltyRevenueStatisticsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LoyaltyRevenueStatisticsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> Response[ErrorResponse | LoyaltyRevenueStatisticsResponse]:
    """Get revenue statistics

     Returns revenue statistics for a promotion.

    Args:
        location_id (int):
        date_to (str):
        date_from (str):
        loyalty_program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LoyaltyRevenueStatisticsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_to=date_to,
        date_from=date_from,
        loyalty_program_id=loyalty_program_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> ErrorResponse | LoyaltyRevenueStatisticsResponse | None:
    """Get revenue statistics

     Returns revenue statistics for a promotion.

    Args:
        location_id (int):
        date_to (str):
        date_from (str):
        loyalty_program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LoyaltyRevenueStatisticsResponse
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        date_to=date_to,
        date_from=date_from,
        loyalty_program_id=loyalty_program_id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> Response[ErrorResponse | LoyaltyRevenueStatisticsResponse]:
    """Get revenue statistics

     Returns revenue statistics for a promotion.

    Args:
        location_id (int):
        date_to (str):
        date_from (str):
        loyalty_program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LoyaltyRevenueStatisticsResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_to=date_to,
        date_from=date_from,
        loyalty_program_id=loyalty_program_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> ErrorResponse | LoyaltyRevenueStatisticsResponse | None:
    """Get revenue statistics

     Returns revenue statistics for a promotion.

    Args:
        location_id (int):
        date_to (str):
        date_from (str):
        loyalty_program_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LoyaltyRevenueStatisticsResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
        )
    ).parsed
