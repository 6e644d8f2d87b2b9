"""``lotse ask``: one message, the reply, an exit status (click's test runner, in-process)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.config import Settings
from lotse.cli import cli

GUIDELINE_END = "um die Leitlinie zu bestätigen"


@pytest.fixture
def ask(settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """``lotse ask`` with a fresh database; the default user is the login name."""
    monkeypatch.setenv("LOTSE_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("LOTSE_SECRET_KEY", "ask-test")
    monkeypatch.setattr("lotse.cli._login_name", lambda: "anna")

    def run(*args: str, stdin: str | None = None) -> Result:
        return CliRunner().invoke(cli, ["ask", *args], input=stdin, catch_exceptions=False)

    return run


def test_a_due_guideline_is_printed_and_nothing_is_answered(ask) -> None:  # type: ignore[no-untyped-def]
    result = ask("beruf Tischler")
    assert result.exit_code == 3
    assert GUIDELINE_END in result.stdout
    assert "Tischler/in" not in result.stdout
    assert "lotse ask --ja" in result.stderr


def test_the_guideline_hint_is_in_the_language_of_the_request(ask) -> None:  # type: ignore[no-untyped-def]
    result = ask("What does a baker do?")
    assert result.exit_code == 3
    assert "Please read the AI guideline above first" in result.stderr
    accepted = ask("--ja", "What does a baker do?")
    assert "Thank you for acknowledging" in accepted.stdout


def test_ja_acknowledges_the_printed_guideline_and_answers(ask) -> None:  # type: ignore[no-untyped-def]
    result = ask("--ja", "beruf Tischler")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.index(GUIDELINE_END) < out.index("Danke") < out.index("Tischler/in")
    again = ask("Was macht ein Arzthelfer?")  # the same user: acknowledged now
    assert again.exit_code == 0, again.stderr
    assert "Medizinische/r Fachangestellte/r" in again.stdout
    assert GUIDELINE_END not in again.stdout


@pytest.mark.parametrize("args", [(), ("-",)])
def test_standard_input_is_one_message_with_its_blank_lines(ask, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    notes = (
        "zusammenfassen\nKl. möchte eine Ausbildung im Handwerk beginnen.\n\n"
        "Vereinbart: Kl. schickt den Lebenslauf bis Freitag.\n"
    )
    result = ask("--ja", *args, stdin=notes)
    assert result.exit_code == 0, result.stderr
    assert "Vereinbarungen" in result.stdout
    assert "Lebenslauf bis Freitag" in result.stdout  # the line after the blank line too
    assert result.stdout.count("Zusammenfassung der Gesprächsnotiz") == 1  # one message


def test_the_user_and_department_options_apply(ask) -> None:  # type: ignore[no-untyped-def]
    result = ask("--ja", "--user", "ben", "--department", "Jugendberufshilfe", "beruf Tischler")
    assert result.exit_code == 0, result.stderr
    mine = ask("--user", "ben", "meine daten")
    assert "Jugendberufshilfe" in mine.stdout
    # ben acknowledged, anna (the default user) did not
    assert ask("beruf Koch").exit_code == 3
    assert ask("--user", "ben", "beruf Koch").exit_code == 0
