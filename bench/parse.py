"""Parse a 10,000-item gift card list into our models, against json.loads alone.

Both sides start from the same bytes. Ours is what the client does with a 200 answer:
decode once, normalise the envelope, make money Decimal and codes text (_envelope.check),
then the generated GiftCardListResponse.from_dict. Runs alternate, best of each is compared.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from decimal import Decimal

import httpx

from altegio._envelope import check
from altegio_client.models import GiftCardListResponse
from bench.loopback import gift_card_list


def ours(body: bytes) -> GiftCardListResponse:
    response = check(httpx.Response(200, content=body), "get_user_gift_cards")
    return GiftCardListResponse.from_dict(response.json())


def best_of(runs: int, *candidates: Callable[[], object]) -> list[float]:
    best = [float("inf")] * len(candidates)
    for _ in range(runs):
        for index, candidate in enumerate(candidates):
            started = time.perf_counter()
            candidate()
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    body = gift_card_list(args.items)
    parsed = ours(body)
    assert isinstance(parsed.data, list) and len(parsed.data) == args.items
    assert isinstance(parsed.data[0].balance, Decimal) and parsed.data[0].number == "1000"

    baseline, ours_time = best_of(args.runs, lambda: json.loads(body), lambda: ours(body))
    print(f"parse {args.items} gift cards ({len(body) / 1e6:.1f} MB), best of {args.runs}:")
    print(f"  json.loads alone       {baseline * 1000:8.1f} ms")
    print(f"  our models             {ours_time * 1000:8.1f} ms")
    print(f"  ratio                  {ours_time / baseline:8.2f}x   (target <= 2.5x)")


if __name__ == "__main__":
    main()
