"""Walking the paged list operations: ``page`` with the page size under any of its published names.

No I/O here: the sync and async iterators share the bookkeeping. Nothing is spelt out per operation:
``paging_of`` reads each generated operation's signature (a ``page`` parameter and one of
``SIZE_PARAMS``) and its success model (where the page's list is, which total it declares):

- ``{success, data, meta}`` with ``data`` a list (or, for the answers that send one object or a list
  of it, one object: a page of one item);
- ``data`` one object holding the list (the product category composition: ``data.children``, with
  ``data.children_count`` as the total);
- a bare array: the answer is the page, no total known.

The total is ``meta.count`` or ``meta.total_count`` (the only totals the published meta objects
have; ``meta.page`` is the page number, not a page object), whether the model declares it or it
arrives unannounced, or the container's ``<list>_count``. With a total a walk goes on until that
many items have been seen or a page comes back empty, so a server that caps the page size below
the one asked for cannot cut it short. Without one the first short page ends it. Always: a page
that repeats the previous one (a server that ignores ``page``) or ``max_pages`` ends it.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import attrs

import altegio_client.models
from altegio_client.types import Unset

from ._exceptions import DecodeError
from ._logging import logger
from ._operations import operation_name, success_answers, union_members

# The page size, as the published operations name it (page_size: loyalty, count: most lists,
# editable_length: appointments and fiscal transactions, limit: chain deposits, per_page: reserved).
SIZE_PARAMS = ("page_size", "count", "editable_length", "limit", "per_page")
# The totals the published answers put in ``meta`` (``meta.page`` is the page number).
META_TOTALS = ("count", "total_count")
DEFAULT_PAGE_SIZE = 100  # the documented maximum of page_size
DEFAULT_MAX_PAGES = 10_000

Path = tuple[str, ...]


def size_param_of(operation: Callable[..., object]) -> str:
    parameters = inspect.signature(operation).parameters
    if "page" not in parameters:
        raise TypeError(f"{operation_name(operation)} is not a paged operation (no page parameter)")
    for name in SIZE_PARAMS:
        if name in parameters:
            return name
    raise TypeError(f"{operation_name(operation)} has a page parameter but no page size ({', '.join(SIZE_PARAMS)})")


@dataclass(frozen=True)
class Paging:
    """How one paged operation pages, read off its generated signature and success model."""

    operation: str
    size_param: str  # the page size's name on the wire
    items: Path = ("data",)  # attributes from the parsed answer to the page's list; () for a bare array
    totals: tuple[Path, ...] = ()  # the totals the model declares, first found wins

    @property
    def tried_totals(self) -> tuple[Path, ...]:
        """Every place a total is looked for: the declared ones, then ``meta.count``/``meta.total_count``
        (a total the model does not declare lands in ``meta``'s additional properties)."""
        if not self.items:
            return ()  # a bare array has nowhere to say how many there are
        generic = tuple(("meta", name) for name in META_TOTALS)
        return self.totals + tuple(path for path in generic if path not in self.totals)


@functools.cache
def paging_of(operation: Callable[..., object]) -> Paging:
    """The paging of a generated ``*_detailed`` operation; TypeError for one that cannot be walked.

    A callable whose annotations cannot be read (a wrapper, a partial) is walked by its answers'
    shape alone: ``data``, or the answer itself when it is a list.
    """
    name, size_param = operation_name(operation), size_param_of(operation)
    answers = success_answers(operation)
    if not answers:  # unreadable annotations, or no documented body
        return Paging(name, size_param)
    shapes = {_shape(name, answer) for answer in answers}
    if len(shapes) != 1:
        raise TypeError(f"{name}: its success answers hold their items in different places: {sorted(shapes)}")
    items, totals = shapes.pop()
    return Paging(name, size_param, items, totals)


@dataclass
class Pager:
    """The bookkeeping of one walk: what to ask for next, and whether to."""

    paging: Paging
    size: int = DEFAULT_PAGE_SIZE
    page: int = 1
    max_pages: int = DEFAULT_MAX_PAGES
    seen: int = 0
    pages: int = 0
    total: int | None = None  # the last total an answer gave
    _previous: list[Any] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.size < 1 or self.max_pages < 1 or self.page < 1:
            raise ValueError(
                f"page_size, start_page and max_pages must be at least 1"
                f" (got {self.size}, {self.page}, {self.max_pages})"
            )

    def params(self) -> dict[str, int]:
        return {"page": self.page, self.paging.size_param: self.size}

    def take(self, answer: Any) -> tuple[list[Any], bool]:
        """The new items of one answered page, and whether to ask for the next one."""
        items = self._items(answer)
        snapshot = [item.to_dict() if hasattr(item, "to_dict") else item for item in items]
        if items and snapshot == self._previous:
            logger.debug(
                "%s: page %d repeats page %d; the server ignores page", self.paging.operation, self.page, self.page - 1
            )
            return [], False
        self._previous = snapshot
        self.seen += len(items)
        self.pages += 1
        self.page += 1
        self.total = self._total(answer)
        # With a total, a capped (short) page is not the last while the total says more are there.
        more = len(items) >= self.size if self.total is None else bool(items) and self.seen < self.total
        return items, more and self.pages < self.max_pages

    def _items(self, answer: Any) -> list[Any]:
        found = answer
        if not isinstance(answer, list):  # a bare array is the page itself, whatever the model said
            for step, name in enumerate(self.paging.items):
                if isinstance(found, Unset) or found is None:
                    break
                if not hasattr(found, name):
                    where = ".".join(self.paging.items[:step]) or "answer"
                    raise self._error(f"the {where} ({type(found).__name__}) has no {name}")
                found = getattr(found, name)
        if isinstance(found, Unset) or found is None:
            return []
        if isinstance(found, list):
            return found
        if attrs.has(type(found)):
            return [found]  # one object where the operation also sends a list of them: a page of one
        raise self._error(f"the page's {'.'.join(self.paging.items)} is {type(found).__name__}, not a list")

    def _total(self, answer: Any) -> int | None:
        for path in self.paging.tried_totals:
            count = _whole_number(_at(answer, path))
            if count is not None:
                return count
        return None

    def _error(self, reason: str) -> DecodeError:
        return DecodeError(reason, operation=self.paging.operation, response=None)


def _at(node: Any, path: Path) -> Any:
    """The value at a path of attributes, or of additional properties (a field the model does not declare)."""
    for name in path:
        if attrs.has(type(node)) and name in attrs.fields_dict(type(node)):
            node = getattr(node, name)
        elif isinstance(getattr(node, "additional_properties", None), Mapping):
            node = node.additional_properties.get(name)
        else:
            return None
    return node


def _whole_number(value: Any) -> int | None:
    """A count as the server may send it: 12, 12.0 (counts typed number) or "12"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


# --- reading the generated models --------------------------------------------------------------


class _Models(Mapping[str, Any]):
    """The generated models by name, each imported on first look-up (the models package is lazy, and
    the models name their nested models for type checkers only)."""

    def __getitem__(self, name: str) -> Any:
        if name not in altegio_client.models.__all__:
            raise KeyError(name)
        return getattr(altegio_client.models, name)

    def __iter__(self) -> Iterator[str]:
        return iter(altegio_client.models.__all__)

    def __len__(self) -> int:
        return len(altegio_client.models.__all__)


def _hints(model: Any) -> dict[str, Any]:
    return typing.get_type_hints(model, localns=_Models())


def _shape(name: str, answer: Any) -> tuple[Path, tuple[Path, ...]]:
    """Where an answer type holds its page's items, and which totals it declares."""
    if typing.get_origin(answer) is list:
        return (), ()
    hints = _hints(answer) if attrs.has(answer) else {}
    if "data" not in hints:
        raise TypeError(f"{name}: its answer {getattr(answer, '__name__', answer)} holds no list to page through")
    totals = tuple(
        ("meta", total)
        for meta in union_members(hints.get("meta", type(None)))
        for total in _declared(meta, META_TOTALS)
    )
    data = union_members(hints["data"])
    if any(typing.get_origin(member) is list for member in data):
        return ("data",), totals
    containers = [member for member in data if attrs.has(member)]
    lists = {(lst, member) for member in containers for lst, hint in _hints(member).items() if _is_list(hint)}
    if len(lists) != 1:
        raise TypeError(f"{name}: cannot tell which list of its data is the page ({sorted(n for n, _ in lists)})")
    ((items, container),) = lists
    return ("data", items), (*totals, *(("data", f) for f in _declared(container, (f"{items}_count",))))


def _declared(model: Any, names: tuple[str, ...]) -> list[str]:
    if not attrs.has(model):
        return []
    fields = attrs.fields_dict(model)
    return [name for name in names if name in fields]


def _is_list(hint: Any) -> bool:
    return any(typing.get_origin(member) is list for member in union_members(hint))
