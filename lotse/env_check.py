"""Start-up check of the environment: ``LOTSE_*`` variables that are no setting, and names
that look like the Bot Framework's but are not read (a typo there silently left Teams without
its app id). Warnings name variables, never their values."""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from pydantic_settings import DotEnvSettingsSource

from bot.yaml_data import load_yaml
from lotse.settings import DOTENV, LotseSettings, env_names

_PREFIX = "LOTSE_"


@cache
def _known() -> frozenset[str]:
    return frozenset(env_names())


@cache
def _data() -> tuple[dict[str, str], tuple[str, ...]]:
    raw = load_yaml(Path(__file__).with_name("env_names.yaml").read_text("utf-8"))
    lookalikes = {
        wrong.upper(): right for right, wrongs in raw["lookalikes"].items() for wrong in wrongs
    }
    return lookalikes, tuple(p.upper() for p in raw["lotse_prefixes_not_settings"])


def environment_names(environ: Mapping[str, str], env_file: Path = DOTENV) -> set[str]:
    """The names set in the environment and in the ``.env`` file the settings read (names
    only: values are never looked at)."""
    names = set(environ)
    # An unreadable .env fails the settings themselves, with a clearer message.
    with contextlib.suppress(OSError, ValueError):
        source = DotEnvSettingsSource(LotseSettings, env_file=env_file, case_sensitive=True)
        names |= set(source.env_vars)
    return names


def environment_warnings(names: Iterable[str], known: Iterable[str] | None = None) -> list[str]:
    """One warning per variable Lotse does not read but probably should (sorted by name)."""
    known_upper = {name.upper(): name for name in (known or _known())}
    lookalikes, not_settings = _data()
    lotse_names = sorted(n for n in known_upper if n.startswith(_PREFIX))
    # The Bot Framework's own names (MicrosoftAppId, …): a near miss is a typo.
    foreign = {n: known_upper[n] for n in known_upper if not n.startswith(_PREFIX)}
    warnings: list[str] = []
    for name in sorted(set(names)):
        upper = name.upper()
        if upper in known_upper:
            continue
        if upper in lookalikes:
            warnings.append(f"{name} is not read by Lotse; the setting is {lookalikes[upper]}")
        elif upper.startswith(_PREFIX) and not upper.startswith(not_settings):
            close = difflib.get_close_matches(upper, lotse_names, n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]}?" if close else " (see `lotse config show`)"
            warnings.append(f"{name} is not a Lotse setting{hint}")
        elif close := difflib.get_close_matches(upper, list(foreign), n=1, cutoff=0.88):
            warnings.append(f"{name} is not read by Lotse; did you mean {foreign[close[0]]}?")
    return warnings
