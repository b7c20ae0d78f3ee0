from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_client_body import UpdateClientBody
from ...models.update_client_response_200 import UpdateClientResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    id: int,
    *,
    body: UpdateClientBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/client/{location_id}/{id}".format(
            location_id=quote(str(location_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateClientResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateClientResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateClientResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateClientBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateClientResponse200]:
    """Edit client

    Args:
        location_id (int):
        id (int):
        body (UpdateClientBody | Unset):  Example: {'name': 'James', 'surname': 'Smith',
            'middle_name': 'James', 'phone': 13155550179, 'email': 'j.smith@example.com', 'gender_id':
            1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
            'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
            -200, 'labels': [101, 102], 'custom_fields': {'key-1': 'value-1'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateClientResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateClientBody | Unset = UNSET,
) -> ErrorResponse | UpdateClientResponse200 | None:
    """Edit client

    Args:
        location_id (int):
        id (int):
        body (UpdateClientBody | Unset):  Example: {'name': 'James', 'surname': 'Smith',
            'middle_name': 'James', 'phone': 13155550179, 'email': 'j.smith@example.com', 'gender_id':
            1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
            'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
            -200, 'labels': [101, 102], 'custom_fields': {'key-1': 'value-1'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateClientResponse200
    """

    return sync_detailed(
        location_id=location_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateClientBody | Unset = UNSET,
) -> Response[ErrorResponse | UpdateClientResponse200]:
    """Edit client

    Args:
        location_id (int):
        id (int):
        body (UpdateClientBody | Unset):  Example: {'name': 'James', 'surname': 'Smith',
            'middle_name': 'James', 'phone': 13155550179, 'email': 'j.smith@example.com', 'gender_id':
            1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
            'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
            -200, 'labels': [101, 102], 'custom_fields': {'key-1': 'value-1'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateClientResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateClientBody | Unset = UNSET,
) -> ErrorResponse | UpdateClientResponse200 | None:
    """Edit client

    Args:
        location_id (int):
        id (int):
        body (UpdateClientBody | Unset):  Example: {'name': 'James', 'surname': 'Smith',
            'middle_name': 'James', 'phone': 13155550179, 'email': 'j.smith@example.com', 'gender_id':
            1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
            'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
            -200, 'labels': [101, 102], 'custom_fields': {'key-1': 'value-1'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateClientResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
