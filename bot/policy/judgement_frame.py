"""A third reading of judgement requests: an evaluative word said of a specific person, in a
sentence that asks for an opinion or a confirmation (``judgement_frame.yaml``).

The patterns of :mod:`bot.policy.judgement` know sentence forms and the cue groups of
:mod:`bot.policy.judgement_cues` know judgement words; both miss the way counsellors chat:
"Lisa ist einfach zu langsam für Einzelhandel, oder?", "schaft der kevin das überhaupt",
"meinst du das wird was mit ihr", "reckon Jake could cut it as an electrician". This reading
is built from three open parts rather than phrasings:

- an evaluative word: adjective stems with their morphology (negation, intensifier prefix,
  inflection, comparative and superlative with umlaut) that count only when marked as a
  verdict (a degree word, a comparison, or for the plain verdict adjectives a copula); verbs
  of managing and failing (a typo's single consonant allowed); nouns of aptitude; ranking
  within a group ("wer von den dreien");
- a specific person: the person pattern and name lists the cue reading uses, a demonstrative
  ("der ist doch …", "ist die dafür …"), and names typed in lower case;
- a frame: a confirmation tag or an opinion frame ("oder?", "stimmt's", "seh ich das
  richtig", "meinst du", "sag mal", "right?", "reckon", "honestly") takes the whole sentence;
  a question mark or a leading verb only its own clause.

Tasks (mails, summaries, "wie kann ich sie unterstützen") and people in general ("man",
"jemand") never count, as in the cue reading.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.policy.judgement_english import is_english_word
from bot.policy.judgement_predicates import predicates
from bot.policy.pii_gazetteer import is_listed_name, is_plain_name
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("judgement_frame.yaml")
_UMLAUT = str.maketrans("aou", "äöü")
_CLAUSE = re.compile(r"[^,;:–—]+")
_WORD = re.compile(r"[^\W\d_]+")
# People in general: "ist man mit 45 zu alt", "if someone is too slow".
_TAG_WORDS = 6  # a question of this many words or fewer can only point back
_GENERIC = re.compile(r"\b(?:man|jemand\w*|someone|somebody|people|anyone)\b", re.IGNORECASE)
_ENDINGS = r"(?:e|er|es|en|em)?"


class _Frame(NamedTuple):
    evaluative: re.Pattern[str]  # any evaluative word: the cheap first test
    graded: re.Pattern[str]  # an adjective marked as a verdict, a verb, a noun
    tags: re.Pattern[str]
    verb_first: re.Pattern[str]
    group: re.Pattern[str]
    choose: re.Pattern[str]
    which_one: re.Pattern[str]
    demonstrative: re.Pattern[str]
    thing_after: re.Pattern[str]  # "… a good place", "ein guter Betrieb": not a person
    thing_last: re.Pattern[str]
    sufficing: re.Pattern[str]  # "…, reicht das für …?": the clauses before are asked
    candidates: re.Pattern[str]  # several people named or counted
    comparative: re.Pattern[str]


def _adjective(stems: list[str], prefixes: list[str]) -> str:
    """Stems with negation and intensifier prefix, and the comparative's umlaut; the endings
    are added where the stems are used."""
    forms = set()
    for stem in stems:
        forms.add(re.escape(stem))
        last = max(stem.rfind(v) for v in "aou")
        if last >= 0:  # the comparative's umlaut on the last vowel: alt → älter, klug → klüger
            forms.add(re.escape(stem[:last] + stem[last].translate(_UMLAUT) + stem[last + 1 :]))
    prefix = rf"(?:un|{'|'.join(prefixes)})?"
    return rf"{prefix}(?:{'|'.join(sorted(forms, key=len, reverse=True))})"


_PREPOSITION = r"(?:to|for|at|in|on|as|with|für|zu|zum|zur|im|bei|an|am|als|mit)\b"


@cache
def _frame() -> _Frame:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    start = r"(?<![^\W\d_])"
    stems = _adjective(data["adjectives"], data["adjective_prefixes"])
    adjective = rf"{stems}(?:er|e?st)?{_ENDINGS}\b"
    plain = rf"{_adjective(data['verdict_adjectives'], data['adjective_prefixes'])}{_ENDINGS}\b"
    practical = data["practical"]
    verbs = "|".join(f"(?:{v})".replace("{practical}", practical) for v in data["verbs"])
    degree = data["degree"]
    # a degree word before any adjective: "total verpeilt", "really disorganised"
    open_degree = (
        rf"{data['open_degree']}\s+(?!{data['open_degree_not']}){start}(?-i:[a-zäöüß]{{4,}})\b"
    )
    copula = data["copula"]
    lexicon = predicates()  # nouns, adjectives and idioms said of people
    # a degree word up to two words before, "genug/enough" after, a comparison, a superlative
    graded = (
        rf"{degree}\s+(?:[^\W\d_]+\s+){{0,2}}?{start}{adjective}"
        rf"|{start}{adjective}\s+(?:genug|enough|enuf)\b"
        rf"|{start}{stems}er{_ENDINGS}\s+(?:als|than)\b"
        rf"|\b(?:der|die|das|the|am|most)\s+{start}{stems}e?st{_ENDINGS}\b"
        rf"|(?:{copula})\s+(?:[^\W\d_]+\s+){{0,4}}?{start}{plain}"
        rf"|{start}(?:{verbs})|{data['nouns']}"
        # (as a predicate: "ist der Jannis total verpeilt", not "das Gespräch mit Tim war …")
        rf"|\b(?:ist|sind|wäre|wären|wirkt|wirken|scheint|is|are|seems)\s+"
        rf"(?:[^\W\d_]+\s+){{0,3}}?{open_degree}"
        # a comparative in a question for one of several ("who's smarter, Jonas or Ella?")
        rf"|\b(?:wer|who|which)\b[^,;?]{{0,20}}?{start}{stems}er\b"
        # (any comparative right after "wer ist"/"who's": "who's faster")
        r"|\b(?:wer|who)(?:\s+ist|\s+is|[’']s)\s+(?:eher\s+|more\s+)?(?-i:[a-zäöüß]{3,}er)\b"
        rf"|{lexicon.evaluative}"
    )
    return _Frame(
        # ("wer"/"who" for a choice among people named before)
        re.compile(
            rf"{start}(?:{adjective}|{plain}|{verbs}|wer|who)\b|{data['nouns']}|{open_degree}"
            rf"|{lexicon.evaluative}",
            flags,
        ),
        re.compile(graded, flags),
        re.compile("|".join(f"(?:{t})" for t in [*data["frames"][:-1], lexicon.tags]), flags),
        re.compile(data["verb_first"], flags),
        re.compile(data["group"].replace("{people}", f"(?:{data['group_people']})"), flags),
        re.compile(data["choose"], flags),
        re.compile(data["which_one"], flags),
        re.compile(f"{data['demonstrative']}|{lexicon.pronoun_noun}", flags),
        # (one more adjective between: "a good training place"; not a preposition: "too old
        # for school")
        re.compile(rf"\s+(?:(?!{_PREPOSITION})[^\W\d_]+\s+)?{data['things']}\b", flags),
        re.compile(rf"\b{data['things']}$", flags),
        re.compile(data["sufficing"], flags),
        re.compile(data["candidates"], flags),
        re.compile(data["comparative"], flags),
    )


def circumstances() -> str:
    """Adjectives of circumstances rather than of a person ("zu teuer", "zu weit", "zu spät"),
    as a regular expression matching at a word start."""
    return str(load_yaml(_DATA.read_text(encoding="utf-8"))["practical"])


def _lower_case_name(sentence: str) -> bool:
    """A name typed in lower case ("schaft der kevin das"), in a sentence typed all lower case
    or right after an article."""
    words = _WORD.findall(sentence)
    if sentence == sentence.lower():
        # (not an English word that is also a name: "is 16 too young to start?")
        return any(
            is_plain_name(w.capitalize()) and not is_english_word(w) for w in words if len(w) > 2
        )
    found = re.finditer(r"\b(?:der|die|den|dem)\s+([a-zäöüß]{3,})\b", sentence)
    return any(is_plain_name(m.group(1).capitalize()) for m in found)


def _name_after_verb(sentence: str, verb_first: re.Pattern[str]) -> bool:
    """A listed name right after a leading verb ("ist Max aus dem richtigen Holz …"): there a
    capitalised word that is also a noun ("Max", "Kai") is the subject."""
    found = verb_first.match(sentence)
    if found is None:
        return False
    following = _WORD.match(sentence[found.end() :].lstrip())
    return following is not None and is_listed_name(following.group())


def _graded(part: str) -> bool:
    """Whether ``part`` says something evaluative that is not said of a place or a company
    ("Amazon is a good place to start")."""
    frame = _frame()
    return any(
        frame.thing_after.match(part, found.end()) is None
        and frame.thing_last.search(found.group()) is None
        for found in frame.graded.finditer(part)
    )


def could_judge(text: str) -> bool:
    """The cheap first test of the judgement readings: whether ``text`` has any judgement,
    verdict or evaluative word, or ranks a group."""
    frame, cues = _frame(), cue_patterns()
    return any(
        pattern.search(text) is not None
        for pattern in (frame.evaluative, frame.group, cues.judgement, cues.verdict)
    )


def asks_an_opinion(sentence: str) -> bool:
    """Whether ``sentence`` asks for an opinion or a confirmation: a question mark at its end,
    a tag ("oder?", "stimmt's") or an opinion frame ("meinst du", "reckon", "honestly")."""
    return sentence.rstrip().endswith("?") or _frame().tags.search(sentence) is not None


def frames_a_verdict(text: str, person: re.Pattern[str], about_someone: bool = False) -> bool:
    """Whether a sentence of ``text`` asks for an opinion on, or a confirmation of, an
    evaluative word said of a specific person."""
    frame = _frame()
    if (
        frame.evaluative.search(text) is None
        and frame.group.search(text) is None
        and frame.comparative.search(text) is None
    ):
        return False  # most messages: nothing evaluative, no need to look further
    cues = cue_patterns()
    split = sentences(text)
    named_before = about_someone  # "Hr. Berger, 38, … Sehe schwarz für die Umschulung. Du auch?"
    for index, sentence in enumerate(split):
        if cues.task.search(sentence):
            continue
        generic = cues.generic_people.search(sentence) is not None
        # (a comparative alone chooses when several candidates were named before)
        candidates = frame.candidates.search(" ".join(split[:index])) is not None
        if (
            named_before
            and frame.which_one.match(sentence)
            and (
                frame.choose.search(sentence)
                or (candidates and frame.comparative.search(sentence))
            )
            and not _GENERIC.search(sentence)
        ):
            return True  # a choice among the people just named
        # a tag standing alone asks about the sentence before it ("…. Stimmst du zu?", "….
        # Siehst du das auch so?", "…. Würdest du das auch so sehen?")
        after = split[index + 1] if index + 1 < len(split) else ""
        tagged_after = (
            len(_WORD.findall(after)) <= _TAG_WORDS and frame.tags.search(after) is not None
        )
        tagged = frame.tags.search(sentence) is not None or tagged_after
        if tagged or frame.group.search(sentence):
            # "…, oder?", "meinst du …", "wer von den dreien …": the whole statement is asked
            parts = [sentence]
        else:
            clauses = _CLAUSE.findall(sentence)
            # (in a statement closed by a full stop, a clause after the first that opens with
            # a verb continues the statement with its subject left out, "Lea hat Abi, ist
            # total kreativ, will aber nicht studieren.": no question)
            stop = sentence.rstrip()
            statement = stop.endswith(".") and not stop.endswith("..")
            parts = [
                c
                for i, c in enumerate(clauses)
                if frame.verb_first.match(c) and not (statement and i > 0)
            ]
            if sentence.rstrip().endswith("?") and clauses:
                # a closing question that only points back ("Der Luca ist keine Leuchte –
                # reicht das für …?") asks about what the clauses before it say
                if frame.sufficing.match(clauses[-1]):
                    parts = clauses[:-1]
                parts.append(clauses[-1])
        parts = [p for p in parts if not _GENERIC.search(p)]
        names = names_someone(sentence, person, cues.english, generic)
        if not parts:
            named_before = named_before or names
            continue
        graded = any(_graded(p) for p in parts)
        # ranking a group counts with a verdict or a choice ("wer von den dreien … nehmen")
        grouped = frame.group.search(sentence) is not None and (
            graded or frame.choose.search(sentence) is not None
        )
        if not (graded or grouped):
            named_before = named_before or names
            continue
        if (
            grouped
            or names
            or (tagged and named_before)
            or frame.demonstrative.search(sentence)
            or _lower_case_name(sentence)
            or _name_after_verb(sentence, frame.verb_first)
        ):
            return True
        named_before = named_before or names
    return False
