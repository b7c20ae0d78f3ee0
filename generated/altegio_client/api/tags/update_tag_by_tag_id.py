from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_tags_update_request_data_types import RootTypeForTagsUpdateRequestDataTypes
from ...models.update_tag_by_tag_id_response_202 import UpdateTagByTagIdResponse202
from ...types import Response


def _get_kwargs(
    location_id: int,
    tag_id: int,
    *,
    body: RootTypeForTagsUpdateRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/labels/{location_id}/{tag_id}".format(
            location_id=quote(str(location_id), safe=""),
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateTagByTagIdResponse202 | None:
    if response.status_code == 202:
        response_202 = UpdateTagByTagIdResponse202.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateTagByTagIdResponse202]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForTagsUpdateRequestDataTypes,
) -> Response[ErrorResponse | UpdateTagByTagIdResponse202]:
    """Update Tag (Deprecated)

     **Deprecated:** call `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    Args:
        location_id (int):
        tag_id (int):
        body (RootTypeForTagsUpdateRequestDataTypes): Edit a tag Example: {'title': 'Testway2',
            'color': '#aa11ff', 'entity': 2, 'icon': 'Test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateTagByTagIdResponse202]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        tag_id=tag_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForTagsUpdateRequestDataTypes,
) -> ErrorResponse | UpdateTagByTagIdResponse202 | None:
    """Update Tag (Deprecated)

     **Deprecated:** call `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    Args:
        location_id (int):
        tag_id (int):
        body (RootTypeForTagsUpdateRequestDataTypes): Edit a tag Example: {'title': 'Testway2',
            'color': '#aa11ff', 'entity': 2, 'icon': 'Test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateTagByTagIdResponse202
    """

    return sync_detailed(
        location_id=location_id,
        tag_id=tag_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForTagsUpdateRequestDataTypes,
) -> Response[ErrorResponse | UpdateTagByTagIdResponse202]:
    """Update Tag (Deprecated)

     **Deprecated:** call `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    Args:
        location_id (int):
        tag_id (int):
        body (RootTypeForTagsUpdateRequestDataTypes): Edit a tag Example: {'title': 'Testway2',
            'color': '#aa11ff', 'entity': 2, 'icon': 'Test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateTagByTagIdResponse202]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        tag_id=tag_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient,
    body: RootTypeForTagsUpdateRequestDataTypes,
) -> ErrorResponse | UpdateTagByTagIdResponse202 | None:
    """Update Tag (Deprecated)

     **Deprecated:** call `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    Args:
        location_id (int):
        tag_id (int):
        body (RootTypeForTagsUpdateRequestDataTypes): Edit a tag Example: {'title': 'Testway2',
            'color': '#aa11ff', 'entity': 2, 'icon': 'Test'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateTagByTagIdResponse202
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            tag_id=tag_id,
            client=client,
            body=body,
        )
    ).parsed
