"""How fragile the policy reading is to the surface changes counsellors make all the time.

Reads the ``dev`` and ``fresh`` cases of ``bench/answer_quality/policy.yaml`` (never
``heldout``), applies one deterministic, meaning-preserving perturbation at a time to each case
(all lower case, no closing punctuation, umlauts transliterated, the client's name in another
form, er↔sie, a greeting before or a thanks after the ask, one typo, contractions, double
spaces or a line break, du↔Sie) and sends every variant through the real offline engine, the
way ``bench/quality.py`` does, reading refuse/special/neutral from the reply as it does.

Per perturbation it prints how many variants of a case the engine read right as written now
read wrongly ("flips"), split by the expected class, how many of those flips add a reading the
case does not expect (a spurious refusal or reminder) and a few case ids; ``--show`` prints
the flipped variants' texts. A case a perturbation does not apply to is skipped for it. Exit
status is always 0: this measures, it does not test.

Run: ``PYTHONPATH=. .venv/bin/python bench/policy_variants.py [--only lower] [--split dev]
[--show]``.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.answer_quality.cases import Case, load_catalogue, load_set
from bench.quality import policy_reading, run_cases
from bot.policy.pii_gazetteer import given_name_keys, is_plain_name, lookup_key
from bot.yaml_data import load_yaml

T = TypeVar("T")
SPLITS = ("dev", "fresh")  # never "heldout"
CLASSES = ("refuse", "special", "neutral")
_POLICY = Path(__file__).resolve().parents[1] / "bot" / "policy"

# Given names in none of the name lists the engine reads (checked when this was written),
# from several origins: Irish, Kazakh, Ethiopian, Armenian, South African, Mexican, Chinese,
# Uzbek, Bhutanese, Hawaiian.
RARE_FEMALE = ("Saoirse", "Dzhamila", "Meseret", "Anahid", "Thandeka", "Ximena", "Xiaoling",
               "Mahliyo")  # fmt: skip
RARE_MALE = ("Oisin", "Yerlan", "Tsegaye", "Vartan", "Sipho", "Dorji", "Ikaika", "Liang")
RARE_FAMILY = ("Oyelaran", "Tshabalala", "Nakashidze", "Qorbani", "Ekwueme", "Ruatapu")
PREFIXES = ("Kurze Frage: ", "Hab da mal ne Frage. ", "Moin, ", "Also, ")
SUFFIXES = ("?", " danke!", " 🙏", " lg")


def _pick(case_id: str, options: Sequence[T], salt: str = "") -> T:
    """One of ``options``, the same for a case id on every run."""
    return options[zlib.crc32(f"{salt}{case_id}".encode()) % len(options)]


# --- names -------------------------------------------------------------------------------

_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüßéèçğışñ]+\b")
_TITLED = re.compile(r"\b(Herrn?|Frau|Hr\.|Fr\.)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
# what may stand before a name replaced by a role: a sentence start, a conjunction or a
# finite verb (the name is the subject), or a preposition that fixes the case
_BEFORE_SUBJECT = re.compile(
    r"(?:^|[.!?:\n]\s*|,\s*|\b(?:ob|dass|wie|wenn|weil|und|oder|aber|ist|hat|kann|soll|wird|"
    r"schafft|packt|passt|würde|sollte|hätte|könnte|darf|muss|will|wäre|war|bekommt|"
    r"kriegt)\s+)$",
    re.IGNORECASE,
)
_BEFORE_DATIVE = re.compile(r"\b(?:mit|bei|von|zu|aus|nach|seit|gegenüber|vom|beim)\s+$", re.I)
_BEFORE_ACCUSATIVE = re.compile(r"\b(?:für|gegen|ohne|um)\s+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|den|dem|des)\s+$", re.IGNORECASE)
# role forms: nominative, accusative, dative
_ROLES_FEMALE = (
    ("meine Klientin", "meine Klientin", "meiner Klientin"),
    ("die TN", "die TN", "der TN"),
    ("die Jugendliche", "die Jugendliche", "der Jugendlichen"),
)
_ROLES_MALE = (
    ("mein Klient", "meinen Klienten", "meinem Klienten"),
    ("der TN", "den TN", "dem TN"),
    ("der Jugendliche", "den Jugendlichen", "dem Jugendlichen"),
)
_FEMALE_WORDS = re.compile(r"\b(?:sie|ihr|ihre|ihren|ihrem|ihrer|Frau|Fr\.|\w+in)\b")
_MALE_WORDS = re.compile(r"\b(?:er|ihm|ihn|sein|seine|seinen|seinem|seiner|Herrn?|Hr\.)\b")


def _listed_first_names() -> frozenset[str]:
    data = load_yaml((_POLICY / "first_names.yaml").read_text(encoding="utf-8"))
    return frozenset(str(name) for name in data["names"])


_FIRST_NAMES = _listed_first_names()


def _is_first_name(word: str) -> bool:
    return word in _FIRST_NAMES or (lookup_key(word) in given_name_keys() and is_plain_name(word))


@dataclass(frozen=True, slots=True)
class Named:
    """The client's name in a message: a first name, or a family name after Herr/Frau."""

    word: str
    titled: bool
    female: bool


