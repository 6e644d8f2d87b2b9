"""Requests to judge, rank or decide about a specific person (GDPR Art. 22, EU AI Act Annex III).

A request counts only when it is about a particular person: "Ist mein Klient geeignet ...?",
"Soll ich die Bewerberin ablehnen?", "Ranke die Bewerber". General questions about an occupation
are lookups, not judgements, and do not count - including "Für wen ist eine Ausbildung als
Pilot geeignet?", which asks for a profile, not for a verdict on someone.

The engine refuses what matches, so the patterns err on the side of precision: everyday tasks
that mention a client ("Soll ich der Klientin absagen?", "Reihenfolge der Themen für das
Gespräch mit der Klientin") must not match. Each pattern stays within one sentence.
"""

from __future__ import annotations

import re

# Up to 80 characters of the same sentence (no ".", "?", "!" or line break).
_GAP = r"[^.?!\n]{0,80}?"
# People a counsellor may ask about: stems with their inflection and gender endings only, so
# that compounds such as "Kundenservice" or "Personalabteilung" do not count.
_PERSON_NOUN = (
    r"(?:klient|kund|teilnehmer|teilnehmend|bewerber|bewerbend|kandidat|schüler|azubi"
    r"|auszubildend|jugendlich|ratsuchend|praktikant|mitarbeiter|person|ehrenamtlich)"
    r"(?:innen|\*innen|:innen|in|en|er|e|n|s)?\b"
)
# A specific person: "mein Klient", "die neue Klientin", "diese Bewerberin", "Herr Weber", "er".
_DETERMINER = (
    r"(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer|unseres"
    r"|der|die|den|dem|des|dieser|diese|diesen|diesem|dieses)"
)
_SPECIFIC_PERSON = (
    rf"(?:\b{_DETERMINER}\s+(?:[^\W\d_]+\s+)?{_PERSON_NOUN}"
    r"|\b(?:herrn?|frau)\s+(?-i:[A-ZÄÖÜ])[^\W\d_]+"  # a name is capitalised
    r"|\b(?-i:er|sie|ihn|ihm|Er|Ihn|Ihm)\b)"  # "Sie" with a capital is the polite "you"
)
_GROUP_OF_PEOPLE = (
    rf"(?:meinen|meiner|unseren|unserer|den|der|diesen|dieser|allen|aller)\s+(?:[^\W\d_]+\s+)?"
    rf"{_PERSON_NOUN}"
)
_SUITABLE = r"(?:un)?(?:geeignet|tauglich|fähig|qualifiziert|belastbar)[^\W\d_]*"
_TRAITS = r"(?:Eignung|Befähigung|Leistungsfähigkeit|Belastbarkeit|Persönlichkeit|Charakter)"
_DECIDE = (
    r"(?:ablehnen|aufnehmen|annehmen|zulassen|einstellen|auswählen|kündigen|entlassen"
    r"|sanktionieren|ausschließen|rauswerfen)"
)
_MANAGE = r"(?:schaffen|schafft|packen|packt|bestehen|besteht|durchhalten|hinkriegen)"
_SHOULD = r"(?:soll|sollen|sollte|sollten)\s+(?:ich|wir)"
_EN_PEOPLE = r"(?:client|candidate|applicant|participant|student|trainee|customer|apprentice)"

