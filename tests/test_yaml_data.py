"""The one YAML reader of the shipped data files: libyaml's parser, the same values as the
pure-Python safe loader, plain data only, and no module reading YAML around it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.yaml_data import LOADER, load_yaml, strings_in

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "adapters", "skills", "storage", "lotse")


def shipped(pattern: str) -> list[Path]:
    return sorted(path for package in PACKAGES for path in (REPO / package).rglob(pattern))


def test_the_c_parser_is_used_where_pyyaml_has_it() -> None:
    if not yaml.__with_libyaml__:
        pytest.skip("this PyYAML was built without libyaml")
    assert LOADER is yaml.CSafeLoader


@pytest.mark.parametrize("path", shipped("*.yaml"), ids=lambda path: str(path.relative_to(REPO)))
def test_each_shipped_file_reads_as_the_safe_loader_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = yaml.safe_load(text)
    assert load_yaml(text) == expected
    with path.open(encoding="utf-8") as handle:
        assert load_yaml(handle) == expected


def test_only_plain_data_is_read() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.getcwd []")
    with pytest.raises(yaml.YAMLError):
        load_yaml("words: [unclosed")


def test_no_module_parses_yaml_around_the_shared_reader() -> None:
    direct = re.compile(r"\byaml\.(safe_load|load|full_load|unsafe_load)\(")
    found = [
        str(path.relative_to(REPO))
        for path in shipped("*.py")
        if path.name != "yaml_data.py" and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_strings_of_a_document_with_and_without_its_keys() -> None:
    document = {"cues": ["schafft", {"verdict": "geeignet"}], "on": 3, 2027: "Jahr"}
    assert list(strings_in(document, keys=False)) == ["schafft", "geeignet", "Jahr"]
    assert list(strings_in(document, keys=True)) == [
        "cues", "schafft", "verdict", "geeignet", "on", "Jahr"
    ]  # fmt: skip
