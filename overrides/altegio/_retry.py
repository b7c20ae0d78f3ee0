"""When to try again, and how long to wait first. No I/O: both transports use it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import httpx

from ._envelope import retry_after

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, honouring Retry-After, within a time budget.

    ``max_attempts`` counts the first try. Writes (POST/PUT/PATCH/DELETE) are retried only
    when ``retry_writes`` is set, which ``with_options(retry_writes=True)`` does for one call.
    """

    max_attempts: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0
    budget: float = 30.0  # seconds of waiting, all retries of one call together
    max_retry_after: float = 60.0  # a longer Retry-After is not waited for: the error is raised
    retry_writes: bool = False
    statuses: frozenset[int] = RETRYABLE_STATUSES
    jitter: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def allows(self, method: str) -> bool:
        return self.retry_writes or method.upper() in IDEMPOTENT

    def wait_before(self, attempt: int, response: httpx.Response | None, waited: float) -> float | None:
        """Seconds to wait before attempt ``attempt + 1``, or None to stop trying."""
        if attempt >= self.max_attempts:
            return None
        hinted = retry_after(response.headers) if response is not None else None
        if hinted is not None:
            if hinted > self.max_retry_after:
                return None
            delay = hinted
        else:
            ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
            delay = self.jitter.uniform(ceiling / 2, ceiling)
        if waited + delay > self.budget:
            return None
        return delay

    def retries_status(self, status: int) -> bool:
        return status in self.statuses


NO_RETRIES = RetryPolicy(max_attempts=1)
