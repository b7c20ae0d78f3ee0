from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_custom_fields_request_data_type import RootTypeForCustomFieldsRequestDataType
from ...models.root_type_for_custom_fields_response_data_types import RootTypeForCustomFieldsResponseDataTypes
from ...types import Response


def _get_kwargs(
    field_category: str,
    location_id: int,
    *,
    body: RootTypeForCustomFieldsRequestDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom_fields/{field_category}/{location_id}".format(
            field_category=quote(str(field_category), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForCustomFieldsResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForCustomFieldsResponseDataTypes.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
    body: RootTypeForCustomFieldsRequestDataType,
) -> Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]:
    """Adding a Custom Field

     Adding a field requires the user to belong to the **Chain associated with the location** and to hold
    the right **Settings → Access → Custom Fields → Create custom fields**.

    Args:
        field_category (str):
        location_id (int):
        body (RootTypeForCustomFieldsRequestDataType): Add a custom field Example: {'type':
            'text', 'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True,
            'show_in_ui': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    field_category: str,
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForCustomFieldsRequestDataType,
) -> ErrorResponse | RootTypeForCustomFieldsResponseDataTypes | None:
    """Adding a Custom Field

     Adding a field requires the user to belong to the **Chain associated with the location** and to hold
    the right **Settings → Access → Custom Fields → Create custom fields**.

    Args:
        field_category (str):
        location_id (int):
        body (RootTypeForCustomFieldsRequestDataType): Add a custom field Example: {'type':
            'text', 'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True,
            'show_in_ui': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForCustomFieldsResponseDataTypes
    """

    return sync_detailed(
        field_category=field_category,
        location_id=location_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    field_category: str,
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForCustomFieldsRequestDataType,
) -> Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]:
    """Adding a Custom Field

     Adding a field requires the user to belong to the **Chain associated with the location** and to hold
    the right **Settings → Access → Custom Fields → Create custom fields**.

    Args:
        field_category (str):
        location_id (int):
        body (RootTypeForCustomFieldsRequestDataType): Add a custom field Example: {'type':
            'text', 'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True,
            'show_in_ui': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForCustomFieldsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_category: str,
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForCustomFieldsRequestDataType,
) -> ErrorResponse | RootTypeForCustomFieldsResponseDataTypes | None:
    """Adding a Custom Field

     Adding a field requires the user to belong to the **Chain associated with the location** and to hold
    the right **Settings → Access → Custom Fields → Create custom fields**.

    Args:
        field_category (str):
        location_id (int):
        body (RootTypeForCustomFieldsRequestDataType): Add a custom field Example: {'type':
            'text', 'code': 'my_text_field', 'title': 'test field', 'user_can_edit': True,
            'show_in_ui': True}.

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
            client=client,
            body=body,
        )
    ).parsed
