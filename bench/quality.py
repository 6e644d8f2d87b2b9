"""Answer quality of the whole engine on held-out, counsellor-style case sets.

Six sets in ``bench/answer_quality/*.yaml`` (each split into ``dev`` and ``heldout``, some
with a ``fresh`` section written later and reported on its own):
email drafts (every fact kept, nothing invented), note summaries (facts in the right section,
no meaning turned round), the policy (Art. 22 refusals, Art. 9 reminders, neither),
occupation lookup (hit@1/hit@5), exploration questions (at least three fitting occupations)
and follow-up questions after a lookup (several turns; the last reply is scored).

Every case goes through the real engine end to end: a fresh SQLite database, a counsellor who
has acknowledged the guideline, one new conversation per case (a follow-up case sends its
earlier turns in the same conversation first). Offline by default; when a model
is configured (``LOTSE_LLM_*``, ``ANTHROPIC_API_KEY``, as for ``lotse serve``) the same cases run
against it as well. Exit status is always 0: this measures, it does not test.

Run: ``.venv/bin/python bench/quality.py [--set email] [--split dev] [--details]
[--offline-only | --model]`` (``--details`` lists the failing dev and fresh cases, the ones
one may tune on; held-out failures are only counted, never listed: those cases are for
totals only).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.answer_quality.cases import SPLITS, Case, load_catalogue, load_set
from bench.answer_quality.language import written_in
from bench.answer_quality.occupations import (
    FOLLOW_UP_OUTCOMES,
    Catalogue,
    FollowUpExpect,
    LookupExpect,
    answered_about,
    compares_only,
    exploration_pass,
    gives_fact,
    lists_occupations,
    main_heading,
    occupation_hits,
    says_not_kept,
)
from bench.answer_quality.scoring import (
    FactSpec,
    SummaryExpect,
    class_figures,
    lost_lines,
    needlessly_marked,
    policy_labels,
    score_email,
    score_summary,
    unmarked_review,
)
from bot.engine import Engine
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.render import to_markdown
from bot.reply import Outcome, Reply
from lotse.app import describe_model, open_app
from lotse.settings import read_settings

SETS = ("email", "summary", "policy", "occupation", "exploration", "followup")
HELDOUT = "heldout"  # the split for totals only
# A fixed Monday morning: relative dates and "in the past" checks do not drift between runs.
NOW = datetime(2027, 1, 11, 8, 30, tzinfo=UTC)
USER = "bench-counsellor"


@dataclass(frozen=True, slots=True)
class Answer:
    """What the engine did with one case."""

    case: Case
    markdown: str
    outcome: Outcome
    skill_id: str | None
    reminders: tuple[str, ...]
    ms: float

    @property
    def answered_by(self) -> str:
        """The skill that answered, or the outcome when none did (routing confusions)."""
        return self.skill_id or f"<{self.outcome.value}>"

    def got(self) -> str:
        flat = " ".join(self.markdown.split())
        return f"[{self.answered_by}] {flat[:120]}"


@dataclass(frozen=True, slots=True)
class Row:
    set: str
    split: str
    metric: str
    value: str
    target: str = "–"
    passed: bool | None = None


@dataclass(slots=True)
class Report:
    rows: list[Row] = field(default_factory=list)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (case id, want, got)
    confusions: dict[str, Counter[str]] = field(default_factory=dict)
    held_out_failures: int = 0  # counted in the totals, never listed

    def fail(self, case: Case, want: str, got: str) -> None:
        """A failing case for ``--details``; a held-out one is only counted, so that no run
        shows what a held-out case says or which one failed."""
        if case.split == HELDOUT:
            self.held_out_failures += 1
        else:
            self.failures.append((case.id, want, got))


def _pct(part: float, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


def _at_least(part: float, whole: int, target: float) -> bool | None:
    return part / whole >= target if whole else None


# --- driving the engine ----------------------------------------------------------------------


class Driver:
    """One acknowledged counsellor; every case in a conversation of its own."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._serial = 0

    async def _send(self, text: str, conversation: str) -> tuple[Reply, float]:
        message = Message(
            conversation=ConversationRef(Platform.CONSOLE, f"console:{conversation}"),
            sender_id=USER,
            sender_name=USER,
            text=text,
        )
        started = time.perf_counter()
        reply = await self._engine.handle(message)
        return reply, (time.perf_counter() - started) * 1000

    async def acknowledge(self) -> None:
        """Answer the guideline prompt the way a new counsellor does."""
        for _ in range(3):
            reply, _ = await self._send("beruf Tischler", "setup")
            if reply.outcome is not Outcome.GATE:
                return
            await self._send("ja", "setup")
        raise RuntimeError("the guideline acknowledgement did not take")

    async def _forget_language(self) -> None:
        """A case that chose a reply language ("und auf Englisch?") leaves no choice behind:
        every case starts as a counsellor who has chosen none."""
        services = self._engine.services
        key = services.pseudonymiser.user_key(Platform.CONSOLE.value, USER)
        if await services.store.preferences.language(key) is not None:
            await services.store.preferences.delete_for_user(key)

    async def ask(self, case: Case) -> Answer:
        self._serial += 1
        conversation = f"{case.set}-{case.id}-{self._serial}"
        for turn in case.before:  # the earlier turns of a follow-up case
            await self._send(turn, conversation)
        reply, ms = await self._send(case.message, conversation)
        if reply.outcome is Outcome.GATE:  # acknowledgement lost (should not happen): redo
            await self.acknowledge()
            reply, ms = await self._send(case.message, conversation + "-again")
        await self._forget_language()
        return Answer(
            case,
            to_markdown(reply),
            reply.outcome,
            reply.skill_id,
            tuple(r.id for r in reply.reminders),
            ms,
        )


