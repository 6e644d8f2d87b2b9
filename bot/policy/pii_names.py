"""Person names, found by what stands before them: salutations, labels, roles, greetings,
closings ("Herr Müller", "frau geheimname", "Mutter: Ayşe", "sie heißt Aylin", "Hallo Jonas",
"MfG T. Nguyen").

The cue words and the words that are not names live in ``pii_names.yaml``. A strong cue (a
salutation, a label with a colon, a naming verb, a closing at the end of a line) also takes a
lower-case word ("frau geheimname"), unless it is a frequent word ("frau hat angerufen") or the
salutation is a noun after an article ("die frau"). A finding covers the name only, not the
cue, so a pseudonymiser can write "Herr [PERSON_1]"; it covers every part of a multi-part name
("Mehmet Ali Yılmaz-Öztürk") and initials ("T. Nguyen").

After a role word an occupation or field word is no name ("Azubi Mechatroniker", "Teilnehmer
Umschulung Lager"; ``pii_domain``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.policy.pii_domain import is_domain_word
from bot.policy.pii_gazetteer import is_listed_name, is_name_after_title
from bot.policy.pii_types import Finding, PiiKind, finding, words_where
from bot.word_lists import alternation
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("pii_names.yaml")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")
_GAP = re.compile(r"[ \t]+")
# Between two names of a list: an age in brackets, then a comma, "und", "&" or "/".
_LIST_SEPARATOR = re.compile(r"[ \t]*(?:\(\d{1,2}\)[ \t]*)?(?:,|&|/|und|and)[ \t]*")
_GENDER = r"(?:/-?in|\*in|:in|_in|\(in\)|/r|\(r\))?"  # "Klient/in", "Teilnehmer*in"
_NAME_BEFORE = re.compile(
    r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:['’-][^\W\d_]+)*){0,2}[ \t]*$"
)
_LOOK_BACK = 80  # characters searched for a name before "(Vater)"
_LABEL_COLON = re.compile(r"[ \t]*:")
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A cue is a word of its own: not the end of a longer word, nor of a gendered job title
# ("Kaufmann/-frau Digital" is no Frau Digital).
_LETTER_BEFORE = r"(?<![^\W\d_])(?<![/-])"
_MAX_ACRONYM = 3  # "Hallo IHK" is an organisation, "Frau Li" a name
_MIN_LOWER = 3  # a lower-case name after a strong cue has at least this many letters
_LINE_END = re.compile(r"[ \t]*[,.!;]?[ \t]*(?:\r?\n|$)")
_MAX_PARTS = {"closing": 4, "salutation": 4, "label": 4, "naming": 3, "role": 4, "greeting": 3}
_STRONG = frozenset({"salutation", "label", "naming"})

# The blanks inside a cue ("Sehr geehrter") match a blank run on the same line.
_CUE_BLANKS = r"[ \t]+"
# Abbreviated salutations that are also days' abbreviations ("Do und Fr", "Hr" rarely)
_UNDOTTED = frozenset({"fr", "hr"})
# "Was heißt …?", "what is … called": the meaning of a word asked, no one named
_ASKS_MEANING = re.compile(r"(?:\b(?:was|wofür|wofuer|what)[ \t]+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Cues:
    """The compiled cue pattern (one named group per kind of cue) and the word lists."""

    cue_words: dict[str, tuple[str, ...]]  # closings, labels, ... as in the YAML file
    after: re.Pattern[str]  # a role or an age in brackets after a name: "Schmidt (Vater)"
    first_words: frozenset[str]  # lower-case first words of all cues, to find candidates fast
    titles: re.Pattern[str]
    article_before: re.Pattern[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    common: frozenset[str]
    not_name_endings: tuple[str, ...]


@cache
def _cues() -> _Cues:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    lists = ("closings", "labels", "naming_verbs", "salutations", "roles", "greetings")
    cue_words = {key: tuple(str(word) for word in data[key]) for key in (*lists, "signing_words")}
    first_words = {_first_word(word) for key in lists for word in cue_words[key]}
    articles = alternation(data["articles"], _CUE_BLANKS)
    roles = alternation((*data["labels"], *data["roles"]), _CUE_BLANKS)
    return _Cues(
        cue_words=cue_words,
        after=re.compile(
            rf"\([ \t]*(?:(?P<role>(?i:{roles})){_GENDER}"
            r"|(?P<age>\d{1,2})(?:[ \t]*(?:J\.?|Jahre))?)[ \t]*[),]"
        ),
        first_words=frozenset(first_words),
        titles=re.compile(
            rf"(?:(?:{alternation(data['titles'], _CUE_BLANKS)})[ \t]+)*", re.IGNORECASE
        ),
        article_before=re.compile(rf"(?<![^\W\d_])(?i:{articles})[ \t]+$"),
        particles=frozenset(data["particles"]),
        not_names=frozenset(word.lower() for word in data["not_names"]),
        common=frozenset(word.lower() for word in data["common_words"]),
        not_name_endings=tuple(data["not_name_endings"]),
    )


def _first_word(cue: str) -> str:
    return str(_FIRST_WORD.findall(cue)[0]).lower()


@cache
def _cue_pattern(first: str) -> re.Pattern[str]:
    """The cues that start with the word ``first``, one named group per kind of cue.

    One small pattern per first word: matching it where that word stands is much faster than
    searching the text with all cues as alternatives at every position."""
    words = _cues().cue_words

    def starting(key: str) -> str:
        chosen = [word for word in words[key] if _first_word(word) == first]
        return alternation(chosen, _CUE_BLANKS) if chosen else r"(?!)"

    closing_gap = r"[ \t]*[,.!]?[ \t]*(?:\r?\n[ \t]*){0,2}"
    signing = rf"(?:(?:{alternation(words['signing_words'], _CUE_BLANKS)})[ \t]+)?"
    gender = _GENDER
    return re.compile(
        rf"{_LETTER_BEFORE}(?:"
        rf"(?P<closing>(?i:{starting('closings')}){closing_gap}{signing})"
        rf"|(?P<label>(?i:{starting('labels')}){gender}[ \t]*[:=][ \t]*"
        r"(?:(?i:herr|herrn|frau|hr\.?|fr\.?)[ \t]+)?)"
        rf"|(?P<naming>(?i:{starting('naming_verbs')})[ \t]*:?[ \t]+)"
        rf"|(?P<salutation>(?i:{starting('salutations')})[ \t]+)"
        rf"|(?P<role>(?:{starting('roles')})[ \t]+)"
        rf"|(?P<greeting>(?i:{starting('greetings')})[ \t]+))"
    )


@dataclass(frozen=True, slots=True)
class _Rules:
    """What a cue allows the words after it to look like."""

    max_parts: int
    lower: bool  # lower-case words count
    upper_cue: bool  # the cue was written in capitals: short all-caps names count
    # occupation and field words are no name (after a role word: "Azubi Mechatroniker")
    domain_words_stop: bool = False
    # only a listed name counts in lower case (after "Fr"/"Hr" without their dot)
    listed_lower_only: bool = False


def _is_name_word(word: str, cues: _Cues, rules: _Rules) -> bool:
    if len(word) < 2:
        return False
    lowered = word.lower()
    parts = re.split(r"['’-]", lowered)
    if lowered in cues.not_names or any(part in cues.not_names for part in parts):
        return False
    if lowered.endswith(cues.not_name_endings):
        return False
    if rules.domain_words_stop and is_domain_word(word):
        return False
    if word[0].islower():
        return rules.lower and len(word) >= _MIN_LOWER and lowered not in cues.common
    if word.isupper() and len(word) <= _MAX_ACRONYM and not rules.upper_cue:
        return False
    return lowered not in cues.common


def _take_name(text: str, pos: int, rules: _Rules, cues: _Cues) -> tuple[int, int] | None:
    """The span of up to ``rules.max_parts`` name words starting at ``pos`` (after titles)."""
    titles = cues.titles.match(text, pos)
    pos = titles.end() if titles else pos
    start: int | None = None
    end = pos
    parts = 0
    while parts < rules.max_parts:
        initial = _INITIAL.match(text, pos)
        if initial is not None:
            # "T. Nguyen": an initial belongs to the name only if a name word follows.
            gap = _GAP.match(text, initial.end())
            after = _TOKEN.match(text, gap.end() if gap else initial.end())
            if after is None or not _is_name_word(after.group(), cues, rules):
                break
            start = initial.start() if start is None else start
            pos, parts = after.start(), parts + 1
            continue
        token = _TOKEN.match(text, pos)
        if token is None:
            break
        word = token.group()
        if start is not None and word in cues.particles:
            # "Anna von Berg": a particle belongs to the name only if a name word follows.
            gap = _GAP.match(text, token.end())
            following = _TOKEN.match(text, gap.end()) if gap else None
            if following is None or not _is_name_word(following.group(), cues, rules):
                break
            token, word = following, following.group()
        elif not _is_name_word(word, cues, rules):
            break
        if start is not None and word[0].islower() and text[start].isupper():
            break  # "Frau Koch kocht": after a capitalised name, a lower-case word is no name
        if start is not None and word[0].islower() and not is_name_after_title(word):
            break  # "frau kaya wegen …", "herrn öztürk absagen": one unknown word is the name
        lower_first = start is None and word[0].islower()
        if lower_first and rules.listed_lower_only and not is_name_after_title(word):
            break  # "Do und Fr formulieren": "Fr" without its dot is also Friday
        start = token.start() if start is None else start
        end, parts = token.end(), parts + 1
        gap = _GAP.match(text, end)
        if gap is None:
            gap = _LINE_BREAK.match(text, end)
            # A name wraps to the next line only if what follows is a listed name, not the
            # label of the next line ("Alter: 19").
            after = _TOKEN.match(text, gap.end()) if gap else None
            if gap is None or after is None or not is_listed_name(after.group()):
                break
            if _LABEL_COLON.match(text, after.end()):
                break
        pos = gap.end()
    return None if start is None else (start, end)


def _rules(text: str, cue: re.Match[str], cues: _Cues) -> _Rules:
    kind = cue.lastgroup or ""
    cue_text = cue.group().strip()
    upper_cue = len(cue_text) > 1 and cue_text.isupper()
    lower = kind in _STRONG
    if kind == "salutation" and cues.article_before.search(
        text, max(0, cue.start() - 20), cue.start()
    ):
        lower = False  # "die frau hat": a noun, not a form of address
    # A closing takes a lower-case signature only when it ends the line ("lg anna").
    undotted = kind == "salutation" and cue_text.lower() in _UNDOTTED
    return _Rules(
        _MAX_PARTS[kind], lower or kind == "closing", upper_cue, kind == "role", undotted
    )


def find_person_names(text: str) -> list[Finding]:
    """Names after salutations, labels, naming verbs, roles and greetings, and signatures."""
    cues = _cues()
    found = []
    for word in words_where(text, lambda word: word.lower() in cues.first_words):
        cue = _cue_pattern(word.group().lower()).match(text, word.start())
        if cue is None:
            continue
        if cue.lastgroup == "naming" and _ASKS_MEANING.search(text, 0, cue.start()):
            continue  # "Was heißt eigentlich BvB?" asks what a word means
        rules = _rules(text, cue, cues)
        span = _take_name(text, cue.end(), rules, cues)
        if span is None:
            continue
        lower_signature = cue.lastgroup == "closing" and text[span[0]].islower()
        if lower_signature and not _LINE_END.match(text, span[1]):
            continue
        found.append(finding(PiiKind.PERSON_NAME, text, *span))
        if cue.lastgroup == "label":
            found.extend(_listed_after(text, span[1], rules, cues))
    found.extend(_names_before_brackets(text, cues))
    return found


def _names_before_brackets(text: str, cues: _Cues) -> list[Finding]:
    """Names followed by a role or an age in brackets: "Schmidt (Vater)", "Hiba (15)".

    After a role the capitalised word before it counts, with listed names before that; before
    a bare age only a listed name ("Klasse (10)" is no one)."""
    found = []
    rules = _Rules(max_parts=3, lower=False, upper_cue=False)
    for after in cues.after.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, after.start() - _LOOK_BACK), after.start())
        if before is None:
            continue
        words = list(_TOKEN.finditer(text, before.start(), after.start()))
        # The word right before the bracket, and listed names before it ("Ali Schmidt (Vater)",
        # not "Rückruf Schmidt (Vater)").
        while words and (
            words[0].group().lower() in cues.first_words
            or not all(_is_name_word(w.group(), cues, rules) for w in words)
            or (len(words) > 1 and not is_listed_name(words[0].group()))
        ):
            words.pop(0)
        if not words or (after["age"] and not is_listed_name(words[-1].group())):
            continue
        found.append(finding(PiiKind.PERSON_NAME, text, words[0].start(), words[-1].end()))
    return found


def _listed_after(text: str, end: int, rules: _Rules, cues: _Cues) -> list[Finding]:
    """Further names after a label, on the same line: "Kinder: Mykola (6), Daryna (3)"."""
    found = []
    while (separator := _LIST_SEPARATOR.match(text, end)) is not None:
        span = _take_name(text, separator.end(), rules, cues)
        if span is None:
            break
        found.append(finding(PiiKind.PERSON_NAME, text, *span))
        end = span[1]
    return found