def _client_name(text: str) -> Named | None:
    titled = _TITLED.search(text)
    if titled:
        return Named(titled.group(2), True, titled.group(1).startswith("F"))
    for found in _CAPITALISED.finditer(text):
        word = found.group()
        if _is_first_name(word):
            female = len(_FEMALE_WORDS.findall(text)) > len(_MALE_WORDS.findall(text))
            if not _FEMALE_WORDS.search(text) and not _MALE_WORDS.search(text):
                female = word[-1] in "aeiy"
            return Named(word, False, female)
    return None


def _each_name(text: str, word: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"\b{re.escape(word)}\b(?!-)", text))


_EN_WORDS = re.compile(r"\b(?:the|is|my|whether|to|and|for|of|he|she|his|her|should)\b", re.I)
_DE_WORDS = re.compile(r"\b(?:der|die|das|ist|und|ob|für|zu|er|sie|mit|ein|eine|nicht)\b", re.I)


def _english(text: str) -> bool:
    return len(_EN_WORDS.findall(text)) > len(_DE_WORDS.findall(text))


def rare_name(case: Case) -> str | None:
    named = _client_name(case.message)
    if named is None:
        return None
    names = RARE_FAMILY if named.titled else RARE_FEMALE if named.female else RARE_MALE
    return re.sub(rf"\b{re.escape(named.word)}\b", _pick(case.id, names), case.message)


def initial(case: Case) -> str | None:
    named = _client_name(case.message)
    if named is None:
        return None
    text = case.message
    if named.titled:
        return re.sub(rf"\b{re.escape(named.word)}\b", f"{named.word[0]}.", text)
    if _english(text):
        title = "Ms" if named.female else "Mr"
    else:
        title = "Frau" if named.female else "Herr"
    letter = _pick(case.id, "KSMBTW")
    out, last = [], 0
    for found in _each_name(text, named.word):
        before = text[: found.start()]
        if _ARTICLE_BEFORE.search(before):
            return None
        oblique = _BEFORE_DATIVE.search(before) or _BEFORE_ACCUSATIVE.search(before)
        form = "Herrn" if title == "Herr" and oblique else title
        out += [text[last : found.start()], f"{form} {letter}."]
        last = found.end()
    return "".join(out) + text[last:]


def role(case: Case) -> str | None:
    named = _client_name(case.message)
    if named is None or named.titled or _english(case.message):
        return None
    text = case.message
    nom, acc, dat = _pick(case.id, _ROLES_FEMALE if named.female else _ROLES_MALE)
    out, last = [], 0
    for found in _each_name(text, named.word):
        before = text[: found.start()]
        if _BEFORE_DATIVE.search(before):
            form = dat
        elif _BEFORE_ACCUSATIVE.search(before):
            form = acc
        elif _BEFORE_SUBJECT.search(before) and not _ARTICLE_BEFORE.search(before):
            form = nom
        else:
            return None  # an object of a verb: the right case is not known here
        if not before.strip() or before.rstrip()[-1] in ".!?:\n":
            form = form[0].upper() + form[1:]
        out += [text[last : found.start()], form]
        last = found.end()
    return "".join(out) + text[last:]


def lower_name(case: Case) -> str | None:
    named = _client_name(case.message)
    if named is None or named.titled:
        return None
    return re.sub(rf"\b{re.escape(named.word)}\b", named.word.lower(), case.message)


# --- numbers -----------------------------------------------------------------------------

# A date, a training year, a year or an age put in the sentence, as counsellors add them
# ("Paul bekommt 2027 den Platz", "Frau K. (17) schafft …"); after the word that follows the
# client's name, an age in brackets right after the name.
NUMBERS = ("am 12.03.", "im 2. Lehrjahr", "2027", "(17)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)\b(?![-.])")
# words after which a number would not stand: it goes before them, after the name
_NOT_A_VERB = re.compile(
    r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|als|und|oder|zu|zum|zur|mit|in|im|bei"
    r"|für|auf|an|nicht|noch|so|eine?r?)$",
    re.IGNORECASE,
)