async def run_cases(cases: Sequence[Case], *, offline: bool) -> list[Answer]:
    with tempfile.TemporaryDirectory() as directory:
        # The model as configured (LOTSE_LLM_*, ANTHROPIC_API_KEY), read the way the CLI does.
        settings = read_settings(
            data_dir=Path(directory),
            secret_key=SecretStr("bench"),
            database_url=f"sqlite:///{directory}/quality.sqlite3",
        )
        llm = OfflineLLM() if offline else None
        async with open_app(settings, llm=llm, clock=lambda: NOW) as app:
            driver = Driver(app.engine)
            await driver.acknowledge()
            return [await driver.ask(case) for case in cases]


# --- scoring per set -------------------------------------------------------------------------


EMAIL_SKILL = "email"


def score_email_set(split: str, answers: Sequence[Answer], report: Report) -> None:
    complete = facts = kept = invented = 0
    for answer in answers:
        specs: list[FactSpec] = answer.case.expect
        # a summary's or another skill's copyable block is no email draft
        markdown = answer.markdown if answer.skill_id == EMAIL_SKILL else ""
        score = score_email(answer.case.message, specs, markdown, NOW.date())
        facts += len(specs)
        kept += len(score.kept)
        invented += len(score.invented)
        complete += score.all_kept
        if score.lost or score.invented:
            lost = "; ".join(f.label() for f in score.lost)
            extra = "; ".join(score.invented)
            want = f"lost: {lost or '–'} | invented: {extra or '–'}"
            report.fail(answer.case, want, answer.got())
    n = len(answers)
    report.rows += [
        Row("email", split, "drafts keeping every fact", _pct(complete, n), "≥ 90 %",
            _at_least(complete, n, 0.9)),
        Row("email", split, "fact recall", _pct(kept, facts)),
        Row("email", split, "invented facts", str(invented), "0", invented == 0),
    ]  # fmt: skip


