"""Parse a 10,000-item gift card list: json.loads, our models, pydantic v2 and msgspec, side by side.

Every side starts from the same bytes and ends with typed objects (json.loads with dicts):
- json.loads: the baseline, the decode every side has to do one way or another;
- our models: what the client does with a 200 answer: decode once, normalise the envelope, make
  money Decimal and codes text (``_envelope.check``), then the generated
  ``GiftCardListResponse.from_dict``;
- pydantic v2: ``TypeAdapter(...).validate_json(body)`` into equivalent models (bench/rivals.py);
- msgspec: ``msgspec.json.decode(body, type=...)`` into equivalent Structs, the floor.
Each side is checked first (the count, a Decimal, an aware datetime, a code as text, a nested
title). Then rounds: in each, every side runs once, in an order that rotates round by round;
before each timed call the garbage collector runs (``gc.collect()``), so no side pays for
another's garbage, and the result is dropped before the next call, so no large result stays
alive. The collector stays on during the calls, as in a client. Figures: the median over rounds
of each side's time divided by json.loads' time in the same round, and the median times.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import msgspec
from pydantic import TypeAdapter

from altegio._envelope import check
from altegio_client.models import GiftCardListResponse
from bench.loopback import gift_card_list
from bench.rivals import MsgspecGiftCardListResponse, PydanticGiftCardListResponse, text_hook

PYDANTIC = TypeAdapter(PydanticGiftCardListResponse)
MSGSPEC = msgspec.json.Decoder(MsgspecGiftCardListResponse, dec_hook=text_hook)
OFFSET = datetime.timedelta(hours=-5)


def ours(body: bytes) -> GiftCardListResponse:
    response = check(httpx.Response(200, content=body), "get_user_gift_cards")
    return GiftCardListResponse.from_dict(response.json())


def pydantic_v2(body: bytes) -> object:
    return PYDANTIC.validate_json(body)


def msgspec_structs(body: bytes) -> object:
    decoded: object = MSGSPEC.decode(body)
    return decoded


SIDES: dict[str, Callable[[bytes], object]] = {
    "json.loads": json.loads,
    "our models": ours,
    "pydantic v2": pydantic_v2,
    "msgspec": msgspec_structs,
}
TARGETS = {"our models": "target: <= pydantic v2; stretch <= 2.5x", "msgspec": "the floor"}


def check_parsed(name: str, parsed: Any, items: int) -> None:
    """The side parsed the body into the right types, not merely without an error."""
    if name == "json.loads":
        assert len(parsed["data"]) == items and parsed["data"][0]["balance"] == 9000
        return
    first, last = parsed.data[0], parsed.data[-1]
    assert len(parsed.data) == items, name
    assert isinstance(first.balance, Decimal) and first.balance == Decimal(9000), name
    assert isinstance(first.type_.balance if name == "our models" else first.type.balance, Decimal), name
    assert isinstance(first.created_date, datetime.datetime) and first.created_date.utcoffset() == OFFSET, name
    assert isinstance(last.number, str) and last.number == str(1000 + items - 1), name
    status_title = first.status.title
    assert isinstance(status_title, str) and status_title == "activated", name
    assert parsed.meta.count == items, name


def rounds(body: bytes, count: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in SIDES}
    names = list(SIDES)
    for index in range(count):
        order = names[index % len(names) :] + names[: index % len(names)]
        for name in order:
            parse = SIDES[name]
            gc.collect()
            started = time.perf_counter()
            result = parse(body)
            elapsed = time.perf_counter() - started
            del result  # freed here, outside the timed call, before the next collection
            times[name].append(elapsed)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    body = gift_card_list(args.items)
    for name, parse in SIDES.items():
        check_parsed(name, parse(body), args.items)
    rounds(body, 2)  # warm-up: imports, caches, the adapters' first use
    times = rounds(body, args.rounds)
    base = times["json.loads"]
    size = len(body) / 1e6
    print(f"parse {args.items} gift cards ({size:.1f} MB), {args.rounds} rounds, gc.collect() before each call:")
    print(f"  {'side':14} {'median time':>10}  ratio to json.loads (median of the rounds' ratios)")
    for name, values in times.items():
        ratio = statistics.median(value / b for value, b in zip(values, base, strict=True))
        note = f"   ({TARGETS[name]})" if name in TARGETS else ""
        print(f"  {name:14} {statistics.median(values) * 1000:8.1f} ms  {ratio:6.2f}x{note}")
    ours_vs_pydantic = statistics.median(o / p for o, p in zip(times["our models"], times["pydantic v2"], strict=True))
    print(f"  our models / pydantic v2: {ours_vs_pydantic:.2f}x (median of rounds; <= 1.00x meets the target)")


if __name__ == "__main__":
    main()
