from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.visit_loyalty_transaction import VisitLoyaltyTransaction
from ...types import Response


def _get_kwargs(
    visit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/visit/loyalty/transactions/{visit_id}".format(
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[VisitLoyaltyTransaction] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemasvisit_loyalty_transaction_reaponse_data_types_item_data in _response_200:
            componentsschemasvisit_loyalty_transaction_reaponse_data_types_item = VisitLoyaltyTransaction.from_dict(
                componentsschemasvisit_loyalty_transaction_reaponse_data_types_item_data
            )

            response_200.append(componentsschemasvisit_loyalty_transaction_reaponse_data_types_item)

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
) -> Response[ErrorResponse | list[VisitLoyaltyTransaction]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[VisitLoyaltyTransaction]]:
    """Get loyalty transactions by visit

     Lists the loyalty promotion transactions of the visit.

    Args:
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[VisitLoyaltyTransaction]]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[VisitLoyaltyTransaction] | None:
    """Get loyalty transactions by visit

     Lists the loyalty promotion transactions of the visit.

    Args:
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[VisitLoyaltyTransaction]
    """

    return sync_detailed(
        visit_id=visit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[VisitLoyaltyTransaction]]:
    """Get loyalty transactions by visit

     Lists the loyalty promotion transactions of the visit.

    Args:
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[VisitLoyaltyTransaction]]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[VisitLoyaltyTransaction] | None:
    """Get loyalty transactions by visit

     Lists the loyalty promotion transactions of the visit.

    Args:
        visit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[VisitLoyaltyTransaction]
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            client=client,
        )
    ).parsed