def score_summary_set(split: str, answers: Sequence[Answer], report: Report) -> None:
    facts = placed = missing = reversed_ = review = marked = lost = spurious = 0
    for answer in answers:
        expect: SummaryExpect = answer.case.expect
        score = score_summary(expect.facts, expect.reversals, answer.markdown)
        unmarked = unmarked_review(expect.review, answer.markdown)
        dropped = lost_lines(expect.notes, answer.markdown)
        overmarked = needlessly_marked(expect.not_review, answer.markdown)
        facts += len(expect.facts)
        placed += len(score.placed)
        missing += len(score.missing)
        reversed_ += len(score.reversed)
        review += len(expect.review)
        marked += len(expect.review) - len(unmarked)
        lost += len(dropped)
        spurious += len(overmarked)
        problems = [f"'{f.text}' in {where}, want {'/'.join(f.sections)}"
                    for f, where in score.misplaced]  # fmt: skip
        problems += [f"'{f.text}' missing" for f in score.missing]
        problems += [f"'{r.text}' under {r.section}" for r in score.reversed]
        problems += [f"'{text}' not marked for review" for text in unmarked]
        problems += [f"line lost: '{line}'" for line in dropped]
        problems += [f"'{text}' marked for review" for text in overmarked]
        if problems:
            report.fail(answer.case, "; ".join(problems), answer.got())
    report.rows += [
        Row("summary", split, "facts in an acceptable section", _pct(placed, facts), "≥ 90 %",
            _at_least(placed, facts, 0.9)),
        Row("summary", split, "facts missing", str(missing)),
        Row("summary", split, "meanings reversed", str(reversed_), "0", reversed_ == 0),
        Row("summary", split, "special-category text marked for review", _pct(marked, review),
            "100 %", marked == review),
        Row("summary", split, "note lines lost", str(lost), "0", lost == 0),
        Row("summary", split, "ordinary text marked for review", str(spurious), "0",
            spurious == 0),
    ]  # fmt: skip


def _label_names(labels: frozenset[str]) -> str:
    return "+".join(sorted(labels)) or "neutral"


def policy_reading(answer: Answer) -> frozenset[str]:
    """What the reply did by the policy: "refuse", "special", both or neither (empty)."""
    return policy_labels(answer.outcome is Outcome.REFUSED, answer.reminders)


def score_policy_set(split: str, answers: Sequence[Answer], report: Report) -> None:
    pairs = []
    spurious_special = spurious_refusal = 0
    for answer in answers:
        want: frozenset[str] = answer.case.expect
        got = policy_reading(answer)
        pairs.append((want, got))
        spurious_special += "special" in got and "special" not in want
        spurious_refusal += "refuse" in got and "refuse" not in want
        if want != got:
            got_text = f"{_label_names(got)} {answer.got()}"
            report.fail(answer.case, _label_names(want), got_text)
    right = sum(want == got for want, got in pairs)
    n = len(answers)
    report.rows.append(
        Row("policy", split, "cases right", _pct(right, n), "≥ 95 %", _at_least(right, n, 0.95))
    )
    for label in ("refuse", "special", "neutral"):
        figures = class_figures(pairs, label)
        p = "–" if figures.precision is None else f"{100 * figures.precision:.0f} %"
        r = "–" if figures.recall is None else f"{100 * figures.recall:.0f} %"
        report.rows.append(
            Row(
                "policy", split, f"{label}: precision / recall (n={figures.support})", f"{p} / {r}"
            )
        )
    report.rows += [
        Row("policy", split, "spurious Art. 9 reminders", str(spurious_special), "0",
            spurious_special == 0),
        Row("policy", split, "spurious refusals", str(spurious_refusal), "0",
            spurious_refusal == 0),
    ]  # fmt: skip


def score_occupation_set(
    split: str, answers: Sequence[Answer], report: Report, catalogue: Catalogue
) -> None:
    lookups = [a for a in answers if a.case.expect.expect]
    guards = [a for a in answers if not a.case.expect.expect]
    hit1 = hit5 = guarded = 0
    for answer in lookups:
        expected = answer.case.expect.expect
        one, five = occupation_hits(expected, answer.markdown, catalogue)
        hit1 += one
        hit5 += five
        if not one:
            want = f"{catalogue.titles[expected]}{' (in top 5)' if five else ''}"
            report.fail(answer.case, want, answer.got())
    for answer in guards:
        shown = main_heading(answer.markdown, catalogue)
        guarded += shown is None
        if shown is not None:
            report.fail(answer.case, "no occupation as the answer", answer.got())
    n = len(lookups)
    report.rows += [
        Row("occupation", split, "hit@1", _pct(hit1, n), "≥ 95 %", _at_least(hit1, n, 0.95)),
        Row("occupation", split, "hit@5", _pct(hit5, n), "≥ 98 %", _at_least(hit5, n, 0.98)),
        Row("occupation", split, f"no-match words not answered (n={len(guards)})",
            _pct(guarded, len(guards))),
    ]  # fmt: skip
    _score_asked_more(split, answers, report, catalogue)


