"""The report's views as tables: answers by week, skill and department; the survey by period
and department; suggestions by week and department; and a summary of the whole period.

Every figure goes through :mod:`bot.evaluation.report.anonymity`: a row that describes fewer
than ``k`` people shows no figures, and neither does a single figure that does."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean
from typing import TypeVar

from bot.evaluation.ports import DOWN, REASONS, STATUSES, TIME_SAVED, UP, AnswerFact, week_of
from bot.evaluation.report.anonymity import Tally, merged_departments, percentile
from bot.evaluation.report.data import ReportData

Cell = str | int | float | None
K = TypeVar("K")
C = TypeVar("C")
FOR_EVERYONE = "alle"  # suggestions about Lotse in general, not one department's skills
DECIDED = tuple(status for status in STATUSES if status != "open")


@dataclass(frozen=True, slots=True)
class Table:
    """One view: the file stem, its columns and rows (``None``: suppressed)."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(slots=True)
class _Answers:
    people: set[str] = field(default_factory=set)
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    durations: list[int] = field(default_factory=list)

    def add(self, fact: AnswerFact) -> None:
        user = fact.user_key
        self.people.add(user)
        self.durations.append(fact.duration_ms)
        self.tallies["requests"].add(user)
        if fact.outcome == "ok":
            self.tallies["completed"].add(user)
        if fact.outcome == "refused":
            self.tallies["refused"].add(user)
        if fact.offline:
            self.tallies["offline_fallbacks"].add(user)
        if fact.producer == "model":
            self.tallies["model"].add(user)
        if fact.rating == UP:
            self.tallies["thumbs_up"].add(user)
        if fact.rating == DOWN:
            self.tallies["thumbs_down"].add(user)
            self.tallies[f"reason_{fact.reason or 'other'}"].add(user)

    def merge(self, other: _Answers) -> None:
        """Add a finer group's facts (coarser views are built from the finest one)."""
        self.people |= other.people
        self.durations.extend(other.durations)
        for name, tally in other.tallies.items():
            mine = self.tallies[name]
            mine.count += tally.count
            mine.people |= tally.people


ANSWER_COLUMNS = (
    "requests",
    "completed",
    "refused",
    "offline_fallbacks",
    "model_share",
    "p50_ms",
    "p95_ms",
    "thumbs_up",
    "thumbs_down",
    *(f"reason_{reason}" for reason in REASONS),
)


def _answer_figures(group: _Answers, k: int) -> tuple[Cell, ...]:
    if len(group.people) < k:
        return (None,) * len(ANSWER_COLUMNS)
    tallies = group.tallies
    requests = tallies["requests"].count
    model = tallies["model"].shown(k)
    share = None if model is None else round(model / requests, 3)
    figures: list[Cell] = []
    for column in ANSWER_COLUMNS:
        if column == "model_share":
            figures.append(share)
        elif column == "p50_ms":
            figures.append(percentile(group.durations, 0.5))
        elif column == "p95_ms":
            figures.append(percentile(group.durations, 0.95))
        else:
            figures.append(tallies[column].shown(k))
    return tuple(figures)


def _grouped(facts: Iterable[AnswerFact], key: Callable[[AnswerFact], K]) -> dict[K, _Answers]:
    groups: dict[K, _Answers] = defaultdict(_Answers)
    for fact in facts:
        groups[key(fact)].add(fact)
    return groups


def _coarser(
    groups: dict[tuple[date, str, str], _Answers], key: Callable[[tuple[date, str, str]], C]
) -> dict[C, _Answers]:
    coarse: dict[C, _Answers] = defaultdict(_Answers)
    for fine, group in groups.items():
        coarse[key(fine)].merge(group)
    return coarse


@dataclass(frozen=True, slots=True)
class Views:
    summary: Table
    answers: Table
    usage_by_week: Table  # week × skill, every department together (the usage chart)
    ratings_by_skill: Table  # skill over the whole period (the satisfaction chart)
    survey: Table
    suggestions: Table
    departments: tuple[str, ...]  # as shown, "Weitere" included

    def files(self) -> tuple[Table, ...]:
        return (self.summary, self.answers, self.usage_by_week, self.ratings_by_skill,
                self.survey, self.suggestions)  # fmt: skip


def build_views(data: ReportData, k: int) -> Views:
    shown = merged_departments(
        [
            *((a.department, a.user_key) for a in data.answers),
            *((s.department, s.user_key) for s in data.surveys),
            *((s.department, s.author_key) for s in data.suggestions if s.department),
        ],
        k,
    )

    def department(fact: AnswerFact) -> str:
        return shown[fact.department]

    by_cell = _grouped(data.answers, lambda a: (a.week, a.skill, department(a)))
    answers = Table(
        "answers_by_week_skill_department",
        ("week", "skill", "department", *ANSWER_COLUMNS),
        tuple(
            (week.isoformat(), skill, dep, *_answer_figures(group, k))
            for (week, skill, dep), group in sorted(by_cell.items())
        ),
    )
    by_week = _coarser(by_cell, lambda cell: (cell[0], cell[1]))
    usage = Table(
        "usage_by_week_skill",
        ("week", "skill", *ANSWER_COLUMNS),
        tuple(
            (week.isoformat(), skill, *_answer_figures(group, k))
            for (week, skill), group in sorted(by_week.items())
        ),
    )
    by_skill = _coarser(by_cell, lambda cell: cell[1])
    ratings = Table(
        "answers_by_skill",
        ("skill", *ANSWER_COLUMNS),
        tuple((skill, *_answer_figures(group, k)) for skill, group in sorted(by_skill.items())),
    )
    survey = _survey_table(data, shown, k)
    suggestions = _suggestion_table(data, shown, k)
    everyone = _coarser(by_cell, lambda _: "").get("", _Answers())
    summary = _summary(data, k, everyone, suggestions)
    return Views(
        summary=summary,
        answers=answers,
        usage_by_week=usage,
        ratings_by_skill=ratings,
        survey=survey,
        suggestions=suggestions,
        departments=tuple(sorted(set(shown.values()))),
    )


