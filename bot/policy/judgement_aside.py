"""What looks like a verdict on a person but is none, set aside before the judgement readings.

Two kinds (``judgement_aside.yaml``):

- a minimum age asked with the age given ("Ist Mia mit 16 alt genug für eine Ausbildung zur
  Pflegefachfrau?", "is he old enough at 16 to …") asks about a rule — youth employment
  law, school duty, a licence —, not about the person's maturity: the words "alt genug" are
  taken out, so that what else the sentence says ("… und reif genug?") is still read;
- a counsellor's counterpart named by a role ("Frau Weber als Ansprechpartnerin beim
  Jobcenter", "meine Kollegin Frau Brandt", "Herrn Kraus, unseren Fallmanager") is no client:
  the name is taken out, so a question about working with them asks no verdict on a client;
- a view asked of the person a mail is written to ("Mail an Frau Schulte: Wir bitten um Ihre
  Einschätzung, ob Tim …") asks a human, not the assistant: from the view to the end of its
  sentence the words are taken out, in a message that starts with a mail order only;
- a chance of a benefit ("Hat Jonas eine Chance auf BAB …?") asks about an entitlement, a
  rule: the chance word is read as "Anspruch";
- "geschickt" as the participle of "schicken" ("Hat Jonas die Unterlagen schon an die IHK
  geschickt?") is a status, not the trait: it is read as "gesendet";
- what follows if something happens ("Was passiert, wenn mein Klient die Prüfung nicht
  besteht?") asks about rules and consequences: the condition is taken out to its sentence's
  end;
- whether a way of training is realistic ("is part-time realistic for her?", "Ist eine
  Teilzeitausbildung machbar?") asks about hours and rules: the word is read as "möglich";
- an exam's rules asked for a client ("Welche Note braucht Lena zum Bestehen?", "Wer bewertet
  seine Prüfung?") ask for no grade: the clause is taken out to its end;
- what an employer, a school or an office may or must do to a client ("Darf der Betrieb Tim
  ablehnen, weil er zu alt ist?") asks about the law; the reason is the other side's: the
  clause is taken out with the clauses of reason or condition after it;
- an outcome that has happened, asked as a fact ("Ist Tim durchgefallen?", "Did Jonas drop
  out?"), is a status, not a prognosis: the verb is read as "teilgenommen";
- a judgement the counsellor says they do not give ("…, dass ich keine Einschätzung abgebe,
  ob Mats geeignet ist") is none asked: taken out to the end of its sentence.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_aside.yaml")
_SPAN = r"(?:[^\W\d_]+\s+){0,3}?"  # up to three words between (no sentence end)
_ABBREVIATION = r"\b(?:hr|fr|dr|prof|mr|mrs|ms|st|z\.\s?b)\."  # no sentence end either


class _Aside(NamedTuple):
    age_before: re.Pattern[str]  # "mit 16 (schon) alt genug"
    age_after: re.Pattern[str]  # "old enough at 16"
    role_before: re.Pattern[str]  # "Kollegin Frau Weber"
    role_after: re.Pattern[str]  # "Frau Weber als Ansprechpartnerin", "Herrn Kraus, unseren …"
    mail_order: re.Pattern[str]  # "Mail an Frau Schulte …", "Schreib Herrn …"
    addressee_view: re.Pattern[str]  # "um Ihre Einschätzung, ob …" to its sentence's end
    benefit_chance: re.Pattern[str]  # "eine Chance auf BAB"
    sent: re.Pattern[str]  # "hat … an die IHK geschickt?"
    consequence: re.Pattern[str]  # "Was passiert, wenn …" to its sentence's end
    training_mode: re.Pattern[str]  # "ist eine Teilzeitausbildung (für sie) realistisch"
    exam_rule: re.Pattern[str]  # "Welche Note braucht Lena …" to its clause's end
    permission: re.Pattern[str]  # "Darf der Betrieb Tim ablehnen" and its "weil …" clauses
    past_outcome: re.Pattern[str]  # "Ist Tim durchgefallen?", "did lena fail …?"
    declined: re.Pattern[str]  # "dass ich keine Einschätzung abgebe, ob …" to its end


@cache
def _patterns() -> _Aside:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    age, verdict = raw["age_given"], raw["age_verdict"]
    roles, titled = raw["roles"], raw["titled"]
    determiner = r"(?:unser\w*|mein\w*|die|der|den|dem|our|my|the)\s+"
    permission = str(raw["permission"]).replace("{bodies}", raw["bodies"])
    flags = re.IGNORECASE
    return _Aside(
        re.compile(rf"(?P<keep>{age}\s+{_SPAN}){verdict}", flags),
        re.compile(rf"{verdict}(?P<keep>\s+{_SPAN}{age})", flags),
        re.compile(rf"(?P<keep>\b{roles}\s+){titled}", flags),
        re.compile(rf"{titled}(?P<keep>\s*(?:,\s*|\s+als\s+)?(?:{determiner})?{roles}\b)", flags),
        re.compile(raw["mail_order"], flags),
        re.compile(rf"(?:{raw['addressee_view']})(?:[^.?!\n]|{_ABBREVIATION})*[.?!]?", flags),
        re.compile(
            r"\b(?:(?:eine|gute|realistische|reale)\s+)*(?:chancen?|aussichten?)\s+"
            rf"(?=auf\s+(?:(?:eine?n?|die|das|den)\s+)?{raw['benefits']})",
            flags,
        ),
        re.compile(raw["sent_participle"], flags),
        re.compile(rf"(?:{raw['consequence']})(?:[^.?!\n]|{_ABBREVIATION})*[.?!]?", flags),
        re.compile(raw["training_mode"], flags),
        re.compile(rf"(?:{raw['exam_rule']})[^,;–—.?!\n]*", flags),
        re.compile(
            rf"(?:{permission})[^,;–—.?!\n]*(?:\s*,?\s*(?:{raw['reason']})\b[^,;–—.?!\n]*)*"
            r"(?P<alternative>\s*,?\s*(?:oder|or)\b)?",
            flags,
        ),
        re.compile(raw["past_outcome"], flags),
        re.compile(raw["judgement_declined"], flags),
    )


def names_a_counterpart(text: str) -> bool:
    """Whether ``text`` names a counterpart by their role ("Herrn Yilmaz als Sachbearbeiter"):
    then a pronoun "der"/"die" may well stand for them ("…, ist der zuverlässig?")."""
    aside = _patterns()
    return bool(aside.role_before.search(text) or aside.role_after.search(text))


def is_mail_order(text: str) -> bool:
    """Whether ``text`` starts with a mail order ("Mail an Frau Schulte: …"): a "Sie" in it
    addresses the mail's recipient, not the assistant."""
    return _patterns().mail_order.search(text) is not None