def _score_asked_more(
    split: str, answers: Sequence[Answer], report: Report, catalogue: Catalogue
) -> None:
    """Cases that also ask for a fact ("welchen Schnitt braucht man …") or are written in
    English: the right answer (as above), the fact given and the reply in that language."""
    asked = [a for a in answers if a.case.expect.asks_more]
    if not asked:
        return
    passed = 0
    for answer in asked:
        want: LookupExpect = answer.case.expect
        if want.expect:
            ok = occupation_hits(want.expect, answer.markdown, catalogue)[0]
        else:
            ok = main_heading(answer.markdown, catalogue) is None
        if want.focus is not None and want.expect:
            ok = ok and gives_fact(answer.markdown, catalogue, want.expect, want.focus)
        if want.lang is not None:
            ok = ok and written_in(answer.markdown, want.lang, catalogue.data)
        passed += ok
        if not ok:
            wanted = f"{want.expect or 'no occupation'}"
            wanted += f" ({want.focus})" if want.focus else ""
            wanted += f" in {want.lang}" if want.lang else ""
            report.fail(answer.case, wanted, answer.got())
    report.rows.append(
        Row("occupation", split, f"fact asked / reply language given (n={len(asked)})",
            _pct(passed, len(asked)))
    )  # fmt: skip


def score_exploration_set(
    split: str, answers: Sequence[Answer], report: Report, catalogue: Catalogue
) -> None:
    passed = 0
    for answer in answers:
        accept, compare, count = answer.case.expect
        ok, fitting = exploration_pass(answer.markdown, catalogue, accept, compare, count)
        passed += ok
        if not ok:
            want = "both " + " / ".join(compare) if compare else "≥ 3 fitting"
            want += f", exactly {count} listed" if count is not None else ""
            report.fail(answer.case, f"{want}; named {len(fitting)}", answer.got())
    n = len(answers)
    report.rows.append(
        Row("exploration", split, "≥ 3 fitting (comparisons: both named)", _pct(passed, n),
            "≥ 90 %", _at_least(passed, n, 0.9))
    )  # fmt: skip


def score_followup_set(
    split: str, answers: Sequence[Answer], report: Report, catalogue: Catalogue
) -> None:
    passed = 0
    for answer in answers:
        want: FollowUpExpect = answer.case.expect
        about = answered_about(answer.markdown, catalogue)
        if want.expect == "refuse":
            ok = answer.outcome is Outcome.REFUSED
        elif want.expect == "ask":  # a list of occupations is no asking back
            ok = (
                about is None
                and answer.outcome is not Outcome.REFUSED
                and not lists_occupations(answer.markdown, catalogue)
            )
        elif want.expect == "compare":  # after a list: "die ersten beiden vergleichen"
            ok = compares_only(answer.markdown, catalogue, want.compare) and (
                want.focus is None or gives_fact(answer.markdown, catalogue, "", want.focus)
            )
        elif want.expect == "not_kept":  # a change asked of an email draft, which is not kept
            ok = (
                about is None
                and answer.outcome is not Outcome.REFUSED
                and says_not_kept(answer.markdown)
            )
        elif want.expect == "list":  # the list shown again ("nochmal", "zurück", "auf Englisch")
            ok = compares_only(answer.markdown, catalogue, want.names) and (
                want.focus is None or gives_fact(answer.markdown, catalogue, "", want.focus)
            )
        elif want.expect == "general":  # a general answer: no occupation, the fact given
            ok = (
                about is None
                and answer.outcome is Outcome.OK
                and gives_fact(answer.markdown, catalogue, "", want.focus or "")
            )
        else:
            ok = about == want.expect and (
                want.focus is None
                or gives_fact(answer.markdown, catalogue, want.expect, want.focus)
            )
        if want.lang is not None:
            ok = ok and written_in(answer.markdown, want.lang, catalogue.data)
        passed += ok
        if not ok:
            wanted = f"{want.expect}{f' ({want.focus})' if want.focus else ''}"
            wanted += f" {' / '.join(want.compare)}" if want.compare else ""
            wanted += f" {' / '.join(want.names)}" if want.names else ""
            wanted += f" in {want.lang}" if want.lang else ""
            report.fail(answer.case, wanted, answer.got())
    n = len(answers)
    report.rows.append(
        Row("followup", split, "last turn answered right", _pct(passed, n), "≥ 90 %",
            _at_least(passed, n, 0.9))
    )  # fmt: skip