def number(case: Case) -> str | None:
    named = _client_name(case.message)
    if named is None or _english(case.message):
        return None
    text = case.message
    each = _each_name(text, named.word)
    if not each:
        return None
    at = each[0].end()
    inserted = _pick(case.id, NUMBERS, "number")
    following = _NEXT_WORD.match(text, at)
    if following is None:
        return None
    verb = following.group(1)
    if not inserted.startswith("(") and verb[0].islower() and not _NOT_A_VERB.match(verb):
        at = following.end()  # after the verb: "Paul bekommt 2027 den Platz"
    return f"{text[:at]} {inserted}{text[at:]}"


# --- pronouns ----------------------------------------------------------------------------

_HE_TO_SHE = {"er": "sie", "ihm": "ihr", "ihn": "sie", "sein": "ihr", "seine": "ihre",
              "seinen": "ihren", "seinem": "ihrem", "seiner": "ihrer",
              "seines": "ihres"}  # fmt: skip
_SHE_TO_HE = {"ihre": "seine", "ihren": "seinen", "ihrem": "seinem", "ihrer": "seiner",
              "ihres": "seines"}  # fmt: skip
_HE = re.compile(r"\b(?:er|ihm|ihn|sein|seine|seinen|seinem|seiner|seines)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:sie|ihr|ihre|ihren|ihrem|ihrer|ihres)\b", re.IGNORECASE)
# "sie" as a plural or the polite "Sie", "ihr" as "you": not safely one person
_PLURAL = re.compile(r"\b(?:Eltern|beide|beiden|alle|TN|Sie|Ihr|Ihre|Ihnen|euch|ihr\s+\w+t\b)")
# a single woman the text speaks of, for "sie" to be her
_ONE_WOMAN = re.compile(
    r"\b(?:Frau|Fr\.|(?:Klient|Teilnehmer|Schüler|Bewerber|Kund|Praktikant|Auszubildend)in|"
    r"Jugendliche|Tochter|Mutter)\b"
)
_SUBJECT_AFTER = re.compile(r"\b(?:du|ich|wir|man|für|gegen|ohne|um)\s+$", re.IGNORECASE)


def _cased(original: str, word: str) -> str:
    return word[0].upper() + word[1:] if original[0].isupper() else word


def he_she(case: Case) -> str | None:
    """er → sie where the text has no "sie" of its own; sie → er where the text has no "er"
    and nothing that makes "sie" a plural or the polite form."""
    text = case.message
    he, she = _HE.findall(text), _SHE.findall(text)
    if he and not she:
        # "sein" before anything but a noun is the verb ("erfolgreich sein")
        if re.search(r"\bsein\b(?!\s+[A-ZÄÖÜ])", text):
            return None
        return _HE.sub(lambda m: _cased(m.group(), _HE_TO_SHE[m.group().lower()]), text)
    one_woman = _ONE_WOMAN.search(text) or ((named := _client_name(text)) and named.female)
    if she and not he and one_woman and not _PLURAL.search(text):

        def swap(found: re.Match[str]) -> str:
            word = found.group()
            low = word.lower()
            if low == "sie":
                object_ = _SUBJECT_AFTER.search(text[: found.start()])
                return _cased(word, "ihn" if object_ else "er")
            if low == "ihr":  # the possessive before a noun, else the dative
                noun = re.match(r"\s+[A-ZÄÖÜ]", text[found.end() :])
                return _cased(word, "sein" if noun else "ihm")
            return _cased(word, _SHE_TO_HE[low])

        return _SHE.sub(swap, text)
    return None


# --- spelling and layout -----------------------------------------------------------------

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                          "Ü": "Ue"})  # fmt: skip
_CONTRACTIONS = (
    (re.compile(r"\bgibt es\b"), "gibts"),
    (re.compile(r"\bgeht es\b"), "gehts"),
    (re.compile(r"\bist es\b"), "ist's"),
    (re.compile(r"\b(schafft|packt|kriegt|klappt|reicht|lohnt) es\b"), r"\1's"),
    (re.compile(r"\b[Ee]ine(n|m)?\b(?=\s+(?!von\b|der\b|die\b|den\b)[^\W\d_])"), r"ne\1"),
)
_LETTERS = re.compile(r"[^\W\d_]{7,}")


