"""One parser for the YAML data files Lotse ships (word lists, the occupation catalogue, texts).

PyYAML's pure-Python parser needs about 1.5 s for all of them, at every start of ``lotse
serve`` and of each CLI command; its C parser (libyaml, in PyYAML's wheels) reads the same
files into the same values in a sixth of that. Both are safe loaders: plain data only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import yaml

# The pure-Python safe loader where PyYAML was built without libyaml.
LOADER: type[yaml.SafeLoader | yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """The data in ``source`` (text or an open file), as ``yaml.safe_load`` reads it; errors
    are ``yaml.YAMLError`` as there."""
    return yaml.load(source, Loader=LOADER)


def compiled(data: Mapping[str, Any], keys: Iterable[str]) -> list[re.Pattern[str]]:
    """The case-insensitive patterns under ``keys`` of a data file's mapping, in that order
    (a reading's table of regular expressions, one per field of its tuple)."""
    return [re.compile(str(data[key]), re.IGNORECASE) for key in keys]


def strings_in(data: Any, *, keys: bool) -> Iterator[str]:
    """Every string value of a parsed YAML document, in order, and with ``keys`` its mappings'
    string keys too (the words a data file holds, for the word lists built from them)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if keys and isinstance(key, str):
                yield key
            yield from strings_in(value, keys=keys)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value, keys=keys)
