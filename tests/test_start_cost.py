"""What a start pays before the first message: work only some replies need waits for them.

``lotse ask hilfe`` (and every CLI command, and each start of ``lotse serve``) used to load the
HTTP client of the live occupation providers, compile the occupation question phrases and
read the summary cue book, about 0.3 s together, whether or not a reply needed them. Checked
in a fresh interpreter: this test process has loaded all of it long ago."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import json, sys
from click.testing import CliRunner
from lotse.cli import cli
from skills.occupation.query import _questions
from skills.summary.cues import default_cues

def loaded():
    return {
        "aiohttp": "aiohttp" in sys.modules,
        "questions": _questions.cache_info().currsize,
        "cues": default_cues.cache_info().currsize,
    }

found = {}
for text in sys.argv[1:]:
    result = CliRunner().invoke(cli, ["ask", "--ja", text], catch_exceptions=False)
    found[text] = {"exit": result.exit_code, **loaded()}
print(json.dumps(found))
"""


def ask_in_fresh_process(tmp_path: Path, *texts: str) -> dict[str, dict[str, int]]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("LOTSE_", "ANTHROPIC_"))
    }
    env |= {
        "LOTSE_DATA_DIR": str(tmp_path),
        "LOTSE_SECRET_KEY": "start-cost",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *texts],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found: dict[str, dict[str, int]] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_help_loads_no_http_client_compiles_no_question_phrases_reads_no_cue_book(
    tmp_path: Path,
) -> None:
    found = ask_in_fresh_process(tmp_path, "hilfe", "Was macht eine Tischlerin?", "zusammenfassen")
    assert found["hilfe"] == {"exit": 0, "aiohttp": False, "questions": 0, "cues": 0}
    # The work is still done when a reply needs it, once.
    assert found["Was macht eine Tischlerin?"]["questions"] == 1
    assert found["zusammenfassen"]["cues"] == 1
    assert not found["zusammenfassen"]["aiohttp"]  # only a configured live provider loads it
