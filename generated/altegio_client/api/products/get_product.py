from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.product_response import ProductResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    product_id: int,
    *,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["term"] = term

    params["page"] = page

    params["count"] = count

    params["category_id"] = category_id

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/goods/{location_id}/{product_id}".format(
            location_id=quote(str(location_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProductResponse | None:
    if response.status_code == 200:
        response_200 = ProductResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ProductResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[ErrorResponse | ProductResponse]:
    """Get Products

     + term: name, article or barcode
    + page (number, `1`): page number
    + count (number, `25`): products per page
    + category_id (number, `777`): product category ID
    + changed_after (string): products created/changed since this date and time
    + changed_before (string): products created/changed before this date and time

    None of page, count, category_id, changed_after, changed_before apply when product_id is given.

    Args:
        location_id (int):
        product_id (int):
        term (str | Unset):
        page (int | Unset):
        count (int | Unset):
        category_id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProductResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
        term=term,
        page=page,
        count=count,
        category_id=category_id,
        changed_after=changed_after,
        changed_before=changed_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> ErrorResponse | ProductResponse | None:
    """Get Products

     + term: name, article or barcode
    + page (number, `1`): page number
    + count (number, `25`): products per page
    + category_id (number, `777`): product category ID
    + changed_after (string): products created/changed since this date and time
    + changed_before (string): products created/changed before this date and time

    None of page, count, category_id, changed_after, changed_before apply when product_id is given.

    Args:
        location_id (int):
        product_id (int):
        term (str | Unset):
        page (int | Unset):
        count (int | Unset):
        category_id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProductResponse
    """

    return sync_detailed(
        location_id=location_id,
        product_id=product_id,
        client=client,
        term=term,
        page=page,
        count=count,
        category_id=category_id,
        changed_after=changed_after,
        changed_before=changed_before,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[ErrorResponse | ProductResponse]:
    """Get Products

     + term: name, article or barcode
    + page (number, `1`): page number
    + count (number, `25`): products per page
    + category_id (number, `777`): product category ID
    + changed_after (string): products created/changed since this date and time
    + changed_before (string): products created/changed before this date and time

    None of page, count, category_id, changed_after, changed_before apply when product_id is given.

    Args:
        location_id (int):
        product_id (int):
        term (str | Unset):
        page (int | Unset):
        count (int | Unset):
        category_id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProductResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
        term=term,
        page=page,
        count=count,
        category_id=category_id,
        changed_after=changed_after,
        changed_before=changed_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> ErrorResponse | ProductResponse | None:
    """Get Products

     + term: name, article or barcode
    + page (number, `1`): page number
    + count (number, `25`): products per page
    + category_id (number, `777`): product category ID
    + changed_after (string): products created/changed since this date and time
    + changed_before (string): products created/changed before this date and time

    None of page, count, category_id, changed_after, changed_before apply when product_id is given.

    Args:
        location_id (int):
        product_id (int):
        term (str | Unset):
        page (int | Unset):
        count (int | Unset):
        category_id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProductResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
        )
    ).parsed
