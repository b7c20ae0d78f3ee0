"""The wheel: what it ships, and that it works installed with nothing but its declared dependencies.

The wheel is built from a copy of the work tree (so no stale build/ or egg-info of ours can leak into it),
without build isolation: the build backend is requirements-dev.txt's setuptools. It is installed into a
fresh virtualenv that has no pip, no PyYAML and none of the dev requirements; pip (the dev venv's, run
with ``--python``) fetches the declared dependencies, at the dev venv's versions, from the package index.
The fresh interpreter then runs in isolated mode (no PYTHONPATH, no work tree on sys.path) and makes one
call against a loopback server.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Left out of the copy: what the build does not read, and what an earlier build in the tree left behind.
NOT_SOURCE = (".git", ".venv", "node_modules", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis")

SCRIPT = r"""
import importlib.util
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import altegio
from altegio import Altegio
from altegio_client.api.subscriptions_certificates import get_user_gift_cards

BODY = json.dumps({"success": True, "data": [{"id": 1, "balance": 5}], "meta": {"count": 1}}).encode()
seen = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        seen.append({"path": self.path, "authorization": self.headers.get("Authorization")})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format, *args):
        pass


with ThreadingHTTPServer(("127.0.0.1", 0), Handler) as server:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
        with Altegio("p", user_token="u", base_url=base_url, rate_limits=()) as api:
            cards = api.data(get_user_gift_cards.sync_detailed, company_id=1)
    finally:
        server.shutdown()

print(json.dumps({
    "ids": [card.id for card in cards],
    "requests": seen,
    "altegio": altegio.__file__,
    "altegio_spec_patches": importlib.util.find_spec("altegio_spec_patches") is not None,
    "yaml": importlib.util.find_spec("yaml") is not None,
}))
"""


def run(*command: str | Path, cwd: Path | None = None) -> str:
    """A command's standard output; its whole output in the failure message if it fails."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}  # PYTHONPATH=overrides among them
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    shown = " ".join(str(part).strip().splitlines()[0] for part in command)  # the script by its first line
    assert result.returncode == 0, f"{shown}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source") / "altegio"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    out = tmp_path_factory.mktemp("wheelhouse")
    pip_wheel = (sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation")
    run(*pip_wheel, "--check-build-dependencies", "--wheel-dir", out, source)
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_ships_the_runtime_and_the_generated_package_only(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (meta_path,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(archive.read(meta_path).decode("utf-8"))
    dist_info = meta_path.split("/")[0]
    assert {name.split("/")[0] for name in names} == {"altegio", "altegio_client", dist_info}
    assert {"altegio/py.typed", "altegio_client/py.typed", "altegio/__init__.py", "altegio_client/client.py"} <= set(
        names
    )
    assert not [n for n in names if "altegio_spec_patches" in n or n.startswith("tests/")]
    assert meta["License-Expression"] == "MIT"
    requires = meta.get_all("Requires-Dist", [])
    required = sorted(re.split(r"[\s<>=!~;\[(]", r, maxsplit=1)[0] for r in requires if "extra ==" not in r)
    # no PyYAML: the spec patcher is not shipped
    assert required == ["attrs", "httpx", "msgspec", "platformdirs", "pyrate-limiter"]
    assert [r for r in requires if "extra ==" in r] == ['redis>=5; extra == "redis"']
    assert meta.get_all("Provides-Extra") == ["redis"]


def test_the_installed_wheel_makes_a_call_with_only_its_declared_dependencies(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    # The declared dependencies and theirs at the versions the dev venv tests: a constraint installs nothing.
    constraints = tmp_path / "constraints.txt"
    pins = {d.metadata["Name"]: d.version for d in metadata.distributions() if d.metadata["Name"] != "altegio"}
    constraints.write_text("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())))
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--constraint", constraints, wheel)
    run(sys.executable, "-m", "pip", "--python", python, "check")

    answer = json.loads(run(python, "-I", "-c", SCRIPT, cwd=tmp_path))

    assert answer["ids"] == [1]
    (request,) = answer["requests"]
    assert request == {"path": "/user/loyalty/certificates?company_id=1", "authorization": "Bearer p, User u"}
    assert Path(answer["altegio"]).is_relative_to(venv)  # the installed copy, not the work tree's
    assert answer["altegio_spec_patches"] is False
    assert answer["yaml"] is False
