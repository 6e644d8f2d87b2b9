"""``lotse occupations import-esco`` / ``stats`` / ``search`` as an admin runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LOTSE = str(Path(sys.executable).with_name("lotse"))
ZIP = Path(__file__).with_name("fixtures") / "esco" / "esco-v1.2.0-de-csv.zip"
FOLDER = Path(__file__).with_name("fixtures") / "esco" / "download"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LOTSE_")}
    return {**clean, "LOTSE_DATA_DIR": str(tmp_path / "data"), "LOTSE_SECRET_KEY": "cli-test"}


def lotse(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LOTSE, "occupations", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_import_reports_progress_summary_and_skipped_rows(env: dict[str, str]) -> None:
    result = lotse(env, "import-esco", str(ZIP))
    assert result.returncode == 0, result.stderr
    assert "ESCO occupations" in result.stdout  # the progress bar's label
    assert "5 occupations: 5 new, 0 updated, 0 unchanged; 2 rows skipped" in result.stdout
    assert "skipped occupations_de.csv line 11: fewer cells than columns" in result.stdout
    assert "ESCO-Klassifikation der Europäischen Kommission" in result.stdout
    again = lotse(env, "import-esco", str(FOLDER), "--language", "de")
    assert "0 new, 0 updated, 5 unchanged" in again.stdout
    stats = lotse(env, "stats")
    assert stats.returncode == 0, stats.stderr
    assert "esco-import (de): 5 entries" in stats.stdout
    assert "last import: esco (de)" in stats.stdout
    assert "providers: builtin,esco-import" in stats.stdout


def test_search_shows_scores_and_credits_esco(env: dict[str, str]) -> None:
    assert lotse(env, "import-esco", str(FOLDER)).returncode == 0
    result = lotse(env, "search", "Imkerin")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "100.0  Imker/Imkerin" in first
    assert "esco" in first
    assert "ESCO-Klassifikation" in result.stdout


def test_import_of_a_wrong_path_fails_clearly(env: dict[str, str], tmp_path: Path) -> None:
    result = lotse(env, "import-esco", str(tmp_path))
    assert result.returncode != 0
    assert "ISCOGroups_de.csv not found" in result.stderr
