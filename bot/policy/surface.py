"""Surface forms that change no meaning, undone before the policy readings.

Counsellors type the same request in many shapes: with a greeting before it ("Moin, ist …"),
without umlauts ("schaetzt", "fuer", on a keyboard without them), wrapped over two lines in the
middle of a sentence, or all in lower case ("kl. hat adhs"). The readings of
:mod:`bot.policy.judgement` and :mod:`bot.policy.special` are tuned on the usual shape; these
helpers give them that shape (data in ``surface.yaml``). Each is a single regular expression
pass or skipped at once, for they run on every message.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.judgement_names import with_given_names_capitalised
from bot.policy.judgement_parts import PERSON_NOUN
from bot.policy.judgement_typos import known_words
from bot.policy.pii_gazetteer import is_name_after_title, is_not_name
from bot.policy.pii_normalise import fold
from bot.word_trie import trie_alternation
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("surface.yaml")
_UPPER = re.compile(r"[A-ZÄÖÜ]")
_UMLAUT = re.compile(r"[äöüÄÖÜß]")
# "ae", "oe", "ue" typed for an umlaut: not after a vowel or "q" ("neue", "Bauer", "Quelle"),
# nor after "zu" ("zuerst", "zueinander"), in "-uell" ("aktuell"), a final "-ael"/"-uel"/
# "-oel" ("Michael", "Manuel", "Joel") or a final "-oe" (the Greek "Apnoe", "Diarrhoe").
_TRANSLITERATED = re.compile(
    r"(?<![aeiouyqAEIOUYQ])(?<!\b[zZ])([aouAOU])e(?!ll|l\b)(?!(?<=[oO]e)\b)"
)
_UMLAUT_OF = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}
# A line break inside a sentence: a line of three words or more (not a command or a label on
# its own line; "mit 56" is two) that ends without a mark before a lower-case word, or in a
# word that cannot end a sentence (``open_ends``).
_FULL_LINE = re.compile(r"(?:\S+[ \t]+){2,}\S*[^\W_],?[ \t]*$")
# a line ending in a comma or a dash goes on ("Wer hat mehr drauf,⏎Kai oder Max?")
_GOES_ON = re.compile(r"[^\W\d_][ \t]*(?:,|\s[-–—])[ \t]*$")
# a bullet or a number opening a line: an item of a list; a dash only where more than one line
# opens with it or the line before ends in a colon ("Mehmet als Mechatroniker⏎– gute Idee?")
_BULLET = re.compile(r"^[ \t]*(?:[-*•·]|\d{1,2}[.)])(?:\s|$)")
_DASH = re.compile(r"^[ \t]*[–—]\s")
_FIRST_WORD = re.compile(r"^[ \t]*([^\W\d_]+)")
_FIRST_MARK = re.compile(r"[.!?:;]")
_CAPITAL_START = re.compile(r"^[ \t]*[A-ZÄÖÜ]")
_LOWER_START = re.compile(r"^[ \t]*[a-zäöüß]")
# Cheap guards: a digit followed by a dot or a 19xx/20xx year; a capital and a dot after a title.
# words that open a sentence, not a noun after a date ("ab 01.04. Reha")
_SENTENCE_AFTER = re.compile(
    r"\s+(?:Ich|Er|Sie|Es|Wir|Das|Die|Der|Dann|Danach|Kannst|Können|Was|Wie|Wo|Soll|Bitte"
    r"|Meinst|Glaubst|Schafft|Ist|Hat|Wird)\b|\s*$"
)
_DAY = re.compile(r"\d{1,2}\.\d{1,2}\.")
# A date named as a day after an article ("passt ihr der 12.4.?"): the day is the thing asked
# about, so it is read as a stand-in weekday rather than dropped.
_DAY_NAMED = re.compile(
    r"(?<![^\W\d_])([Dd](?:er|en|em))\s+\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d\d(?!\d))?"
)
_DATE_HINT = re.compile(r"\d\.|\b(?:19|20)\d\d\b")
# A training year, a semester, a school year: an ordinal between an article or a possessive
# and its noun ("das 3. Lehrjahr"; not "Note 2. Schafft …": no article before the number).
_ORDINAL = re.compile(
    r"(?<![^\W\d_])((?:ins|das|dem|den|der|die|zum|zur|vom|beim|sein\w*|ihr\w*)\s+)"
    r"\d{1,2}\.\s+(?=[A-ZÄÖÜ][a-zäöüß])"
)
# An age in brackets after a name ("Marie (17) findet …"); after a person noun it stays, for
# there it marks a specific person ("Klientin (23) wirkt …").
_AGE = re.compile(r"\s*\(\d{1,2}\)")
# a text about age itself needs the age ("Ist Tim (15) zu jung für …?": a minimum-age rule)
_ABOUT_AGE = re.compile(
    r"\b(?:jung|alt|älter|jünger|alter|mindestalter|volljährig|minderjährig|jahre|young|old"
    r"|age)\b",
    re.IGNORECASE,
)
_AFTER_NAME = re.compile(rf"(?<![^\W\d_])(?!(?i:{PERSON_NOUN}))[A-ZÄÖÜ][^\W\d_]+$")
# An initial after a title, with its dot kept only where a capital follows (a sentence end).
_INITIAL = re.compile(
    r"\b((?:Herrn?|Frau|Hr\.|Fr\.|Mrs?\.?|Ms\.?|Miss)\s+)[A-ZÄÖÜ]\.(?![^\W\d_])(?!\s+[A-ZÄÖÜ])"
    r"|\b((?:Herrn?|Frau|Hr\.|Fr\.|Mrs?\.?|Ms\.?|Miss)\s+)[A-ZÄÖÜ](?=\.\s+[A-ZÄÖÜ])"
)
# A text that reads as German: its function words outnumber the English ones (a "ue" in
# "colleague" or "true" is no umlaut).
_GERMAN = re.compile(
    r"\b(?:der|die|das|ist|und|ob|für|fuer|zu|er|sie|mit|ein|eine|nicht|ich|du|wie|was|hat"
    r"|kann|soll|den|dem)\b",
    re.IGNORECASE,
)
_ENGLISH = re.compile(
    r"\b(?:the|is|are|you|my|can|to|and|of|with|what|which|how|does|her|his|she|he|it)\b",
    re.IGNORECASE,
)


@cache
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = load_yaml(_DATA.read_text(encoding="utf-8"))
    return data


@cache
def _preface() -> re.Pattern[str]:
    words = "|".join(f"(?:{word})" for word in _data()["prefaces"])
    return re.compile(rf"^\s*(?:(?:{words})\s*[,:.!]+\s+){{1,2}}(?=\S)", re.IGNORECASE)


@cache
def _capitals() -> tuple[re.Pattern[str], dict[str, str]]:
    words = [str(word) for word in _data()["capitals"]]
    by_lower = {word.lower(): word for word in words}
    alternatives = "|".join(re.escape(word.lower()) for word in sorted(words, key=len)[::-1])
    # (an abbreviation's dot ends no word: no boundary after it)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])"), by_lower


@cache
def _titled() -> re.Pattern[str]:
    """A title typed in lower case with the word after it and the word before it (if any):
    "frau engel", "herrn weiß", "hr. kaya", "frau d.", "ms patel"."""
    titles = "|".join(re.escape(str(title)) for title in _data()["titles"])
    return re.compile(rf"(?:([^\W\d_]+)\s+)?(?<![^\W\d_])({titles})(\s+)([^\W\d_][\w-]*)(?![\w-])")


def _titled_name(found: re.Match[str]) -> str:
    """The title and the name after it capitalised, where the word before makes no noun of
    the title ("die frau", "meine frau") and the word after is a name: a listed one, an
    initial, or a word of none of the policy's lists (a name the lists lack)."""
    before, title, space, word = found.groups()
    if before is not None and before in _data()["not_before_title"]:
        return found.group()
    initial = len(word) == 1 and found.string.startswith(".", found.end())
    if not initial:
        if is_not_name(fold(word)) or word in _data()["not_after_title"]:
            return found.group()
        if not is_name_after_title(word) and word in known_words():
            return found.group()
    head = found.group()[: found.start(2) - found.start()]
    return f"{head}{title[0].upper()}{title[1:]}{space}{word[0].upper()}{word[1:]}"


