"""Walking the paged list operations: ``page`` with ``page_size`` or with ``count``.

No I/O here: the sync and async iterators share the bookkeeping. A walk stops at the first
empty or short page, once ``meta.count`` (or ``meta.total_count``) items have been seen, when a page repeats the
previous one (a server that ignores ``page``), or after ``max_pages``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from altegio_client.types import Unset

from ._logging import logger

SIZE_PARAMS = ("page_size", "count")
DEFAULT_PAGE_SIZE = 100  # the documented maximum of page_size
DEFAULT_MAX_PAGES = 10_000


def size_param_of(operation: Callable[..., object]) -> str:
    parameters = inspect.signature(operation).parameters
    if "page" not in parameters:
        raise TypeError(f"{operation.__module__} is not a paged operation (no page parameter)")
    for name in SIZE_PARAMS:
        if name in parameters:
            return name
    raise TypeError(f"{operation.__module__} has a page parameter but no page_size or count")


@dataclass
class Pager:
    operation: str
    size_param: str
    size: int = DEFAULT_PAGE_SIZE
    page: int = 1
    max_pages: int = DEFAULT_MAX_PAGES
    seen: int = 0
    pages: int = 0
    _previous: list[Any] | None = field(default=None, repr=False)

    def params(self) -> dict[str, int]:
        return {"page": self.page, self.size_param: self.size}

    def take(self, envelope: Any) -> tuple[list[Any], bool]:
        """The new items of one answered page, and whether to ask for the next one."""
        data = envelope.data
        items: list[Any] = [] if isinstance(data, Unset) or data is None else list(data)
        snapshot = [item.to_dict() if hasattr(item, "to_dict") else item for item in items]
        if items and snapshot == self._previous:
            logger.debug(
                "%s: page %d repeats page %d; the server ignores page", self.operation, self.page, self.page - 1
            )
            return [], False
        self._previous = snapshot
        self.seen += len(items)
        self.pages += 1
        self.page += 1
        total = _total(envelope)
        more = len(items) >= self.size and (total is None or self.seen < total) and self.pages < self.max_pages
        return items, more


def _total(envelope: Any) -> int | None:
    """The number of items the server says there are: ``meta.count`` or ``meta.total_count``."""
    meta = getattr(envelope, "meta", None)
    for name in ("count", "total_count"):
        count = getattr(meta, name, None)
        if isinstance(count, int) and not isinstance(count, bool):
            return count
    return None