# Every pattern starts at the beginning of a word.
_PATTERNS: tuple[str, ...] = (
    # "Ist mein Klient geeignet für ...", "Hältst du ihn für geeignet?"
    rf"\b(?:ist|wäre|sind|wären|(?:h[aä]lt\w*|findest|finden)(?:\s+(?:du|sie|ihr))?)\s+"
    rf"{_SPECIFIC_PERSON}{_GAP}\b{_SUITABLE}",
    # "Eignet sich meine Klientin für ...", "Passt er in den Beruf?"
    rf"\b(?:eignet|eignen|passt)\s+(?:sich\s+)?{_SPECIFIC_PERSON}",
    # "Welcher meiner Teilnehmer ist am besten ...", "Wer von meinen Klienten eignet sich ..."
    rf"\b(?:welche[rsmn]?|wer)\s+(?:von\s+)?{_GROUP_OF_PEOPLE}{_GAP}"
    r"\b(?:am\s+besten|am\s+ehesten|am\s+geeignetsten|am\s+meisten|besser|eher|eignet)",
    # "Bewerte die Eignung von ...", "Beurteile meinen Klienten", "Schätze ein, ob er ..."
    r"\b(?:bewerte|beurteile|bewerten\s+sie|beurteilen\s+sie|schätze|schätzen\s+sie"
    r"|evaluiere|benote)(?:\s+ein)?[\s,:]+(?:bitte\s+)?(?:ob\s+)?"
    rf"(?:(?:die\s+)?{_TRAITS}|{_SPECIFIC_PERSON})",
    # "Kannst du meinen Klienten einschätzen?"
    rf"\b(?:kannst\s+du|können\s+sie|bitte)\s+{_SPECIFIC_PERSON}\s+"
    r"(?:einschätzen|beurteilen|bewerten|benoten)\b",
    # "Soll ich die Bewerberin ablehnen?", "Sollen wir Herrn Weber einstellen?"
    rf"\b{_SHOULD}{_GAP}{_SPECIFIC_PERSON}{_GAP}\b{_DECIDE}\b",
    # "Wen soll ich nehmen?"
    rf"\bwen\s+{_SHOULD}{_GAP}\b(?:{_DECIDE}|nehmen)\b",
    # "Ranke die Bewerber", "Sortiere meine Teilnehmer nach Eignung"
    r"\b(?:ranke|ranken|sortiere|sortieren|ordne|ordnen|priorisiere|priorisieren)\s+"
    rf"(?:die|meine|unsere|alle|diese)?\s*(?:[^\W\d_]+\s+)?{_PERSON_NOUN}",
    # "Erstelle eine Rangliste der Teilnehmer"
    rf"\b(?:rangfolge|rangliste|ranking|reihenfolge)\s+{_GROUP_OF_PEOPLE}",
    # "Kann er das schaffen?", "Wird die Klientin die Prüfung bestehen?"
    rf"\b(?:kann|könnte|wird|würde|schafft|packt)\s+{_SPECIFIC_PERSON}{_GAP}\b{_MANAGE}\b",
    # "Glaubst du, dass sie die Ausbildung schafft?"
    r"\b(?:glaubst|meinst|denkst|glauben|meinen|denken)\s+(?:du|sie)\b[\s,]+(?:dass|ob)\s+"
    rf"{_SPECIFIC_PERSON}{_GAP}\b{_MANAGE}\b",
    # English: "Is my client suitable for ...", "Is she fit for ..."
    rf"\b(?:is|are|would)\s+(?:(?:my|our|this|that|the)\s+(?:\w+\s+)?{_EN_PEOPLE}s?|he|she)"
    rf"{_GAP}\b(?:suitable|fit|qualified|eligible|right\s+for|good\s+enough|capable"
    r"|cut\s+out)",
    # "rank my clients", "sort the applicants"
    r"\b(?:rank|sort|order|rate|score|compare|shortlist)\s+(?:my|our|the|these|those|all)?"
    rf"\s*(?:\w+\s+)?{_EN_PEOPLE}s\b",
    # "Which of my candidates is the best?"
    r"\bwhich\s+(?:one\s+)?of\s+(?:my|our|the|these)\s+\w+\s+(?:is|would\s+be)\s+"
    r"(?:the\s+)?(?:best|most\s+suitable|better)",
    # "Should I reject him?", "Should we hire the applicant?"
    r"\bshould\s+(?:I|we)\s+(?:reject|accept|hire|admit|select|dismiss|fire|turn\s+down"
    rf"|take\s+on)\s+(?:him|her|them|(?:my|our|this|that|the)\s+(?:\w+\s+)?{_EN_PEOPLE})",
    # "Assess the suitability of ...", "Can he handle the apprenticeship?"
    r"\b(?:assess|evaluate|judge|rate)\s+(?:the\s+|his\s+|her\s+)?(?:suitability|aptitude"
    r"|potential|personality|character)\b",
    r"\bcan\s+(?:he|she|my\s+client)\s+(?:handle|cope\s+with|pass|succeed)",
)
# One scan for all patterns; the leading lookahead lets the regex engine skip to word starts,
# which keeps 20,000 characters at about 2 ms.
DECISION_PATTERN = re.compile(
    r"(?=[^\W\d_])(?<![^\W\d_])(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")",
    re.IGNORECASE,
)


def is_decision_request(text: str) -> bool:
    """Whether ``text`` asks the AI to judge, rank or decide about a specific person."""
    return DECISION_PATTERN.search(text) is not None
