"""Run a command against a Prism mock of the patched spec on loopback, then stop the mock.

    python scripts/mock_server.py --spec build/openapi.patched.yaml -- python examples/quickstart.py

Prism (npm @stoplight/prism-cli, pinned in package.json) serves the published examples and
rejects requests that the spec does not allow (wrong types, missing parameters, no bearer
token). The command gets ALTEGIO_BASE_URL pointing at it.

Prism negotiates content types strictly: asked for ``Accept: application/vnd.api.v2+json`` it
answers 406 unless a response lists that type, while the live server answers such requests
with its JSON. So the mock serves a copy of the spec (build/openapi.mock.yaml) in which every
response is also listed under the vendor types: its JSON, or the receipt's PDF (whose live
answer to the vendor Accept the published description implies but nobody has verified).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
VENDOR_TYPES = ("application/vnd.api.v2+json", "application/vnd.yclients.v2+json")


def mock_spec(spec: Path) -> Path:
    """The spec with each JSON response also offered under the vendor media types."""
    doc: dict[str, Any] = yaml.load(spec.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    responses = list(doc.get("components", {}).get("responses", {}).values())
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                responses.extend((operation.get("responses") or {}).values())
    for response in responses:
        content = response.get("content", {})
        served = content.get("application/json") or next(iter(content.values()), None)
        if served is not None:  # JSON, or the one other type (the receipt PDF) the answer has
            for vendor in VENDOR_TYPES:
                content.setdefault(vendor, served)
    target = ROOT / "build" / "openapi.mock.yaml"
    target.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_listening(
    port: int, process: subprocess.Popen[bytes], seconds: float = 60.0, what: str = "prism", poll: float = 0.2
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{what} exited early with code {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(poll)
    raise SystemExit(f"{what} did not listen on 127.0.0.1:{port} within {seconds:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", required=True, type=Path)
    parser.add_argument("--port", type=int, default=int(os.environ.get("MOCK_PORT", "0")) or None)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    prism = str(PRISM) if PRISM.exists() else shutil.which("prism")
    if prism is None:
        raise SystemExit("prism is not installed: run `make node` (npm ci)")

    port = args.port or free_port()
    log = (ROOT / "build" / "prism.log").open("wb")
    server = subprocess.Popen(  # noqa: S603 - fixed executable and arguments
        [prism, "mock", "--host", "127.0.0.1", "--port", str(port), str(mock_spec(args.spec))],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "SCARF_ANALYTICS": "false"},
    )
    try:
        wait_until_listening(port, server)
        base_url = f"http://127.0.0.1:{port}"
        print(f"prism mock of {args.spec} on {base_url} (log: build/prism.log)", file=sys.stderr)
        env = {**os.environ, "ALTEGIO_BASE_URL": base_url, "ALTEGIO_MOCK": "1"}
        return subprocess.run(command, env=env, check=False).returncode  # noqa: S603
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    raise SystemExit(main())
