from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tag_response_202 import CreateTagResponse202
from ...models.error_response import ErrorResponse
from ...models.root_type_for_tags_create_response_200_data_types import RootTypeForTagsCreateResponse200DataTypes
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["title"] = title

    params["color"] = color

    params["entity"] = entity

    params["icon"] = icon

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForTagsCreateResponse200DataTypes.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = CreateTagResponse202.from_dict(response.json())

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
) -> Response[CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes]:
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
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> Response[CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes]:
    """Create a Tag (Deprecated)

     **Deprecated:** call `POST /api/v2/companies/{company_id}/tags` instead.

    Adds a tag to the given location.

    Args:
        location_id (int):
        title (str):
        color (str):
        entity (int | Unset):
        icon (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        title=title,
        color=color,
        entity=entity,
        icon=icon,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes | None:
    """Create a Tag (Deprecated)

     **Deprecated:** call `POST /api/v2/companies/{company_id}/tags` instead.

    Adds a tag to the given location.

    Args:
        location_id (int):
        title (str):
        color (str):
        entity (int | Unset):
        icon (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        title=title,
        color=color,
        entity=entity,
        icon=icon,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> Response[CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes]:
    """Create a Tag (Deprecated)

     **Deprecated:** call `POST /api/v2/companies/{company_id}/tags` instead.

    Adds a tag to the given location.

    Args:
        location_id (int):
        title (str):
        color (str):
        entity (int | Unset):
        icon (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        title=title,
        color=color,
        entity=entity,
        icon=icon,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    title: str,
    color: str,
    entity: int | Unset = UNSET,
    icon: str | Unset = UNSET,
) -> CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes | None:
    """Create a Tag (Deprecated)

     **Deprecated:** call `POST /api/v2/companies/{company_id}/tags` instead.

    Adds a tag to the given location.

    Args:
        location_id (int):
        title (str):
        color (str):
        entity (int | Unset):
        icon (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTagResponse202 | ErrorResponse | RootTypeForTagsCreateResponse200DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        )
    ).parsed
