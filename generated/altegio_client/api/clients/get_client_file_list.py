from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_file_list_response import ClientFileListResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/clients/files/{client_id}".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientFileListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClientFileListResponse.from_dict(response.json())

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
) -> Response[ClientFileListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ClientFileListResponse | ErrorResponse]:
    """Sample Request to Get a List of Client Files

     Returns the files uploaded for a client, given the location ID and the client ID (the client ID
    comes from the client collection).

    The result is an array of client files with: `id` (number, file ID), `client_id` (number), `name`
    (string, file name with extension), `description` (string), `extension` (string, file extension),
    `mime` (string, MIME type), `link` (string, download link), `date_create` (string, upload date,
    ISO8601), `size` (string, formatted size), `username` (string, name of the uploader), `user_avatar`
    (string, uploader's avatar), `can_edit` (boolean, true if you may change and delete the file).

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientFileListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> ClientFileListResponse | ErrorResponse | None:
    """Sample Request to Get a List of Client Files

     Returns the files uploaded for a client, given the location ID and the client ID (the client ID
    comes from the client collection).

    The result is an array of client files with: `id` (number, file ID), `client_id` (number), `name`
    (string, file name with extension), `description` (string), `extension` (string, file extension),
    `mime` (string, MIME type), `link` (string, download link), `date_create` (string, upload date,
    ISO8601), `size` (string, formatted size), `username` (string, name of the uploader), `user_avatar`
    (string, uploader's avatar), `can_edit` (boolean, true if you may change and delete the file).

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientFileListResponse | ErrorResponse
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ClientFileListResponse | ErrorResponse]:
    """Sample Request to Get a List of Client Files

     Returns the files uploaded for a client, given the location ID and the client ID (the client ID
    comes from the client collection).

    The result is an array of client files with: `id` (number, file ID), `client_id` (number), `name`
    (string, file name with extension), `description` (string), `extension` (string, file extension),
    `mime` (string, MIME type), `link` (string, download link), `date_create` (string, upload date,
    ISO8601), `size` (string, formatted size), `username` (string, name of the uploader), `user_avatar`
    (string, uploader's avatar), `can_edit` (boolean, true if you may change and delete the file).

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientFileListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> ClientFileListResponse | ErrorResponse | None:
    """Sample Request to Get a List of Client Files

     Returns the files uploaded for a client, given the location ID and the client ID (the client ID
    comes from the client collection).

    The result is an array of client files with: `id` (number, file ID), `client_id` (number), `name`
    (string, file name with extension), `description` (string), `extension` (string, file extension),
    `mime` (string, MIME type), `link` (string, download link), `date_create` (string, upload date,
    ISO8601), `size` (string, formatted size), `username` (string, name of the uploader), `user_avatar`
    (string, uploader's avatar), `can_edit` (boolean, true if you may change and delete the file).

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientFileListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
        )
    ).parsed