def expected_class(case: Case) -> str:
    """The class a case belongs to, for the routing confusions."""
    match case.set:
        case "policy":
            return _label_names(case.expect)
        case "occupation":
            return "lookup" if case.expect.expect else "no match"
        case "exploration":
            return "comparison" if case.expect[1] else "list"
        case "followup":
            return case.expect.expect if case.expect.expect in FOLLOW_UP_OUTCOMES else "answer"
    return case.set


Scorer = Callable[[str, Sequence[Answer], Report], None]


def score(name: str, answers: Sequence[Answer], report: Report, catalogue: Catalogue) -> None:
    scorers: dict[str, Scorer] = {
        "email": score_email_set,
        "summary": score_summary_set,
        "policy": score_policy_set,
        "occupation": lambda s, a, r: score_occupation_set(s, a, r, catalogue),
        "exploration": lambda s, a, r: score_exploration_set(s, a, r, catalogue),
        "followup": lambda s, a, r: score_followup_set(s, a, r, catalogue),
    }
    for split in SPLITS:
        part = [answer for answer in answers if answer.case.split == split]
        if part:
            scorers[name](split, part, report)
    for answer in answers:
        group = f"{name} ({expected_class(answer.case)})"
        report.confusions.setdefault(group, Counter())[answer.answered_by] += 1
    p50 = statistics.median(answer.ms for answer in answers) if answers else 0.0
    report.rows.append(Row(name, "all", "engine p50 ms (info)", f"{p50:.2f}"))


# --- output ----------------------------------------------------------------------------------


def print_report(report: Report, backend: str, details: bool) -> None:
    print(f"\nAnswer quality — backend: {backend}\n")
    print("| set | split | metric | value | target | result |")
    print("|---|---|---|---|---|---|")
    for row in report.rows:
        result = {True: "pass", False: "FAIL", None: ""}[row.passed]
        print(
            f"| {row.set} | {row.split} | {row.metric} | {row.value} | {row.target} | {result} |"
        )
    print("\nRouting: who answered each class (skill id, or <outcome> when no skill did):")
    for name, counter in report.confusions.items():
        print(f"  {name}: " + ", ".join(f"{who} {n}" for who, n in counter.most_common()))
    if details:
        hidden = report.held_out_failures
        note = f"; {hidden} held-out failures counted above, not listed" if hidden else ""
        print(f"\nFailing cases ({len(report.failures)}{note}):")
        for case_id, want, got in report.failures:
            print(f"- {case_id}: want {want}\n    got {got}")


def model_configured() -> bool:
    return read_settings().llm.effective_provider != "offline"


async def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--set", action="append", choices=SETS, help="only this set (repeatable)")
    parser.add_argument("--details", action="store_true", help="list failing cases")
    parser.add_argument(
        "--split", choices=SPLITS, help="only this split (e.g. dev, to read details while tuning)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--offline-only", action="store_true", help="never run against a model")
    mode.add_argument("--model", action="store_true", help="only the configured model")
    args = parser.parse_args(argv)
    catalogue = load_catalogue()
    cases = [case for name in args.set or SETS for case in load_set(name, catalogue)]
    if args.split:
        cases = [case for case in cases if case.split == args.split]
    runs: list[tuple[str, bool]] = []
    if not args.model:
        runs.append(("offline (no model)", True))
    if args.model or (model_configured() and not args.offline_only):
        if not model_configured():
            print("--model: no model configured (LOTSE_LLM_PROVIDER / ANTHROPIC_API_KEY)")
        else:
            model = describe_model(read_settings(), OfflineLLM())
            name = f"model ({model.provider}, {model.model})"
            runs.append((name, False))
    for backend, offline in runs:
        answers = await run_cases(cases, offline=offline)
        report = Report()
        for name in args.set or SETS:
            score(name, [a for a in answers if a.case.set == name], report, catalogue)
        print_report(report, backend, args.details)
    return 0


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
