from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.phone_number_format_check_response_200 import PhoneNumberFormatCheckResponse200
from ...types import Response


def _get_kwargs(
    phone: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/validation/validate_phone/{phone}".format(
            phone=quote(str(phone), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PhoneNumberFormatCheckResponse200 | None:
    if response.status_code == 200:
        response_200 = PhoneNumberFormatCheckResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | PhoneNumberFormatCheckResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PhoneNumberFormatCheckResponse200]:
    """Phone number format check

     The given phone number is validated against Altegio's rules.

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhoneNumberFormatCheckResponse200]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | PhoneNumberFormatCheckResponse200 | None:
    """Phone number format check

     The given phone number is validated against Altegio's rules.

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhoneNumberFormatCheckResponse200
    """

    return sync_detailed(
        phone=phone,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | PhoneNumberFormatCheckResponse200]:
    """Phone number format check

     The given phone number is validated against Altegio's rules.

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhoneNumberFormatCheckResponse200]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | PhoneNumberFormatCheckResponse200 | None:
    """Phone number format check

     The given phone number is validated against Altegio's rules.

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhoneNumberFormatCheckResponse200
    """

    return (
        await asyncio_detailed(
            phone=phone,
            client=client,
        )
    ).parsed