def set_aside_rules_and_counterparts(text: str) -> str:
    """``text`` without the words of a minimum-age question, without the names of
    counterparts named by their role (each replaced by what stood around it), in a mail order
    without a view asked of the addressee, with a chance of a benefit read as a claim and
    "geschickt" as a participle read as "gesendet", a way of training's "realistisch" as
    "möglich", without an exam's rules asked and without a permission of an employer or an
    office asked, an outcome that has happened read as taking part, and without a judgement
    the counsellor declines."""
    aside = _patterns()
    for pattern in (aside.age_before, aside.age_after, aside.role_before, aside.role_after):
        text = pattern.sub(lambda found: found.group("keep"), text)
    if aside.mail_order.search(text) is not None:
        text = aside.addressee_view.sub("", text)
    text = aside.sent.sub(lambda found: found.group("keep") + "gesendet", text)
    text = aside.consequence.sub(" ", text)
    text = aside.training_mode.sub(lambda found: found.group("keep") + "möglich", text)
    text = aside.exam_rule.sub(" ", text)
    text = aside.permission.sub(_without_permission, text)
    text = aside.past_outcome.sub(lambda found: found.group("keep") + "teilgenommen", text)
    text = aside.declined.sub(" ", text)
    return aside.benefit_chance.sub("Anspruch ", text)


def _without_permission(found: re.Match[str]) -> str:
    # (an alternative asked after it is a question of its own: "…, oder ist der zu schwach?")
    return ". " if found.group("alternative") else " "
