from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.membership_list_response import MembershipListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_after"] = created_after

    params["created_before"] = created_before

    json_abonements_ids: list[int] | Unset = UNSET
    if not isinstance(abonements_ids, Unset):
        json_abonements_ids = abonements_ids

    params["abonements_ids"] = json_abonements_ids

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/abonements".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MembershipListResponse | None:
    if response.status_code == 200:
        response_200 = MembershipListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MembershipListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ErrorResponse | MembershipListResponse]:
    """Get a List of Memberships by Filter

    Args:
        chain_id (int):
        created_after (str | Unset):
        created_before (str | Unset):
        abonements_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MembershipListResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        created_after=created_after,
        created_before=created_before,
        abonements_ids=abonements_ids,
        page=page,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ErrorResponse | MembershipListResponse | None:
    """Get a List of Memberships by Filter

    Args:
        chain_id (int):
        created_after (str | Unset):
        created_before (str | Unset):
        abonements_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MembershipListResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        created_after=created_after,
        created_before=created_before,
        abonements_ids=abonements_ids,
        page=page,
        count=count,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ErrorResponse | MembershipListResponse]:
    """Get a List of Memberships by Filter

    Args:
        chain_id (int):
        created_after (str | Unset):
        created_before (str | Unset):
        abonements_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MembershipListResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        created_after=created_after,
        created_before=created_before,
        abonements_ids=abonements_ids,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ErrorResponse | MembershipListResponse | None:
    """Get a List of Memberships by Filter

    Args:
        chain_id (int):
        created_after (str | Unset):
        created_before (str | Unset):
        abonements_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MembershipListResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
        )
    ).parsed
