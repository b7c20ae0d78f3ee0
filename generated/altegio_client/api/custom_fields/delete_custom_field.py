from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_custom_fields_response_data_types import RootTypeForCustomFieldsResponseDataTypes
from ...types import Response


def _get_kwargs(
    field_category: str,
    location_id: int,
    field_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/custom_fields/{field_category}/{location_id}/{field_id}".format(
            field_category=quote(str(field_category), safe=""),
            location_id=quote(str(location_id), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForCustomFieldsResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForCustomFieldsResponseDataTypes.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]:
    """Remove a Custom Field from a Location

     Removing a field requires the user to belong to the **Chain associated with the location** and to
    hold the right **Settings → Access → Custom Fields → Remove custom fields**.

    Args:
        field_category (str):
        location_id (int):
        field_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForCustomFieldsResponseDataTypes | None:
    """Remove a Custom Field from a Location

     Removing a field requires the user to belong to the **Chain associated with the location** and to
    hold the right **Settings → Access → Custom Fields → Remove custom fields**.

    Args:
        field_category (str):
        location_id (int):
        field_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCustomFieldsResponseDataTypes
    """

    return sync_detailed(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]:
    """Remove a Custom Field from a Location

     Removing a field requires the user to belong to the **Chain associated with the location** and to
    hold the right **Settings → Access → Custom Fields → Remove custom fields**.

    Args:
        field_category (str):
        location_id (int):
        field_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForCustomFieldsResponseDataTypes | None:
    """Remove a Custom Field from a Location

     Removing a field requires the user to belong to the **Chain associated with the location** and to
    hold the right **Settings → Access → Custom Fields → Remove custom fields**.

    Args:
        field_category (str):
        location_id (int):
        field_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCustomFieldsResponseDataTypes
    """

    return (
        await asyncio_detailed(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            client=client,
        )
    ).parsed