SURVEY_COLUMNS = (
    "asked",
    "respondents",
    "usefulness_mean",
    *(f"usefulness_{value}" for value in range(1, 6)),
    *(f"time_saved_{value}" for value in TIME_SAVED),
)


def _survey_figures(facts: list[tuple[str, int | None, str | None]], k: int) -> tuple[Cell, ...]:
    asked, answered = Tally(), Tally()
    useful: dict[int, Tally] = defaultdict(Tally)
    saved: dict[str, Tally] = defaultdict(Tally)
    values = []
    for user, usefulness, time_saved in facts:
        asked.add(user)
        if usefulness is None or time_saved is None:
            continue
        answered.add(user)
        useful[usefulness].add(user)
        saved[time_saved].add(user)
        values.append(usefulness)
    if len(answered.people) < k:
        return (asked.shown(k), None, *(None,) * (len(SURVEY_COLUMNS) - 2))
    return (
        asked.shown(k),
        answered.count,
        round(fmean(values), 2),
        *(useful[value].shown(k) for value in range(1, 6)),
        *(saved[value].shown(k) for value in TIME_SAVED),
    )


def _survey_table(data: ReportData, shown: dict[str, str], k: int) -> Table:
    groups: dict[tuple[date, str], list[tuple[str, int | None, str | None]]] = defaultdict(list)
    for fact in data.surveys:
        groups[(fact.period, shown[fact.department])].append(
            (fact.user_key, fact.usefulness, fact.time_saved)
        )
    rows = tuple(
        (period.isoformat(), dep, *_survey_figures(facts, k))
        for (period, dep), facts in sorted(groups.items())
    )
    return Table("survey_by_period_department", ("period", "department", *SURVEY_COLUMNS), rows)


SUGGESTION_COLUMNS = ("filed", "decided", *(f"decided_{status}" for status in DECIDED))


def _suggestion_table(data: ReportData, shown: dict[str, str], k: int) -> Table:
    groups: dict[tuple[date, str], dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    people: dict[tuple[date, str], set[str]] = defaultdict(set)
    for fact in data.suggestions:
        dep = shown[fact.department] if fact.department else FOR_EVERYONE
        filed = week_of(fact.at.date())
        if data.first <= filed <= data.last:
            groups[(filed, dep)]["filed"].add(fact.author_key)
            people[(filed, dep)].add(fact.author_key)
        if fact.decided_at is not None and fact.status in DECIDED:
            decided = week_of(fact.decided_at.date())
            if data.first <= decided <= data.last:
                tallies = groups[(decided, dep)]
                tallies["decided"].add(fact.author_key)
                tallies[f"decided_{fact.status}"].add(fact.author_key)
                people[(decided, dep)].add(fact.author_key)
    rows = []
    for (week, dep), tallies in sorted(groups.items()):
        if len(people[(week, dep)]) < k:
            figures: tuple[Cell, ...] = (None,) * len(SUGGESTION_COLUMNS)
        else:
            figures = tuple(tallies[column].shown(k) for column in SUGGESTION_COLUMNS)
        rows.append((week.isoformat(), dep, *figures))
    return Table(
        "suggestions_by_week_department", ("week", "department", *SUGGESTION_COLUMNS), tuple(rows)
    )


def _total(table: Table, column: str) -> int | None:
    """The sum of a column over rows whose figures are shown; None when none is."""
    index = table.columns.index(column)
    values = [row[index] for row in table.rows if isinstance(row[index], int)]
    return sum(values) if values else None  # type: ignore[arg-type]


def _summary(data: ReportData, k: int, everyone: _Answers, suggestions: Table) -> Table:
    figures = _answer_figures(everyone, k)
    survey_facts = [(s.user_key, s.usefulness, s.time_saved) for s in data.surveys]
    survey_figures = _survey_figures(survey_facts, k)
    rows: list[tuple[Cell, ...]] = [
        ("period_from", data.first.isoformat()),
        ("period_to", data.last.isoformat()),
        ("k", k),
        *zip(ANSWER_COLUMNS, figures, strict=True),
        *(("survey_" + c, v) for c, v in zip(SURVEY_COLUMNS, survey_figures, strict=True)),
        ("suggestions_filed", _total(suggestions, "filed")),
        ("suggestions_decided", _total(suggestions, "decided")),
    ]
    return Table("summary", ("figure", "value"), tuple(rows))
