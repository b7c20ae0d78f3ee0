from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.upload_image_body import UploadImageBody
from ...models.upload_image_response_200 import UploadImageResponse200
from ...types import Response


def _get_kwargs(
    entity: str,
    *,
    body: UploadImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/{entity}".format(
            entity=quote(str(entity), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UploadImageResponse200 | None:
    if response.status_code == 200:
        response_200 = UploadImageResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | UploadImageResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity: str,
    *,
    client: AuthenticatedClient,
    body: UploadImageBody,
) -> Response[ErrorResponse | UploadImageResponse200]:
    """Image upload

     Response object fields:
    - `image_binded` (boolean): whether images were linked to the entity
    - `image_group` (object): the image group

    Args:
        entity (str):
        body (UploadImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadImageResponse200]
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity: str,
    *,
    client: AuthenticatedClient,
    body: UploadImageBody,
) -> ErrorResponse | UploadImageResponse200 | None:
    """Image upload

     Response object fields:
    - `image_binded` (boolean): whether images were linked to the entity
    - `image_group` (object): the image group

    Args:
        entity (str):
        body (UploadImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadImageResponse200
    """

    return sync_detailed(
        entity=entity,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    entity: str,
    *,
    client: AuthenticatedClient,
    body: UploadImageBody,
) -> Response[ErrorResponse | UploadImageResponse200]:
    """Image upload

     Response object fields:
    - `image_binded` (boolean): whether images were linked to the entity
    - `image_group` (object): the image group

    Args:
        entity (str):
        body (UploadImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadImageResponse200]
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity: str,
    *,
    client: AuthenticatedClient,
    body: UploadImageBody,
) -> ErrorResponse | UploadImageResponse200 | None:
    """Image upload

     Response object fields:
    - `image_binded` (boolean): whether images were linked to the entity
    - `image_group` (object): the image group

    Args:
        entity (str):
        body (UploadImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadImageResponse200
    """

    return (
        await asyncio_detailed(
            entity=entity,
            client=client,
            body=body,
        )
    ).parsed
