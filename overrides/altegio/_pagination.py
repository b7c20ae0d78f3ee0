"""Walking the paged list operations: ``page`` with the page size under any of its published names.

No I/O here: the sync and async iterators share the bookkeeping. When the answer says how many
items there are (``meta.count`` or ``meta.total_count``), a walk goes on until that many have been
seen or a page comes back empty: a server that caps the page size below the one asked for cannot
cut the walk short. Without a total, the first short page ends it. Always: a page that repeats the
previous one (a server that ignores ``page``) or ``max_pages`` ends it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from altegio_client.types import Unset

from ._logging import logger

# The page size, as the published operations name it (page_size: loyalty, count: most lists,
# editable_length: appointments and fiscal transactions, limit: chain deposits, per_page: reserved).
SIZE_PARAMS = ("page_size", "count", "editable_length", "limit", "per_page")
DEFAULT_PAGE_SIZE = 100  # the documented maximum of page_size
DEFAULT_MAX_PAGES = 10_000


def size_param_of(operation: Callable[..., object]) -> str:
    parameters = inspect.signature(operation).parameters
    if "page" not in parameters:
        raise TypeError(f"{operation.__module__} is not a paged operation (no page parameter)")
    for name in SIZE_PARAMS:
        if name in parameters:
            return name
    raise TypeError(f"{operation.__module__} has a page parameter but no page size ({', '.join(SIZE_PARAMS)})")


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
        # With a total, a capped (short) page is not the last while the total says more are there.
        more = len(items) >= self.size if total is None else bool(items) and self.seen < total
        more = more and self.pages < self.max_pages
        return items, more


def _total(envelope: Any) -> int | None:
    """The number of items the server says there are: ``meta.count`` or ``meta.total_count``."""
    meta = getattr(envelope, "meta", None)
    for name in ("count", "total_count"):
        count = getattr(meta, name, None)
        if isinstance(count, int) and not isinstance(count, bool):
            return count
    return None