@cache
def _forms(key: str) -> dict[str, str]:
    """One of the polite address's word maps of ``surface.yaml``."""
    raw: object = _data()[key]
    assert isinstance(raw, dict)
    return {str(polite): str(familiar) for polite, familiar in raw.items()}


@cache
def _polite() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb before the polite "Sie", and a polite possessive inside a sentence."""
    verbs = {*_forms("polite_questions"), *_forms("polite_imperatives")}
    verb = "|".join(sorted(verbs, key=len, reverse=True))
    words = "|".join(sorted(_forms("polite_possessives"), key=len, reverse=True))
    return (
        re.compile(rf"(?<![^\W\d_])((?i:{verb}))\s+Sie(?![^\W\d_])"),
        re.compile(rf"(?<=[^\W\d_,;]\s)({words})(?![^\W\d_])"),
    )


def _du_verb(found: re.Match[str]) -> str:
    verb = found.group(1)
    start = found.string[: found.start()].rstrip(" \t")
    imperative = _forms("polite_imperatives").get(verb.lower())
    if imperative is not None and (not start or start[-1] in ".!?:\n"):
        return f"{imperative} du"
    question = _forms("polite_questions").get(verb.lower())
    if question is None:
        return found.group()
    return f"{question[0].upper()}{question[1:]} du" if verb[0].isupper() else f"{question} du"


def _spaced(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


@cache
def _dated() -> re.Pattern[str]:
    """A date ("am 12.03.", "vor dem 30.06.2027") or a year ("2027", "im Mai 2027"), with the
    preposition and the month that come with it; not an amount ("2000 Euro")."""
    before = trie_alternation(_data()["date_prepositions"], _spaced)
    months = trie_alternation(_data()["year_words"])
    day = r"\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d\d(?!\d))?"
    year = rf"(?:(?:{months})\s+)?(?:19|20)\d\d\b(?!\s*(?:€|euro|eur\b|%|,\d|\.\d))"
    return re.compile(
        rf"\s*(?<![^\W\d_])(?:(?:{before})\s+)?(?<![\d.])(?:{day}|{year})", re.IGNORECASE
    )


@cache
def _when_ordinal() -> re.Pattern[str]:
    """ "im 2. Lehrjahr", "im 3. Semester": when, as a whole."""
    periods = trie_alternation(_data()["training_periods"])
    return re.compile(rf"\s*(?<![^\W\d_])[iI]m\s+\d{{1,2}}\.\s+(?i:{periods})(?![^\W\d_])")


def _undated(found: re.Match[str], text: str) -> str:
    # (a day by when something is made says it is a matter of time: "ob er es am 12.03.
    # schafft" is no "ob er es schafft")
    if _DAY.search(found.group()) and _made_in_time(found, text):
        return " " + str(_data()["made_in_time_read_as"])
    # (a date's full stop before a new sentence or at the end also ends the sentence)
    if found.group().endswith(".") and _SENTENCE_AFTER.match(text, found.end()):
        return "."
    return ""


def _made_in_time(found: re.Match[str], text: str) -> bool:
    """Whether the date ``found`` stands between "es"/"das" and a verb of making it, at most a
    place to get to between ("ob sie es am 3.2. zum Probetag schafft")."""
    before, after = _made_in_time_patterns()
    return bool(before.search(text, 0, found.start()) and after.match(text, found.end()))


@cache
def _made_in_time_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    objects = trie_alternation(_data()["made_in_time_objects"])
    verbs = trie_alternation(_data()["made_in_time_verbs"])
    before = re.compile(rf"(?<![^\W\d_])(?:{objects})\s*$", re.IGNORECASE)
    # (a preposition with its noun may stand between: "zum Probetag", "in die Sprechstunde")
    place = r"(?:(?:zu[mr]|ins?|in\s+die|in\s+den|nach)\s+[^\W\d_][\w-]*\s+)?"
    after = re.compile(rf"\s+{place}(?:{verbs})[^\W\d_]*", re.IGNORECASE)
    return before, after


@cache
def _sharp_s() -> re.Pattern[str]:
    stems = "|".join(re.escape(stem) for stem in _data()["sharp_s_stems"])
    return re.compile(rf"(?<=ei|ie)ss|(?<![^\W\d_])(?:{stems})", re.IGNORECASE)


def without_preface(text: str) -> str:
    """``text`` without a greeting or an announcement before the ask ("Moin, …", "Kurze
    Frage: …"); unchanged when nothing else follows."""
    found = _preface().match(text)
    return text[found.end() :] if found else text


def with_soft_breaks_joined(text: str) -> str:
    """``text`` with a line break inside a sentence read as a space. A break is inside the
    sentence where the line before ends in a comma, a dash or a word that cannot end a
    sentence ("für", "ihrem", "Herrn"); where a line of three words or more without a mark
    (not a bullet's item) goes on in lower case, not with a question word of its own after a
    statement; or where a question left open goes on with a capitalised word that opens no
    sentence to its "?" ("Ist Ben eher der praktische⏎Typ oder mehr fürs Büro?"). A line
    after a full stop, a colon or a blank line, and a bullet, a number or (in a list of them)
    a dash stay lines of their own."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    dashes = sum(1 for line in lines if _DASH.match(line))
    joined = [lines[0]]
    for line in lines[1:]:
        before = joined[-1]
        if _soft_break(before, line, dashes > 1):
            joined[-1] = f"{before.rstrip()} {line.lstrip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


def _soft_break(before: str, line: str, dash_list: bool) -> bool:
    stripped = before.rstrip()
    if not stripped or not line.strip() or stripped[-1] in ".!?:;" or _BULLET.match(line):
        return False
    if _DASH.match(line) and dash_list:
        return False
    if _GOES_ON.search(stripped) or _DASH.match(line):
        return True
    if not _FULL_LINE.search(stripped):
        return False
    if _open_end().search(stripped):
        return True
    if _BULLET.match(before):
        return False  # the line after an item is the next item, or a question after the list
    first = _FIRST_WORD.match(line)
    word = first.group(1).lower() if first else ""
    if _LOWER_START.match(line):
        # (a question word opens a question of its own after a statement, not inside a
        # question already begun: "In wie viel Prozent schaffen Leute⏎wie Herr B. das?")
        return word not in _words("question_words") or _asking().search(stripped) is not None
    # a question begun on the line before that ends in "?" on this one
    mark = _FIRST_MARK.search(line)
    return (
        _CAPITAL_START.match(line) is not None
        and mark is not None
        and mark.group() == "?"
        and word not in _words("sentence_openers")
        and word not in _words("question_words")
    )


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(word) for word in _data()[key])


@cache
def _asking() -> re.Pattern[str]:
    words = trie_alternation(_data()["question_words"])
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


@cache
def _open_end() -> re.Pattern[str]:
    words = trie_alternation(_data()["open_ends"])
    return re.compile(rf"(?<![^\W\d_])(?:{words})[ \t]*$", re.IGNORECASE)


@cache
def _closing() -> re.Pattern[str]:
    words = "|".join(f"(?:{word})" for word in _data()["closings"])
    emoji = "[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]"
    return re.compile(
        rf"(?:(?:(?<=[\s,.!?;–-])|(?<=\S))\s*(?<![^\W\d_])(?:{words})(?![^\W\d_])[\s!.]*"
        rf"|\s*(?:{emoji}|[:;]-?[)D])+\s*)+$",
        re.IGNORECASE,
    )


def without_closing(text: str) -> str:
    """``text`` without a closing word after the ask: thanks, a short greeting or an emoji
    ("… schafft er das? danke!", "… geeignet? lg", "… 🙏"); unchanged when nothing else
    would be left."""
    found = _closing().search(text, max(0, len(text) - 60))
    if found is None or not text[: found.start()].strip():
        return text
    return text[: found.start()].rstrip()


def with_capitals(text: str) -> str:
    """In a text typed with no capital at all, the abbreviations and cue words that are only
    themselves in capitals ("kl.", "tn", "adhs") spelled so, and the names: a title with the
    name after it ("frau engel" → "Frau Engel") and given names ("olena")."""
    if _UPPER.search(text):
        return text
    # (titles first: "ms patel" is Ms Patel, not the MS of multiple sclerosis)
    text = _titled().sub(_titled_name, with_given_names_capitalised(text))
    pattern, by_lower = _capitals()
    return pattern.sub(lambda found: by_lower[found.group()], text)


def with_umlauts(text: str) -> str | None:
    """``text`` as spelled with umlauts and "ß" when it is German, has none and spells them
    out ("schaetzt", "fuer", "fleissig"); None when there is nothing to restore. The readings
    take this text instead of the one typed: their guards know the words with umlauts too."""
    if _UMLAUT.search(text) or not _TRANSLITERATED.search(text):
        return None
    if len(_GERMAN.findall(text)) <= len(_ENGLISH.findall(text)):
        return None
    text = _TRANSLITERATED.sub(lambda found: _UMLAUT_OF[found.group(1)], text)

    def sharp(found: re.Match[str]) -> str:
        word = found.group()
        return "ß" if word.lower() == "ss" else word.replace("ss", "ß")

    return _sharp_s().sub(sharp, text)


def without_dates(text: str) -> str:
    """``text`` without the dates, years and training-year numbers put into a sentence
    ("Bekommt Paul 2027 den Platz?", "im 2. Lehrjahr") and without an age in brackets after a
    name ("Marie (17)"): they say when or how old, and a number between
    the person and the verdict is no word to the readings' word gaps. Grades, scales, ages and
    amounts stay ("Note 1 bis 6", "1-10", "mit 52", "GdB 50")."""
    if "(" in text and not _ABOUT_AGE.search(text):
        text = _AGE.sub(lambda found: _without_age(found, text), text)
    if not _DATE_HINT.search(text):
        return text
    stand_in = str(_data()["day_stand_in"])
    text = _DAY_NAMED.sub(lambda found: f"{found.group(1)} {stand_in}", text)
    text = _dated().sub(lambda found: _undated(found, text), text)
    return _ORDINAL.sub(r"\1", _when_ordinal().sub("", text))


def _without_age(found: re.Match[str], text: str) -> str:
    after_name = _AFTER_NAME.search(text, max(0, found.start() - 40), found.start())
    # (a name opening a sentence keeps it: the age there marks "Rose", "Max" as a person)
    opening = after_name is not None and text[: after_name.start()].rstrip()[-1:] in ".!?:\n"
    return "" if after_name and not opening else found.group()


def with_initials_named(text: str) -> str:
    """``text`` with a family name given as its initial after a title ("Frau K.", "Mr S.")
    written as a stand-in family name: the initial's dot is no sentence end."""
    if "." not in text:
        return text
    stand_in = str(_data()["initial_stand_in"])
    return _INITIAL.sub(lambda found: f"{found.group(1) or found.group(2)}{stand_in}", text)


def with_du_address(text: str) -> str:
    """``text`` with the assistant addressed with "du" where it says "Sie" ("Was schätzen
    Sie" → "Was schätzt du", "Bewerten Sie" → "Bewerte du", "Ihr Tipp" → "dein Tipp")."""
    if "Sie" not in text and "Ih" not in text:
        return text
    verbs, possessives = _polite()
    text = verbs.sub(_du_verb, text)
    return possessives.sub(lambda found: _forms("polite_possessives")[found.group(1)], text)


def as_typed_usually(text: str) -> str:
    """``text`` without a preface or a closing word, with soft line breaks joined and capitals
    restored, without dates put into the sentence, with initials after a title read as names
    and an arrow between notes and what follows read as a colon."""
    text = with_capitals(with_soft_breaks_joined(without_closing(without_preface(text))))
    return with_arrows_read(without_dates(with_initials_named(text)))


# Notes' shorthand for "so", "hence" ("Prakt. abgebr. -> schafft der das?"): an arrow between
# words, read as the colon before what it leads to.
_ARROW = re.compile(r"[ \t]*(?:-+>|=+>|→|⇒|➔)[ \t]*(?=\S)")


def with_arrows_read(text: str) -> str:
    """``text`` with an arrow between words read as a colon ("abgebr. -> schafft der …" as
    "abgebr.: schafft der …")."""
    return (
        _ARROW.sub(": ", text)
        if "→" in text or ">" in text or "⇒" in text or "➔" in text
        else text
    )
