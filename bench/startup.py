"""Start-up cost: ``import altegio`` against ``import httpx``, in fresh interpreters, side by side.

A wheel install has bytecode, so the sources are compiled first (``compileall`` on the runtime and
the generated package; httpx and the other dependencies were compiled by pip). Then rounds: in each,
one fresh ``python -c`` process per side, in an order that rotates round by round; the child times
its own import with ``time.perf_counter()`` (the interpreter's own start-up left out, the same for
every side) and prints it. Figures: the median per side, and the median over rounds of the
difference to httpx in the same round (httpx is the first thing ``import altegio`` imports, so the
difference is what our client adds).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import statistics
import subprocess
import sys

SIDES = {
    "import httpx": "import httpx",
    "import altegio": "import altegio",
    "altegio + get_client": "import altegio, altegio_client.api.clients.get_client",  # a client and one operation
}
CHILD = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
TARGET_MS = 100.0


def compile_sources() -> None:
    for package in ("altegio", "altegio_client"):  # found, not imported: the parent stays out of the picture
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.submodule_search_locations, package
        for directory in spec.submodule_search_locations:
            if not compileall.compile_dir(directory, quiet=1):
                raise SystemExit(f"compileall failed in {directory}")


def child_seconds(statement: str) -> float:
    command = [sys.executable, "-c", CHILD.format(statement=statement)]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)  # noqa: S603
    return float(result.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    compile_sources()
    names = list(SIDES)
    for name in names:  # warm-up: the OS file cache, and a check that every statement imports
        child_seconds(SIDES[name])
    times: dict[str, list[float]] = {name: [] for name in names}
    for index in range(args.rounds):
        for name in names[index % len(names) :] + names[: index % len(names)]:
            times[name].append(child_seconds(SIDES[name]))
    base = times["import httpx"]
    print(f"start-up, fresh interpreters with bytecode, {args.rounds} interleaved rounds (import timed in the child):")
    for name, values in times.items():
        median = statistics.median(values) * 1000
        if name == "import httpx":
            print(f"  {name:22} {median:7.1f} ms")
            continue
        extra = statistics.median((v - b) * 1000 for v, b in zip(values, base, strict=True))
        ratio = statistics.median(v / b for v, b in zip(values, base, strict=True))
        target = f"   (target: <= {TARGET_MS:.0f} ms more)" if name == "import altegio" else ""
        print(f"  {name:22} {median:7.1f} ms  {extra:+7.1f} ms = {ratio:4.2f}x httpx{target}")


if __name__ == "__main__":
    main()
