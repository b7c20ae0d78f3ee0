from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_email_clients_by_id_request_data_types import RootTypeForEmailClientsByIdRequestDataTypes
from ...models.root_type_for_sms_clients_by_id_response_data_types import RootTypeForSmsClientsByIdResponseDataTypes
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: RootTypeForEmailClientsByIdRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/clients/by_id/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes | None:
    if response.status_code == 201:
        response_201 = RootTypeForSmsClientsByIdResponseDataTypes.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes]:
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
    body: RootTypeForEmailClientsByIdRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes]:
    """Send Email newsletter according to the list of clients

     Email campaign creation object fields:
    - `client_ids` (array of numbers): IDs of the clients
    - `text` (string): email body
    - `subject` (string): email subject

    Args:
        location_id (int):
        body (RootTypeForEmailClientsByIdRequestDataTypes): Send an email newsletter to a list of
            clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
            clients, we congratulate you on being our clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes]
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
    body: RootTypeForEmailClientsByIdRequestDataTypes,
) -> ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes | None:
    """Send Email newsletter according to the list of clients

     Email campaign creation object fields:
    - `client_ids` (array of numbers): IDs of the clients
    - `text` (string): email body
    - `subject` (string): email subject

    Args:
        location_id (int):
        body (RootTypeForEmailClientsByIdRequestDataTypes): Send an email newsletter to a list of
            clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
            clients, we congratulate you on being our clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes
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
    body: RootTypeForEmailClientsByIdRequestDataTypes,
) -> Response[ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes]:
    """Send Email newsletter according to the list of clients

     Email campaign creation object fields:
    - `client_ids` (array of numbers): IDs of the clients
    - `text` (string): email body
    - `subject` (string): email subject

    Args:
        location_id (int):
        body (RootTypeForEmailClientsByIdRequestDataTypes): Send an email newsletter to a list of
            clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
            clients, we congratulate you on being our clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes]
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
    body: RootTypeForEmailClientsByIdRequestDataTypes,
) -> ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes | None:
    """Send Email newsletter according to the list of clients

     Email campaign creation object fields:
    - `client_ids` (array of numbers): IDs of the clients
    - `text` (string): email body
    - `subject` (string): email subject

    Args:
        location_id (int):
        body (RootTypeForEmailClientsByIdRequestDataTypes): Send an email newsletter to a list of
            clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
            clients, we congratulate you on being our clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForSmsClientsByIdResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
