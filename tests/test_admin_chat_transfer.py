"""CSV export/import of assignments (validated, dry run first, audited) and the CLI mirror."""

from __future__ import annotations

from pathlib import Path

import pytest
from admin_chat_fixtures import OPS, REHA, YOUTH
from click.testing import CliRunner, Result

from bot.config import Settings
from lotse.admin_cli import admin
from lotse.admin_transfer import Row, TransferError, apply_plan, export_csv, parse_csv, plan_import
from lotse.app import App

GUID = "0f1e2d3c-0000-4000-8000-00000000abcd"


async def test_export_lists_every_assignment(admin_app: App) -> None:
    text = await export_csv(admin_app.store.directory)
    lines = text.splitlines()
    assert lines[0] == "platform,user_id,department"
    assert set(lines[1:]) == {f"console,berta,{YOUTH}", f"console,carl,{REHA}"}


async def test_import_plans_first_then_applies_and_audits(admin_app: App) -> None:
    directory = admin_app.store.directory
    text = (
        "platform,user_id,department\n"
        f"console,berta,{YOUTH}\n"  # unchanged
        f"console,carl,{YOUTH}\n"  # moved
        f"teams,{GUID.upper()},{REHA}\n"  # new; Teams ids compare in lower case
    )
    plan = await plan_import(parse_csv(text), directory)
    assert plan.summary() == "1 new, 1 moved, 1 unchanged"
    carl = await directory.department_for_user("console", "carl")
    assert carl is not None
    assert carl.name == REHA  # a plan changes nothing
    await apply_plan(plan, admin_app.admin, OPS)
    moved = await directory.department_for_user("console", "carl")
    new = await directory.department_for_user("teams", GUID)
    assert moved is not None
    assert moved.name == YOUTH
    assert new is not None
    assert new.name == REHA
    audited = await admin_app.store.audit.recent("admin", 10)
    assert [e.action for e in audited[:2]] == ["user.assign", "user.assign"]
    assert {e.detail["before"] for e in audited[:2]} == {REHA, None}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("user,department\nanna,X\n", "line 1: the header"),
        ("platform,user_id,department\nslack,anna,X\n", "line 2: platform"),
        ("platform,user_id,department\nmatrix,anna,X\n", "line 2: a Matrix user id"),
        ("platform,user_id,department\nteams,anna@example.org,X\n", "line 2: a Teams user id"),
        ("platform,user_id,department\nconsole,anna\n", "line 2: expected 3 fields"),
        ("platform,user_id,department\nconsole,anna,X\nconsole,anna,Y\n", "line 3: the same"),
    ],
)
def test_invalid_files_are_rejected_with_line_numbers(text: str, problem: str) -> None:
    with pytest.raises(TransferError) as caught:
        parse_csv(text)
    assert any(p.startswith(problem) for p in caught.value.problems)


def test_platform_names_and_teams_ids_in_capitals_are_accepted() -> None:
    # Spreadsheets capitalise: "Teams" and an upper-case GUID are the same person as
    # "teams" and the lower-case id the platform sends.
    rows = parse_csv(f"platform,user_id,department\nTeams,{GUID.upper()},{REHA}\n")
    assert rows == [Row("teams", GUID, REHA)]


async def test_unknown_departments_stop_the_whole_import(admin_app: App) -> None:
    rows = parse_csv(
        "platform,user_id,department\nconsole,zoe,Nirgendwo\nconsole,carl,Allgemein\n"
    )
    with pytest.raises(TransferError, match="Nirgendwo"):
        await plan_import(rows, admin_app.store.directory)


def _lotse(env: dict[str, str], *args: str) -> Result:
    # In-process (click's runner): the same code path as the installed command, without
    # paying the interpreter start for every call.
    return CliRunner().invoke(admin, list(args), env=env)


def test_cli_export_import_dry_run_apply_and_usage(settings: Settings, tmp_path: Path) -> None:
    env = {"LOTSE_DATA_DIR": str(settings.data_dir), "LOTSE_SECRET_KEY": "cli-test"}
    assert _lotse(env, "department-add", YOUTH).exit_code == 0
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(f"platform,user_id,department\nconsole,berta,{YOUTH}\n", "utf-8")

    dry = _lotse(env, "import", str(csv_file))
    assert dry.exit_code == 0, dry.output
    assert "dry run, nothing changed: 1 new, 0 moved, 0 unchanged" in dry.output
    assert _lotse(env, "export").output.splitlines()[1:] == []

    applied = _lotse(env, "import", str(csv_file), "--apply")
    assert "imported: 1 new" in applied.output
    assert f"console,berta,{YOUTH}" in _lotse(env, "export").output

    csv_file.write_text("platform,user_id,department\nmatrix,berta,X\n", "utf-8")
    bad = _lotse(env, "import", str(csv_file), "--apply")
    assert bad.exit_code != 0
    assert "line 2" in bad.output

    usage = _lotse(env, "usage", "7")
    assert usage.exit_code == 0, usage.output
    assert "no usage in the last 7 days" in usage.output
