"""The API's request limits, enforced on the client side, shared by every process that can share them.

Altegio allows 5 requests per second and 200 per minute **per IP address**, so the budget belongs to
the host (or the NAT address several hosts leave through), not to one process. Where the budget is
kept is the *store*:

- ``host`` (the default): a SQLite file in the user's cache directory, locked with a file lock, so
  every process of the user on this host draws from one sliding-window log;
- ``redis://…`` / ``rediss://…`` / ``unix://…``: a Redis server that every process on every host shares
  (``pip install altegio[redis]``);
- ``memory``: this process only (threads and asyncio tasks of every client share it).

The store is chosen by the client's ``rate_limit_store`` or, when that is not given, by the
``ALTEGIO_RATE_LIMIT_URL`` environment variable. A store that cannot be used (a read-only file
system, no cache directory, Redis unreachable) is logged once as a WARNING and replaced by the
in-process store; a shared store that fails later is replaced the same way and tried again after
``RETRY_STORE_AFTER`` seconds. Nothing here ever waits on a store without a bound.

The buckets are pyrate-limiter's (``InMemoryBucket``, ``SQLiteBucket``, ``RedisBucket``): one
sliding-window log per API host that checks every rate atomically. A 429 with ``Retry-After``
pauses the whole store: every process sharing it waits until then (``pause``). Each window is
widened by a safety margin (``DEFAULT_MARGIN``) so that jitter between the moment a request is
admitted and the moment it arrives cannot put a sixth request into one second at the server.
pyrate-limiter is imported with the first limited client, not with ``altegio``.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import anyio.to_thread

if TYPE_CHECKING:
    from pyrate_limiter import AbstractBucket

logger = logging.getLogger("altegio")


@dataclass(frozen=True)
class RateLimit:
    requests: int
    per_seconds: float


ALTEGIO_RATE_LIMITS = (RateLimit(5, 1.0), RateLimit(200, 60.0))
# Added to every window: what a request may take from being admitted here to arriving at the server.
DEFAULT_MARGIN = 0.1
ENVIRONMENT_VARIABLE = "ALTEGIO_RATE_LIMIT_URL"
DEFAULT_STORE = "host"
# A Retry-After longer than this pauses the store only this long (a bogus header must not stop a fleet).
MAX_PAUSE = 60.0
# After a shared store failed, how long this process keeps to its own limiter before trying the store again.
RETRY_STORE_AFTER = 30.0
# Bounds on every wait for a store: connecting to Redis, a Redis command, the SQLite file lock.
STORE_TIMEOUT = 1.0
# Request times older than this (plus the longest window) are dropped: the log of a shared host serves
# clients with other limits too, so it keeps an hour rather than only this client's longest window.
KEEP_MS = 3_600_000


class StoreUnavailable(Exception):
    """A rate-limit store could not be opened or used (the limiter falls back to this process)."""


class _Store(Protocol):
    """One sliding-window log and one pause, for one API host. ``reserve`` and ``pause`` block briefly."""

    name: str

    def reserve(self) -> float:
        """Take one request from the budget: 0.0 when taken, else the seconds to wait before asking again."""

    def pause(self, seconds: float) -> None:
        """No request from any client of this store before ``seconds`` from now."""

    def close(self) -> None: ...


def _pause_ms(seconds: float) -> int:
    """A pause of ``seconds`` (from Retry-After), capped at MAX_PAUSE, in ms."""
    return round(min(seconds, MAX_PAUSE) * 1000)


def _rates(limits: tuple[RateLimit, ...], margin: float) -> list[Any]:
    from pyrate_limiter import Rate

    ordered = sorted(limits, key=lambda r: r.per_seconds)  # pyrate's buckets want ascending intervals
    return [Rate(limit.requests, round((limit.per_seconds + margin) * 1000)) for limit in ordered]


def _seconds_to_wait(bucket: AbstractBucket, key: str, now_ms: int) -> float:
    from pyrate_limiter import Decision, RateItem

    decision = bucket.put_decision(RateItem(key, now_ms))
    assert isinstance(decision, Decision)  # the sync buckets answer at once
    if decision.allowed:
        return 0.0
    wait_ms = decision.retry_after_ms
    return max(0.001, (wait_ms if wait_ms is not None and wait_ms >= 0 else 1) / 1000)


class MemoryStore:
    """This process only: pyrate-limiter's InMemoryBucket on the monotonic clock."""

    name = "memory"

    def __init__(self, key: str, limits: tuple[RateLimit, ...], margin: float) -> None:
        from pyrate_limiter import InMemoryBucket

        self._key = key
        self._bucket = InMemoryBucket(_rates(limits, margin))
        self._lock = threading.Lock()
        self._paused_until = 0
        self._puts = 0

    def reserve(self) -> float:
        with self._lock:
            now = time.monotonic_ns() // 1_000_000
            if now < self._paused_until:
                return (self._paused_until - now) / 1000
            self._puts += 1
            if self._puts % 256 == 0:
                self._bucket.leak(now)
            return _seconds_to_wait(self._bucket, self._key, now)

    def pause(self, seconds: float) -> None:
        with self._lock:
            until = time.monotonic_ns() // 1_000_000 + _pause_ms(seconds)
            self._paused_until = max(self._paused_until, until)

    def close(self) -> None:
        pass


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class SQLiteStore:
    """Every process on this host: pyrate-limiter's SQLiteBucket in one file.

    Each API host has its own table of request times; the pause lives in a table beside it. A
    reservation is one ``BEGIN IMMEDIATE`` transaction: SQLite's own write lock on the file keeps
    other processes out from the count to the insert, and its busy timeout bounds the wait. The
    times are the wall clock's, which all processes on a host share.
    """

    name = "host"

    def __init__(self, path: Path, key: str, limits: tuple[RateLimit, ...], margin: float) -> None:
        import sqlite3

        from pyrate_limiter import SQLiteBucket, SQLiteQueries

        self.path = path
        self._errors = (sqlite3.Error,)
        self._key = key
        table = "altegio_" + re.sub(r"\W", "_", key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=STORE_TIMEOUT)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(SQLiteQueries.CREATE_BUCKET_TABLE.format(table=table))
            conn.execute(SQLiteQueries.CREATE_INDEX_ON_TIMESTAMP.format(index_name=f"idx_{table}", table_name=table))
            conn.execute("CREATE TABLE IF NOT EXISTS altegio_pause (name TEXT PRIMARY KEY, until_ms INTEGER)")
            conn.execute("COMMIT")
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailable(f"{path}: {type(exc).__name__}: {exc}") from exc
        self._conn = conn
        self._lock = threading.RLock()  # one connection, and the verdict lives on the bucket: one caller at a time
        self._bucket = SQLiteBucket(_rates(limits, margin), conn, table, lock=self._lock)
        self._puts = 0

    def reserve(self) -> float:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    now = _wall_ms()
                    row = self._conn.execute("SELECT until_ms FROM altegio_pause WHERE name = ?", (self._key,))
                    paused = row.fetchone()
                    if paused is not None and now < paused[0]:
                        return float(paused[0] - now) / 1000
                    return _seconds_to_wait(self._bucket, self._key, now)  # commits when it admits
                finally:
                    if self._conn.in_transaction:
                        self._conn.execute("COMMIT")
                    self._puts += 1
                    if self._puts % 256 == 0:
                        self._bucket.leak(now - KEEP_MS)
            except self._errors as exc:
                raise StoreUnavailable(f"{self.path}: {type(exc).__name__}: {exc}") from exc

    def pause(self, seconds: float) -> None:
        until = _wall_ms() + _pause_ms(seconds)
        with self._lock:
            try:
                self._conn.execute(
                    "INSERT INTO altegio_pause (name, until_ms) VALUES (?, ?) "
                    "ON CONFLICT(name) DO UPDATE SET until_ms = MAX(until_ms, excluded.until_ms)",
                    (self._key, until),
                )
            except self._errors as exc:
                raise StoreUnavailable(f"{self.path}: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()


_COUNT_UP_TO_NOW = "redis.call('ZCOUNT', bucket, window_start, now)"


def _counting_every_later_entry(script: str) -> str:
    """pyrate-limiter's put script, counting the entries of a window up to +inf instead of up to ``now``.

    Processes on several hosts stamp requests with clocks that differ by a millisecond or more (the
    offset to Redis's clock is measured, not exact), so an entry another process just added may lie
    after this caller's ``now``: counted only up to ``now`` it would be missed, and one request too
    many admitted. The SQLite bucket counts up to +inf already. Fails loudly if the script changes.
    """
    if script.count(_COUNT_UP_TO_NOW) != 1:
        raise RuntimeError("pyrate-limiter's Redis put script changed: review _counting_every_later_entry")
    return script.replace(_COUNT_UP_TO_NOW, "redis.call('ZCOUNT', bucket, window_start, '+inf')")


# KEYS[1]: the pause key; ARGV[1]: until (ms on the store's clock). Only a later pause replaces an earlier one.
_PAUSE_SCRIPT = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local until_ms = tonumber(ARGV[1])
if until_ms > current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', math.max(1, until_ms - tonumber(ARGV[2])))
end
return 0
"""


class RedisStore:
    """Every process on every host that uses this Redis server: pyrate-limiter's RedisBucket.

    Request times are on the Redis server's clock (the offset to it is measured once, at connect),
    so hosts whose clocks disagree still count one window. Every command has a bounded timeout.
    """

    name = "redis"

    def __init__(self, url: str, key: str, limits: tuple[RateLimit, ...], margin: float) -> None:
        try:
            import redis
        except ImportError as exc:
            raise StoreUnavailable("a redis:// store needs the redis client: pip install 'altegio[redis]'") from exc
        from pyrate_limiter import RedisBucket
        from pyrate_limiter.buckets.redis_bucket import LuaScript

        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        self._client = redis.Redis.from_url(
            url, socket_connect_timeout=STORE_TIMEOUT, socket_timeout=STORE_TIMEOUT, retry_on_timeout=False
        )
        self._key = key
        self._bucket_key = f"altegio:rate:{key}"
        self._pause_key = f"altegio:pause:{key}"
        try:
            self._offset_ms = self._clock_offset()
            script_hash = self._client.script_load(_counting_every_later_entry(LuaScript.PUT_ITEM))
            self._bucket = RedisBucket(_rates(limits, margin), self._client, self._bucket_key, script_hash)
            self._pause_script = self._client.register_script(_PAUSE_SCRIPT)
        except self._errors as exc:
            self._client.close()
            raise StoreUnavailable(f"{_redacted(url)}: {type(exc).__name__}: {exc}") from exc
        self._lock = threading.Lock()
        self._puts = 0

    def _clock_offset(self) -> int:
        """Redis's clock minus ours, in ms: the median of three samples, each taken mid-round-trip."""
        samples = []
        for _ in range(3):
            before = time.time_ns()
            seconds, micros = self._client.time()
            after = time.time_ns()
            samples.append((seconds * 1_000_000 + micros) // 1000 - (before + after) // 2_000_000)
        return sorted(samples)[1]

    def _now(self) -> int:
        return _wall_ms() + self._offset_ms

    def reserve(self) -> float:
        try:
            with self._lock:
                now = self._now()
                paused = self._client.get(self._pause_key)
                if paused is not None and now < int(paused):
                    return (int(paused) - now) / 1000
                self._puts += 1
                if self._puts % 256 == 0:
                    self._bucket.leak(now - KEEP_MS)
                return _seconds_to_wait(self._bucket, self._key, now)
        except self._errors as exc:
            raise StoreUnavailable(f"{type(exc).__name__}: {exc}") from exc

    def pause(self, seconds: float) -> None:
        now = self._now()
        try:
            self._pause_script(keys=[self._pause_key], args=[now + _pause_ms(seconds), now])
        except self._errors as exc:
            raise StoreUnavailable(f"{type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        self._client.close()


def _redacted(url: str) -> str:
    """A store URL without its password (redis://user:secret@host → redis://user:***@host)."""
    return re.sub(r"(//[^:/@]*:)[^@]*@", r"\1***@", url)


def default_sqlite_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("altegio", appauthor=False)) / "rate-limits.sqlite"


def store_setting(store: str | None) -> str:
    """The store a client uses: its own setting, else the environment's, else the host store."""
    return store or os.environ.get(ENVIRONMENT_VARIABLE) or DEFAULT_STORE


def open_store(setting: str, key: str, limits: tuple[RateLimit, ...], margin: float) -> _Store:
    """The store a setting names; raises StoreUnavailable when it cannot be used, ValueError when unknown."""
    if setting in ("memory", "memory://"):
        return MemoryStore(key, limits, margin)
    if setting in ("host", "sqlite", "sqlite://"):
        return SQLiteStore(default_sqlite_path(), key, limits, margin)
    if setting.startswith("sqlite:///"):
        return SQLiteStore(Path(setting.removeprefix("sqlite:///")).expanduser().absolute(), key, limits, margin)
    if setting.startswith(("redis://", "rediss://", "unix://")):
        return RedisStore(setting, key, limits, margin)
    raise ValueError(
        f"unknown rate-limit store {_redacted(setting)!r}: use 'host', 'memory', 'sqlite:///path' or 'redis://host:port/db'"
    )


class SharedLimiter:
    """What the transports wait on: a store, and this process's own limiter to fall back on.

    ``acquire``/``aacquire`` return when a request may leave; ``pause``/``apause`` hold back every
    client sharing the store (after a 429). A shared store that fails is logged once and replaced by
    the in-process store, then tried again after ``RETRY_STORE_AFTER`` seconds.
    """

    def __init__(self, setting: str, key: str, limits: tuple[RateLimit, ...], margin: float) -> None:
        self.setting = setting
        self._key = key
        self._limits = limits
        self._margin = margin
        self._fallback: MemoryStore | None = None
        self._shared: _Store | None = None
        self._retry_at = 0.0
        self._failing = False
        self._lock = threading.Lock()
        self._open()

    @property
    def store(self) -> str:
        """The store in use now: 'memory', 'host' or 'redis' (after a fallback, 'memory')."""
        return (self._shared or self._memory()).name

    def _memory(self) -> MemoryStore:
        if self._fallback is None:
            self._fallback = MemoryStore(self._key, self._limits, self._margin)
        return self._fallback

    def _open(self) -> None:
        try:
            self._shared = open_store(self.setting, self._key, self._limits, self._margin)
        except StoreUnavailable as exc:
            self._fail(f"the rate-limit store {_redacted(self.setting)!r} cannot be used ({exc})")
            return
        if isinstance(self._shared, MemoryStore):
            self._fallback, self._shared = self._shared, None
        elif self._failing:
            self._failing = False
            logger.info("the rate-limit store %r is in use again", _redacted(self.setting))

    def _fail(self, why: str) -> None:
        """Fall back to this process; a WARNING once per outage (a failed retry of the store logs at DEBUG)."""
        shared, self._shared = self._shared, None
        if shared is not None:
            shared.close()
        self._retry_at = time.monotonic() + RETRY_STORE_AFTER
        level = logging.DEBUG if self._failing else logging.WARNING
        self._failing = True
        logger.log(
            level,
            "%s: limiting requests in this process only; other processes no longer share its budget "
            "(trying the store again in %.0f s)",
            why,
            RETRY_STORE_AFTER,
        )

    def _current(self) -> _Store:
        if self._shared is None and self._retry_at and time.monotonic() >= self._retry_at:
            with self._lock:
                if self._shared is None and time.monotonic() >= self._retry_at:
                    self._retry_at = 0.0
                    self._open()
        return self._shared or self._memory()

    def _call(self, method: str, *args: float) -> float:
        store = self._current()
        try:
            return float(getattr(store, method)(*args) or 0.0)
        except StoreUnavailable as exc:
            with self._lock:
                if self._shared is store:
                    self._fail(f"the rate-limit store {_redacted(self.setting)!r} failed ({exc})")
            return float(getattr(self._memory(), method)(*args) or 0.0)

    async def _acall(self, method: str, *args: float) -> float:
        """``_call`` for async clients: a shared store does file or network I/O, so it runs in a worker
        thread, never on the event loop; the in-process store is called directly."""
        if self._current() is self._fallback:
            return self._call(method, *args)
        return await anyio.to_thread.run_sync(self._call, method, *args)

    def acquire(self) -> None:
        while (wait := self._call("reserve")) > 0:
            time.sleep(wait)

    async def aacquire(self) -> None:
        while (wait := await self._acall("reserve")) > 0:
            await anyio.sleep(wait)

    def pause(self, seconds: float) -> None:
        self._call("pause", seconds)

    async def apause(self, seconds: float) -> None:
        await self._acall("pause", seconds)


_registry: dict[tuple[Any, ...], SharedLimiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(
    host: str,
    limits: tuple[RateLimit, ...],
    store: str | None = None,
    margin: float = DEFAULT_MARGIN,
) -> SharedLimiter | None:
    """The one limiter of this process for this host (host[:port]), limits, store and margin.

    None when there are no limits. A forked child gets its own (a SQLite connection or a Redis
    socket must not cross a fork).
    """
    if not limits:
        return None
    setting = store_setting(store)
    ordered = tuple(sorted(limits, key=lambda r: (r.per_seconds, r.requests)))
    key = (os.getpid(), host, ordered, setting, margin)
    with _registry_lock:
        limiter = _registry.get(key)
        if limiter is None:
            limiter = _registry[key] = SharedLimiter(setting, host, ordered, margin)
        return limiter
