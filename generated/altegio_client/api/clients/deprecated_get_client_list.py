from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.root_type_for_clients_companyid_response_deprecated_data_types import (
    RootTypeForClientsCompanyidResponseDeprecatedDataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fullname"] = fullname

    params["phone"] = phone

    params["email"] = email

    params["paid_min"] = paid_min

    params["paid_max"] = paid_max

    params["page"] = page

    params["count"] = count

    json_id: list[int] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id[]"] = json_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes | None:
    if response.status_code == 200:
        response_200 = RootTypeForClientsCompanyidResponseDeprecatedDataTypes.from_dict(response.json())

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
) -> Response[ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes]:
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
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes]:
    """Deprecated. Get a list of clients

     + Parameter
        + company_id (required, number, `1`): ID of the location
        + page (number, `1`): page number
        + count (number, `20`): clients per page

    #### Client filters
    + fullname:Joh (optional, string): name or part of it
    + phone:1315 (optional, string): phone number or part of it
    + email:test@ (optional, string): part of the email
    + card:5663rt (optional, string): part of the loyalty card number
    + paid_min:100 (optional, number): minimum total paid
    + paid_max:0 (optional, number): maximum total paid
    + id:66 (optional, number): a single client ID
    + id[]: 66 (optional, array): several client IDs
    + changed_after: '2000-01-01T00:00:00' (optional, string): clients created/changed since this date
    and time
    + changed_before: '2020-12-31T23:59:59' (optional, string): clients created/changed before this date
    and time

    Args:
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        paid_min (float | Unset):
        paid_max (float | Unset):
        page (int | Unset):
        count (int | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        fullname=fullname,
        phone=phone,
        email=email,
        paid_min=paid_min,
        paid_max=paid_max,
        page=page,
        count=count,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    *,
    client: AuthenticatedClient,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes | None:
    """Deprecated. Get a list of clients

     + Parameter
        + company_id (required, number, `1`): ID of the location
        + page (number, `1`): page number
        + count (number, `20`): clients per page

    #### Client filters
    + fullname:Joh (optional, string): name or part of it
    + phone:1315 (optional, string): phone number or part of it
    + email:test@ (optional, string): part of the email
    + card:5663rt (optional, string): part of the loyalty card number
    + paid_min:100 (optional, number): minimum total paid
    + paid_max:0 (optional, number): maximum total paid
    + id:66 (optional, number): a single client ID
    + id[]: 66 (optional, array): several client IDs
    + changed_after: '2000-01-01T00:00:00' (optional, string): clients created/changed since this date
    and time
    + changed_before: '2020-12-31T23:59:59' (optional, string): clients created/changed before this date
    and time

    Args:
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        paid_min (float | Unset):
        paid_max (float | Unset):
        page (int | Unset):
        count (int | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        fullname=fullname,
        phone=phone,
        email=email,
        paid_min=paid_min,
        paid_max=paid_max,
        page=page,
        count=count,
        id=id,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> Response[ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes]:
    """Deprecated. Get a list of clients

     + Parameter
        + company_id (required, number, `1`): ID of the location
        + page (number, `1`): page number
        + count (number, `20`): clients per page

    #### Client filters
    + fullname:Joh (optional, string): name or part of it
    + phone:1315 (optional, string): phone number or part of it
    + email:test@ (optional, string): part of the email
    + card:5663rt (optional, string): part of the loyalty card number
    + paid_min:100 (optional, number): minimum total paid
    + paid_max:0 (optional, number): maximum total paid
    + id:66 (optional, number): a single client ID
    + id[]: 66 (optional, array): several client IDs
    + changed_after: '2000-01-01T00:00:00' (optional, string): clients created/changed since this date
    and time
    + changed_before: '2020-12-31T23:59:59' (optional, string): clients created/changed before this date
    and time

    Args:
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        paid_min (float | Unset):
        paid_max (float | Unset):
        page (int | Unset):
        count (int | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        fullname=fullname,
        phone=phone,
        email=email,
        paid_min=paid_min,
        paid_max=paid_max,
        page=page,
        count=count,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: list[int] | Unset = UNSET,
) -> ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes | None:
    """Deprecated. Get a list of clients

     + Parameter
        + company_id (required, number, `1`): ID of the location
        + page (number, `1`): page number
        + count (number, `20`): clients per page

    #### Client filters
    + fullname:Joh (optional, string): name or part of it
    + phone:1315 (optional, string): phone number or part of it
    + email:test@ (optional, string): part of the email
    + card:5663rt (optional, string): part of the loyalty card number
    + paid_min:100 (optional, number): minimum total paid
    + paid_max:0 (optional, number): maximum total paid
    + id:66 (optional, number): a single client ID
    + id[]: 66 (optional, array): several client IDs
    + changed_after: '2000-01-01T00:00:00' (optional, string): clients created/changed since this date
    and time
    + changed_before: '2020-12-31T23:59:59' (optional, string): clients created/changed before this date
    and time

    Args:
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        paid_min (float | Unset):
        paid_max (float | Unset):
        page (int | Unset):
        count (int | Unset):
        id (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RootTypeForClientsCompanyidResponseDeprecatedDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            id=id,
        )
    ).parsed
