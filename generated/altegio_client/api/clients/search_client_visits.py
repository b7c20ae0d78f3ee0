from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_client_visits_body import SearchClientVisitsBody
from ...models.search_client_visits_response_200 import SearchClientVisitsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/clients/visits/search".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SearchClientVisitsResponse200 | None:
    if response.status_code == 200:
        response_200 = SearchClientVisitsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SearchClientVisitsResponse200]:
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
    body: SearchClientVisitsBody | Unset = UNSET,
) -> Response[ErrorResponse | SearchClientVisitsResponse200]:
    """Search by customer history

     Returns a client's visit history: appointments and product purchases grouped by visit, filtered by
    visit status and paid status.

    - The client is given by `client_id` or `client_phone`; every other parameter is optional.
    - Results are ordered by visit date and paged 25 items at a time; visits with the same date as the
    page's last item are also put on that page so groups stay whole.
    - For the next page, pass the `from` and `to` values from the `meta` field of the current response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchClientVisitsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> ErrorResponse | SearchClientVisitsResponse200 | None:
    """Search by customer history

     Returns a client's visit history: appointments and product purchases grouped by visit, filtered by
    visit status and paid status.

    - The client is given by `client_id` or `client_phone`; every other parameter is optional.
    - Results are ordered by visit date and paged 25 items at a time; visits with the same date as the
    page's last item are also put on that page so groups stay whole.
    - For the next page, pass the `from` and `to` values from the `meta` field of the current response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchClientVisitsResponse200
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> Response[ErrorResponse | SearchClientVisitsResponse200]:
    """Search by customer history

     Returns a client's visit history: appointments and product purchases grouped by visit, filtered by
    visit status and paid status.

    - The client is given by `client_id` or `client_phone`; every other parameter is optional.
    - Results are ordered by visit date and paged 25 items at a time; visits with the same date as the
    page's last item are also put on that page so groups stay whole.
    - For the next page, pass the `from` and `to` values from the `meta` field of the current response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchClientVisitsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> ErrorResponse | SearchClientVisitsResponse200 | None:
    """Search by customer history

     Returns a client's visit history: appointments and product purchases grouped by visit, filtered by
    visit status and paid status.

    - The client is given by `client_id` or `client_phone`; every other parameter is optional.
    - Results are ordered by visit date and paged 25 items at a time; visits with the same date as the
    page's last item are also put on that page so groups stay whole.
    - For the next page, pass the `from` and `to` values from the `meta` field of the current response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchClientVisitsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
