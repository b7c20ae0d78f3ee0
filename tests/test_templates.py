"""The overridden generator templates: each is a copy of one stock template of the pinned generator, says
in its first lines what it changes and why, and is tied to the stock file it was copied from by that
file's sha256. A generator upgrade that changes one of them fails here: redo the copy from the new stock
template (keeping our changes), then update the hash."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

import openapi_python_client
import pytest

OURS = Path(__file__).resolve().parent.parent / "overrides" / "templates"
STOCK = Path(openapi_python_client.__file__).parent / "templates"
PINNED = "0.29.1"
# template -> sha256 of the stock template of openapi-python-client 0.29.1 it was copied from
COPIED_FROM = {
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "models_init.py.jinja": "4f64a3d6e1b15a561be5573c1b7702eb928c0e4fa6b67107d20e57a74c44d51a",
    "property_templates/union_property.py.jinja": "03790f2710deaeb219c18e518ae183ad4a41eda1f78cf625d139edff7546cd26",
}


def test_the_generator_is_the_pinned_one() -> None:
    assert metadata.version("openapi-python-client") == PINNED


def test_every_override_is_listed() -> None:
    assert sorted(str(p.relative_to(OURS)) for p in OURS.rglob("*.jinja")) == sorted(COPIED_FROM)


@pytest.mark.parametrize("name", sorted(COPIED_FROM))
def test_the_stock_template_is_the_one_copied(name: str) -> None:
    stock = (STOCK / name).read_bytes()
    assert hashlib.sha256(stock).hexdigest() == COPIED_FROM[name], (
        f"the generator's {name} changed: redo overrides/templates/{name} from it, then update COPIED_FROM"
    )


@pytest.mark.parametrize("name", sorted(COPIED_FROM))
def test_an_override_says_what_it_changes_and_why(name: str) -> None:
    head = "\n".join((OURS / name).read_text(encoding="utf-8").splitlines()[:4])
    assert head.startswith("{#- Overridden from openapi-python-client 0.29.1 (MIT), ")
    assert Path(name).name in head and "Why:" in head