def lower(case: Case) -> str | None:
    return case.message.lower()


def no_end_mark(case: Case) -> str | None:
    return case.message.rstrip().rstrip("?.!")


def umlauts(case: Case) -> str | None:
    return case.message.translate(_UMLAUTS)


def prefix(case: Case) -> str | None:
    return _pick(case.id, PREFIXES) + case.message


def suffix(case: Case) -> str | None:
    return case.message.rstrip() + _pick(case.id, SUFFIXES)


def typo(case: Case) -> str | None:
    """One letter dropped or two swapped in the longest word (not its first letter)."""
    words = _LETTERS.findall(case.message)
    if not words:
        return None
    word = max(words, key=len)
    at = 1 + zlib.crc32(case.id.encode()) % (len(word) - 2)
    if _pick(case.id, (True, False), "drop"):
        typed = word[:at] + word[at + 1 :]
    else:
        typed = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return case.message.replace(word, typed, 1)


def contractions(case: Case) -> str | None:
    text = case.message
    for pattern, short in _CONTRACTIONS:
        text = pattern.sub(short, text)
    return text


def _spaces(text: str) -> list[int]:
    return [i for i, char in enumerate(text) if char == " "]


def double_spaces(case: Case) -> str | None:
    spaces = _spaces(case.message)
    if len(spaces) < 2:
        return None
    chosen = {spaces[len(spaces) // 3], spaces[2 * len(spaces) // 3]}
    return "".join("  " if i in chosen else c for i, c in enumerate(case.message))


def line_break(case: Case) -> str | None:
    """A line wrapped in the middle of the message (pasted from a narrow window)."""
    text = case.message
    # (not between a title and a name: "Frau⏎Novak" is no way to wrap)
    spaces = [i for i in _spaces(text) if not re.search(r"(?:Herrn?|Frau|Hr\.|Fr\.)$", text[:i])]
    if len(spaces) < 4:
        return None
    at = spaces[len(spaces) // 2]
    return case.message[:at] + "\n" + case.message[at + 1 :]


# --- du and Sie --------------------------------------------------------------------------

_DU_SIE = (("kannst du", "können Sie"), ("könntest du", "könnten Sie"),
           ("würdest du", "würden Sie"), ("meinst du", "meinen Sie"),
           ("glaubst du", "glauben Sie"), ("denkst du", "denken Sie"),
           ("hältst du", "halten Sie"), ("siehst du", "sehen Sie"),
           ("schätzt du", "schätzen Sie"), ("traust du", "trauen Sie"),
           ("findest du", "finden Sie"), ("hast du", "haben Sie"), ("bist du", "sind Sie"),
           ("weißt du", "wissen Sie"), ("empfiehlst du", "empfehlen Sie"),
           ("sag mir", "sagen Sie mir"), ("sag mal", "sagen Sie mal"))  # fmt: skip
# imperatives opening a sentence (and "Entscheide du")
_IMPERATIVE = re.compile(
    r"(?:(?<=^)|(?<=[.!?\n]\s)|(?<=[.!?\n]))(Schätz|Bewert|Entscheid|Beurteil|Rank|Vergleich|"
    r"Wähl|Schreib|Prüf|Gib|Sag|Hilf)e?(\s+du)?\b",
    re.IGNORECASE,
)
_SIE_FORM = {"schätz": "Schätzen", "bewert": "Bewerten", "entscheid": "Entscheiden",
             "beurteil": "Beurteilen", "rank": "Ranken", "vergleich": "Vergleichen",
             "wähl": "Wählen", "schreib": "Schreiben", "prüf": "Prüfen", "gib": "Geben",
             "sag": "Sagen", "hilf": "Helfen"}  # fmt: skip
_POSSESSIVE_DU = ((r"\bdeine\b", "Ihre"), (r"\bdeiner\b", "Ihrer"), (r"\bdeinen\b", "Ihren"),
                  (r"\bdein\b", "Ihr"), (r"\bdir\b", "Ihnen"), (r"\bdich\b", "Sie"))  # fmt: skip


def du_sie(case: Case) -> str | None:
    """The assistant addressed the other way: du → Sie where the text says du, else Sie →
    du for the regular verbs."""
    text = case.message
    if re.search(r"\b(?:du|dir|dich|dein\w*)\b", text, re.IGNORECASE) or _IMPERATIVE.search(text):
        for du, sie in _DU_SIE:
            text = re.sub(rf"\b{du}\b", lambda m, s=sie: _cased(m.group(), s), text, flags=re.I)
        text = _IMPERATIVE.sub(lambda m: f"{_SIE_FORM[m.group(1).lower()]} Sie", text)
        for pattern, sie in _POSSESSIVE_DU:
            text = re.sub(pattern, sie, text)
        return text
    for du, sie in _DU_SIE:
        text = re.sub(rf"\b{sie}\b", lambda m, d=du: _cased(m.group(), d), text)
    return text


Perturbation = Callable[[Case], str | None]
PERTURBATIONS: dict[str, Perturbation] = {
    "lower": lower,
    "no-end-mark": no_end_mark,
    "umlauts": umlauts,
    "rare-name": rare_name,
    "initial": initial,
    "role": role,
    "lower-name": lower_name,
    "number": number,
    "er-sie": he_she,
    "prefix": prefix,
    "suffix": suffix,
    "typo": typo,
    "contractions": contractions,
    "double-spaces": double_spaces,
    "line-break": line_break,
    "du-sie": du_sie,
}


# --- running and counting ----------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    variants: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    flips: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CLASSES})
    spurious: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)


def class_of(labels: frozenset[str]) -> str:
    """The class a case is counted under (a case expecting both counts as "refuse")."""
    return "refuse" if "refuse" in labels else "special" if labels else "neutral"


def _label(labels: frozenset[str]) -> str:
    return "+".join(sorted(labels)) or "neutral"


def variants_of(cases: Sequence[Case], names: Sequence[str]) -> list[tuple[str, Case]]:
    out = []
    for name in names:
        for case in cases:
            text = PERTURBATIONS[name](case)
            if text is not None and text != case.message:
                out.append((name, replace(case, message=text)))
    return out


def tally(
    cases: Sequence[Case],
    read: Sequence[frozenset[str]],
    variants: Sequence[tuple[str, Case]],
    variant_read: Sequence[frozenset[str]],
) -> dict[str, Tally]:
    right = {case.id for case, got in zip(cases, read, strict=True) if got == case.expect}
    tallies: dict[str, Tally] = {}
    for (name, case), got in zip(variants, variant_read, strict=True):
        if case.id not in right:
            continue  # only cases read right as written can flip
        counted = tallies.setdefault(name, Tally())
        cls = class_of(case.expect)
        counted.variants[cls] += 1
        if got != case.expect:
            counted.flips[cls].append(case.id)
            if got - case.expect:
                counted.spurious.append(case.id)
            flat = case.message.replace("\n", "⏎")
            counted.shown.append(f"{case.id} ({_label(case.expect)} → {_label(got)}): {flat}")
    return tallies


def print_table(tallies: dict[str, Tally], names: Sequence[str], show: bool) -> None:
    print("| perturbation | variants | flips | refuse | special | neutral | spurious | examples |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    total_n = total_flips = total_spurious = 0
    for name in names:
        counted = tallies.get(name, Tally())
        n = sum(counted.variants.values())
        flips = [i for cls in CLASSES for i in counted.flips[cls]]
        cells = [f"{len(counted.flips[c])}/{counted.variants[c]}" for c in CLASSES]
        examples = ", ".join(flips[:3])
        print(f"| {name} | {n} | {len(flips)} | {' | '.join(cells)} | {len(counted.spurious)} "
              f"| {examples} |")  # fmt: skip
        total_n, total_flips = total_n + n, total_flips + len(flips)
        total_spurious += len(counted.spurious)
    rate = f"{100 * total_flips / total_n:.1f} %" if total_n else "–"
    print(f"| all | {total_n} | {total_flips} ({rate}) | | | | {total_spurious} | |")
    if show:
        for name in names:
            for line in tallies.get(name, Tally()).shown:
                print(f"[{name}] {line}")


async def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", action="append", choices=list(PERTURBATIONS))
    parser.add_argument("--split", choices=SPLITS, help="only this split")
    parser.add_argument("--show", action="store_true", help="print the flipped variants")
    args = parser.parse_args(argv)
    splits = [args.split] if args.split else list(SPLITS)
    cases = [c for c in load_set("policy", load_catalogue()) if c.split in splits]
    names = args.only or list(PERTURBATIONS)
    variants = variants_of(cases, names)
    answers = await run_cases([*cases, *(case for _, case in variants)], offline=True)
    read = [policy_reading(answer) for answer in answers]
    tallies = tally(cases, read[: len(cases)], variants, read[len(cases) :])
    print(f"\nPolicy reading under perturbation — {len(cases)} cases ({', '.join(splits)})\n")
    print_table(tallies, names, args.show)
    return 0


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
