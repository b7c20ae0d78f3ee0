"""The README's "API by area" table says what the generated client holds."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tests.operations import OPERATIONS, PATCHED, spec_operations

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def by_area_rows() -> list[list[str]]:
    section = README.split("## The API by area", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip("|").split("|") for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row] for row in rows[1:]]  # the header row aside


def test_every_tag_has_its_row_with_its_count_and_real_calls() -> None:
    counts = Counter(operation["tags"][0] for op, _, _, operation in spec_operations(PATCHED))
    tags = set(counts)  # the 27 tags that hold operations (Notification Settings is declared, empty)
    rows = by_area_rows()
    assert {row[0] for row in rows} == tags and len(rows) == len(tags) == 27
    for tag, package, count, calls in rows:
        generated = [entry for entry in OPERATIONS.values() if entry.tag == package.strip("`")]
        assert generated, f"{tag}: no generated package {package}"
        assert int(count.split()[0]) == len(generated) == counts[tag], tag
        named = re.findall(r"`(\w+)`", calls)
        assert named, tag
        for name in named:
            if name != "login":
                assert any(entry.id == name for entry in generated), f"{tag}: {name} is not in {package}"
