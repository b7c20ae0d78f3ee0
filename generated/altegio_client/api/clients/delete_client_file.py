from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_client_file_response_202 import DeleteClientFileResponse202
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    client_id: int,
    file_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/company/{location_id}/clients/files/{client_id}/{file_id}".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteClientFileResponse202 | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = DeleteClientFileResponse202.from_dict(response.json())

        return response_202

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
) -> Response[DeleteClientFileResponse202 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    client_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteClientFileResponse202 | ErrorResponse]:
    """Delete request example

    Args:
        location_id (int):
        client_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteClientFileResponse202 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    client_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> DeleteClientFileResponse202 | ErrorResponse | None:
    """Delete request example

    Args:
        location_id (int):
        client_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteClientFileResponse202 | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteClientFileResponse202 | ErrorResponse]:
    """Delete request example

    Args:
        location_id (int):
        client_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteClientFileResponse202 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    file_id: int,
    *,
    client: AuthenticatedClient,
) -> DeleteClientFileResponse202 | ErrorResponse | None:
    """Delete request example

    Args:
        location_id (int):
        client_id (int):
        file_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteClientFileResponse202 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
