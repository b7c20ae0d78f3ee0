from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_delete_response_200 import ChainLoyaltyCertificateTypesDeleteResponse200
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            type_id=quote(str(type_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesDeleteResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse]:
    """Delete certificate type

     Deletes a certificate type of the chain for good; a type with issued certificates cannot be deleted.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain_id: int,
    type_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse | None:
    """Delete certificate type

     Deletes a certificate type of the chain for good; a type with issued certificates cannot be deleted.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse
    """

    return sync_detailed(
        chain_id=chain_id,
        type_id=type_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse]:
    """Delete certificate type

     Deletes a certificate type of the chain for good; a type with issued certificates cannot be deleted.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    type_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse | None:
    """Delete certificate type

     Deletes a certificate type of the chain for good; a type with issued certificates cannot be deleted.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChainLoyaltyCertificateTypesDeleteResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            type_id=type_id,
            client=client,
        )
    ).parsed
