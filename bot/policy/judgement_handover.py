"""A decision about someone handed over to the assistant (GDPR Art. 22): "Bewerberin Nina
Schulte, 3 Fehltage. Sollen wir zusagen oder absagen? du entscheidest".

It counts when three things meet in a message: the decision is handed over ("du
entscheidest", "your call", "triff du die Auswahl", "an meiner Stelle") or asked as taking or
turning someone down ("zusagen oder absagen?", "nehmen oder nicht"); a specific person is
named, or a group of candidates ("3 Bewerbungen"); and something is at stake for that person
(a place, a job, a measure, an application). "Frau Weber möchte Montag oder Dienstag, du
entscheidest" hands over a date, not a decision about her.

A selection of a named person the employer or the counsellor is considering, with the
assistant asked to weigh in ("Der Betrieb will Frau Roth einstellen. Was würdest du raten?"),
hands that decision over too.

Asking whether to report a named person's conduct to the funding body ("Soll ich dem
Jobcenter melden, dass sie nicht mitzieht?") hands over a decision that can cost them their
benefits; a fact to pass on ("…, dass er umgezogen ist") does not.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_handover.yaml")


@cache
def _report() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    keys = ("report", "conduct", "excused")
    report, conduct, excused = (re.compile(data[key], re.IGNORECASE) for key in keys)
    return report, conduct, excused


def reports_conduct(text: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` asks whether to report a named person's conduct to the funding body."""
    report, conduct, excused = _report()
    english = cue_patterns().english
    for found in report.finditer(text):
        what = found.group("what") or found.group("what_en") or ""
        if excused.search(what):
            continue
        if conduct.search(what) and names_someone(what, person, english):
            return True
    return False


@cache
def _handover() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return (
        re.compile(data["delegation"], flags),
        re.compile(data["alternatives"], flags),
        re.compile(data["stake"], flags),
        re.compile(data["group"], flags),
    )


@cache
def _contemplated() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    return (
        re.compile(data["contemplated"], re.IGNORECASE),
        re.compile(data["weigh_in"], re.IGNORECASE),
    )


def weighs_in_on_a_selection(text: str, person: re.Pattern[str]) -> bool:
    """A selection of a named person contemplated, then the assistant asked to weigh in on it:
    "sie überlegen, Marlon zu übernehmen. sollen sie das machen?"."""
    contemplated, weigh_in = _contemplated()
    asked = weigh_in.search(text)
    if asked is None:
        return False  # most messages
    english = cue_patterns().english
    return any(
        found.end() <= asked.start()
        and names_someone(found.group("who") or found.group("who_en"), person, english, True)
        for found in contemplated.finditer(text)
    )


def hands_over_a_decision(text: str, person: re.Pattern[str]) -> bool:
    """Whether ``text`` hands a decision about a named person over to the assistant."""
    delegation, alternatives, stake, group = _handover()
    if reports_conduct(text, person):
        return True
    if delegation.search(text) is None and alternatives.search(text) is None:
        return False  # most messages
    if stake.search(text) is None:
        return False
    if group.search(text):
        return True  # "Ich hab 3 Bewerbungen … Triff bitte du die Auswahl."
    cues = cue_patterns()
    return any(
        not cues.task.search(sentence) and names_someone(sentence, person, cues.english)
        for sentence in sentences(text)
    )
