from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_tag_list_by_entity_entity import GetTagListByEntityEntity
from ...models.root_type_for_tags_company_entity import RootTypeForTagsCompanyEntity
from ...types import Response


def _get_kwargs(
    location_id: int,
    entity: GetTagListByEntityEntity,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{location_id}/{entity}".format(
            location_id=quote(str(location_id), safe=""),
            entity=quote(str(entity), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForTagsCompanyEntity | None:
    if response.status_code == 200:
        response_200 = RootTypeForTagsCompanyEntity.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForTagsCompanyEntity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForTagsCompanyEntity]:
    """Get location tags (Deprecated)

     **Deprecated:** call `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
    Lists tags of the given entity type. `entity` takes string aliases:
    - `common`: common tags
    - `client`: client tags
    - `record`: appointment/record tags
    - `activity`: activity/event tags

    > **Legacy:** numeric values `0`, `1`, `2`, `3` still work, but the aliases are preferred.

    Args:
        location_id (int):
        entity (GetTagListByEntityEntity):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTagsCompanyEntity]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity=entity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForTagsCompanyEntity | None:
    """Get location tags (Deprecated)

     **Deprecated:** call `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
    Lists tags of the given entity type. `entity` takes string aliases:
    - `common`: common tags
    - `client`: client tags
    - `record`: appointment/record tags
    - `activity`: activity/event tags

    > **Legacy:** numeric values `0`, `1`, `2`, `3` still work, but the aliases are preferred.

    Args:
        location_id (int):
        entity (GetTagListByEntityEntity):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTagsCompanyEntity
    """

    return sync_detailed(
        location_id=location_id,
        entity=entity,
        client=client,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | RootTypeForTagsCompanyEntity]:
    """Get location tags (Deprecated)

     **Deprecated:** call `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
    Lists tags of the given entity type. `entity` takes string aliases:
    - `common`: common tags
    - `client`: client tags
    - `record`: appointment/record tags
    - `activity`: activity/event tags

    > **Legacy:** numeric values `0`, `1`, `2`, `3` still work, but the aliases are preferred.

    Args:
        location_id (int):
        entity (GetTagListByEntityEntity):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTagsCompanyEntity]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity=entity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | RootTypeForTagsCompanyEntity | None:
    """Get location tags (Deprecated)

     **Deprecated:** call `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
    Lists tags of the given entity type. `entity` takes string aliases:
    - `common`: common tags
    - `client`: client tags
    - `record`: appointment/record tags
    - `activity`: activity/event tags

    > **Legacy:** numeric values `0`, `1`, `2`, `3` still work, but the aliases are preferred.

    Args:
        location_id (int):
        entity (GetTagListByEntityEntity):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTagsCompanyEntity
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            entity=entity,
            client=client,
        )
    ).parsed
