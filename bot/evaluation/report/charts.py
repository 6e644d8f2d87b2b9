"""The report's charts as PNG (matplotlib's Agg canvas, as for the admin usage chart): usage
per week per skill, ratings per skill, the survey's distributions. Suppressed figures are
gaps, never zeros."""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from bot.evaluation.ports import TIME_SAVED
from bot.evaluation.report.tables import Table, Views
from bot.texts import Texts

WIDTH, HEIGHT, DPI = 7.2, 3.8, 100


def _figure(width: float = WIDTH) -> Any:
    # No pyplot: its global figure registry is not thread-safe; the Agg canvas is all we need.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, HEIGHT), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Any) -> bytes:
    output = io.BytesIO()
    figure.savefig(output, format="png")
    return output.getvalue()


def _column(table: Table, row: tuple[Any, ...], name: str) -> Any:
    return row[table.columns.index(name)]


def usage_chart(views: Views, names: Mapping[str, str], texts: Texts, language: str) -> bytes:
    """One line per skill: requests per week (a gap where a figure is suppressed)."""
    from matplotlib.ticker import MaxNLocator

    table = views.usage_by_week
    weeks = sorted({str(row[0]) for row in table.rows})
    series: dict[str, dict[str, float]] = {}
    for row in table.rows:
        value = _column(table, row, "requests")
        series.setdefault(str(row[1]), {})[str(row[0])] = (
            float("nan") if value is None else float(value)
        )
    figure = _figure()
    axes = figure.add_subplot()
    for skill, values in sorted(series.items()):
        axes.plot(
            range(len(weeks)),
            [values.get(week, 0.0) for week in weeks],
            marker="o",
            label=names.get(skill, skill),
        )
    step = max(1, len(weeks) // 13)  # about one label a month over a year
    shown = range(0, len(weeks), step)
    axes.set_xticks(list(shown), [weeks[i][5:] for i in shown], fontsize=7, rotation=45)
    axes.set_ylabel(texts.get(language, "charts.usage.axis"))
    axes.set_title(texts.get(language, "charts.usage.title"), fontsize=10)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(bottom=0)  # counts: a flat week must not look like a swing
    if series:
        axes.legend(fontsize=7)
    return _png(figure)


def satisfaction_chart(
    views: Views, names: Mapping[str, str], texts: Texts, language: str
) -> bytes:
    """Stacked horizontal bars: thumbs up and down per skill over the period."""
    table = views.ratings_by_skill
    skills = [str(row[0]) for row in table.rows]
    ups = [_column(table, row, "thumbs_up") or 0 for row in table.rows]
    downs = [_column(table, row, "thumbs_down") or 0 for row in table.rows]
    figure = _figure()
    axes = figure.add_subplot()
    labels = [names.get(skill, skill) for skill in skills]
    axes.barh(labels, ups, color="#2e7d32", label=texts.get(language, "charts.satisfaction.up"))
    axes.barh(
        labels,
        downs,
        left=ups,
        color="#c62828",
        label=texts.get(language, "charts.satisfaction.down"),
    )
    axes.set_title(texts.get(language, "charts.satisfaction.title"), fontsize=10)
    axes.legend(fontsize=7)
    return _png(figure)


def survey_chart(views: Views, texts: Texts, language: str) -> bytes | None:
    """Two bar charts: usefulness 1-5 and time saved; None when too few answered."""
    summary = {str(row[0]): row[1] for row in views.summary.rows}
    if summary.get("survey_respondents") is None:
        return None
    useful = [summary.get(f"survey_usefulness_{value}") or 0 for value in range(1, 6)]
    saved = [summary.get(f"survey_time_saved_{value}") or 0 for value in TIME_SAVED]
    figure = _figure()
    left, right = figure.subplots(1, 2)
    left.bar([str(value) for value in range(1, 6)], useful, color="#1565c0")
    left.set_title(texts.get(language, "charts.survey.usefulness"), fontsize=9)
    left.set_ylabel(texts.get(language, "charts.survey.answers"))
    labels = [texts.get(language, f"time_saved.{value}") for value in TIME_SAVED]
    right.bar(labels, saved, color="#6a1b9a")
    right.set_title(texts.get(language, "charts.survey.time_saved"), fontsize=9)
    figure.suptitle(texts.get(language, "charts.survey.title"), fontsize=10)
    return _png(figure)
