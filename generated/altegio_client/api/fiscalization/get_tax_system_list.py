from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_tax_system_response_data_types import RootTypeForTaxSystemResponseDataTypes
from ...types import Response


def _get_kwargs(
    country_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/kkm/references/tax_system/{country_id}".format(
            country_id=quote(str(country_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForTaxSystemResponseDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForTaxSystemResponseDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForTaxSystemResponseDataTypes]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RootTypeForTaxSystemResponseDataTypes]:
    """List request example

     Returns the **tax systems** and **VAT** rates of a country, given its country ID (taken from the
    [list of countries](#countries)).

    The result is an array of tax systems, each holding a nested VAT array. Tax system fields: `title`
    (string, name), `slug` (string, code name), `vats` (array of VAT objects available under this
    system). VAT fields: `title` (string, VAT name), `slug` (string, VAT code name).

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTaxSystemResponseDataTypes]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RootTypeForTaxSystemResponseDataTypes | None:
    """List request example

     Returns the **tax systems** and **VAT** rates of a country, given its country ID (taken from the
    [list of countries](#countries)).

    The result is an array of tax systems, each holding a nested VAT array. Tax system fields: `title`
    (string, name), `slug` (string, code name), `vats` (array of VAT objects available under this
    system). VAT fields: `title` (string, VAT name), `slug` (string, VAT code name).

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTaxSystemResponseDataTypes
    """

    return sync_detailed(
        country_id=country_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    country_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RootTypeForTaxSystemResponseDataTypes]:
    """List request example

     Returns the **tax systems** and **VAT** rates of a country, given its country ID (taken from the
    [list of countries](#countries)).

    The result is an array of tax systems, each holding a nested VAT array. Tax system fields: `title`
    (string, name), `slug` (string, code name), `vats` (array of VAT objects available under this
    system). VAT fields: `title` (string, VAT name), `slug` (string, VAT code name).

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForTaxSystemResponseDataTypes]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RootTypeForTaxSystemResponseDataTypes | None:
    """List request example

     Returns the **tax systems** and **VAT** rates of a country, given its country ID (taken from the
    [list of countries](#countries)).

    The result is an array of tax systems, each holding a nested VAT array. Tax system fields: `title`
    (string, name), `slug` (string, code name), `vats` (array of VAT objects available under this
    system). VAT fields: `title` (string, VAT name), `slug` (string, VAT code name).

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForTaxSystemResponseDataTypes
    """

    return (
        await asyncio_detailed(
            country_id=country_id,
            client=client,
        )
    ).parsed
