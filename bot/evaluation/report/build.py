"""Writing the report for a period into a directory: CSV per view, PNG charts, report.html."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.evaluation.report.charts import satisfaction_chart, survey_chart, usage_chart
from bot.evaluation.report.data import ReportData
from bot.evaluation.report.page import Chart, render_page
from bot.evaluation.report.tables import Table, Views, build_views
from bot.texts import Texts


@cache
def report_texts() -> Texts:
    return Texts.load(Path(__file__).with_name("texts"))


@dataclass(frozen=True, slots=True)
class Report:
    views: Views
    charts: tuple[Chart, ...]
    html: str


def build_report(data: ReportData, k: int, names: Mapping[str, str], language: str) -> Report:
    """Tables, charts and the page; ``names`` are the skills' display names by id."""
    texts = report_texts()
    views = build_views(data, k)

    def chart(name: str, key: str, png: bytes) -> Chart:
        return Chart(
            name,
            png,
            texts.get(language, f"charts.{key}.title"),
            texts.get(language, f"charts.{key}.text"),
        )

    charts = [
        chart("usage_per_week.png", "usage", usage_chart(views, names, texts, language)),
        chart(
            "satisfaction_per_skill.png",
            "satisfaction",
            satisfaction_chart(views, names, texts, language),
        ),
    ]
    survey = survey_chart(views, texts, language)
    if survey is not None:
        charts.append(chart("survey.png", "survey", survey))
    return Report(views, tuple(charts), render_page(views, charts, texts, language))


def write_csv(table: Table, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.columns)
        # A suppressed figure is an empty cell.
        writer.writerows(["" if cell is None else cell for cell in row] for row in table.rows)


def write_report(report: Report, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in report.views.files():
        path = directory / f"{table.name}.csv"
        write_csv(table, path)
        written.append(path)
    for chart in report.charts:
        path = directory / chart.name
        path.write_bytes(chart.png)
        written.append(path)
    page = directory / "report.html"
    page.write_text(report.html, encoding="utf-8")
    written.append(page)
    return written
