"""Build the compact name lists in ``bot/policy/`` from the ``names-dataset`` package.

names-dataset (pinned in the ``gazetteer`` extra) holds about 730,000 first and 980,000 last
names with their rank per country; loading it takes gigabytes and seconds, far too much for
``lotse chat``. This script keeps the names that rank high in the countries counsellors in NRW
meet most, in Latin script, and sorts them into three plain text files:

- ``pii_given_names.txt`` / ``pii_family_names.txt``: names that are not also ordinary words;
  the detector takes them as names wherever they stand;
- ``pii_ambiguous_names.txt``: names that are also words ("Rose", "Mark", "Will", "Kaufmann",
  "Hamm"); the detector takes them only next to another name or a cue.

A name is ambiguous when it is an ordinary word in a German or English word list (``wngerman``
and ``wamerican``, Debian packages; English and capitalised German words for family names,
and for given names that are rare in German-speaking countries), a capitalised word of the
occupation catalogue, or listed under ``ambiguous``, ``places``, ``never_alone`` or
``employers`` in ``bot/policy/pii_gazetteer.yaml``. A name's spelling without diacritics that
is a German word ("Schutz" for "Schütz") is marked too, since the detector also looks names up
without them.
Run: `pip install -c constraints.txt -e ".[gazetteer]" && apt-get install wngerman wamerican
&& PYTHONPATH=. python bench/pii/build_gazetteer.py` (about 3 GB of memory for a minute).
"""

from __future__ import annotations

import gzip
import pickle
import re
from importlib.util import find_spec
from pathlib import Path

import yaml

from bot.policy.pii_normalise import fold_uncached

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "bot" / "policy"
CATALOGUE = ROOT / "skills" / "occupation" / "data" / "catalogue.yaml"
WORD_LISTS = (Path("/usr/share/dict/ngerman"), Path("/usr/share/dict/american-english"))
# Highest rank kept per country: Germany and its neighbours, then the countries of origin
# most frequent among clients in NRW (Türkiye, Poland, Syria, Romania, the Balkans, ...).
GIVEN_RANKS = {"DE": 2500, "AT": 800, "CH": 600, "TR": 1500, "PL": 800, "RU": 500,
               "IT": 500, "GR": 400, "SY": 800, "IQ": 800, "AF": 600, "IR": 500, "MA": 500,
               "DZ": 300, "TN": 300, "EG": 300, "LB": 300, "NG": 300, "GH": 300, "AL": 400,
               "HR": 400, "RS": 400, "BG": 400, "NL": 600, "FR": 500, "ES": 400, "PT": 300,
               "GB": 600, "US": 600, "BA": 300, "KZ": 200}  # fmt: skip
FAMILY_RANKS = {"DE": 6000, "AT": 1000, "CH": 800, "TR": 2500, "PL": 1500, "RU": 800,
                "IT": 800, "GR": 500, "SY": 800, "IQ": 800, "AF": 500, "IR": 600, "MA": 500,
                "DZ": 300, "TN": 300, "EG": 300, "LB": 300, "NG": 300, "GH": 300, "AL": 500,
                "HR": 600, "RS": 600, "BG": 500, "NL": 800, "FR": 500, "ES": 400, "PT": 300,
                "GB": 600, "US": 800, "BA": 400, "KZ": 200}  # fmt: skip
LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]{2,}(?:[-'][A-Za-zÀ-ÖØ-öø-ɏ]{2,})*")
MIN_LENGTH = 3
# A given name that is also a German noun ("Firma", "Konto", but also "Emma") is taken as a
# plain name only when it is this common a first name in Germany, Austria or Switzerland.
COMMON_GERMAN_RANK = 800


def _load(kind: str) -> dict[str, dict[str, int]]:
    # Read the package's data files directly: importing it needs pycountry, which we do not.
    spec = find_spec("names_dataset")
    if spec is None or spec.origin is None:
        raise SystemExit('names-dataset is missing: pip install -e ".[gazetteer]"')
    with gzip.open(Path(spec.origin).parent / "v3" / f"{kind}.pkl.gz") as handle:
        data = pickle.load(handle)  # the package's own data file
    return {name: info.get("rank", {}) for name, info in data.items()}


def _common_in_german(ranks: dict[str, int]) -> bool:
    return min(ranks.get(country, 10**9) for country in ("DE", "AT", "CH")) <= COMMON_GERMAN_RANK


def _top(names: dict[str, dict[str, int]], limits: dict[str, int]) -> set[str]:
    kept = set()
    for name, ranks in names.items():
        if len(name) < MIN_LENGTH or not LATIN_NAME.fullmatch(name) or not name[0].isupper():
            continue
        if any(ranks.get(country, 10**9) <= limit for country, limit in limits.items()):
            kept.add(name)
    return kept


def _lower_words(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8", errors="ignore").splitlines()
    return {line.strip().casefold() for line in lines if line[:1].islower()}


def _capital_words(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8", errors="ignore").splitlines()
    return {line.strip().casefold() for line in lines if line[:1].isupper()}


def _inflected(word: str, stems: set[str]) -> bool:
    """Whether ``word`` is a plural or case form of a word of the list ("Tore" of "Tor")."""
    return any(
        word.endswith(end) and word[: -len(end)] in stems
        for end in ("e", "en", "n", "er", "s", "es")
    )


def _catalogue_words() -> set[str]:
    words = re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{2,}\b", CATALOGUE.read_text(encoding="utf-8"))
    return {word.casefold() for word in words}


def main() -> None:
    extra = yaml.safe_load((POLICY / "pii_gazetteer.yaml").read_text(encoding="utf-8"))
    curated = {str(word).casefold() for key in ("ambiguous", "places") for word in extra[key]}
    german, english = (_lower_words(path) for path in WORD_LISTS)
    never_alone = _catalogue_words() | {
        str(word).casefold()
        for key in ("places", "never_alone", "employers")
        for word in extra[key]
    }
    common = german | never_alone | curated
    first_names = _load("first_names")
    given = _top(first_names, GIVEN_RANKS)
    family = _top(_load("last_names"), FAMILY_RANKS)
    ambiguous = set()
    # The German list's capitalised words (nouns, but also "Anna" or "Schmidt") and English words
    # make family names ambiguous; given names only when they are rare in German-speaking
    # countries ("Firma", "Konto"): "Peter" or "Anna" are far more often names than words.
    # Given names that are common words too (Rose, Will, Mark) are curated.
    nouns = _capital_words(WORD_LISTS[0])
    rare_nouns = {
        name.casefold()
        for name in given
        if name.casefold() in nouns and not _common_in_german(first_names[name])
    }
    for names, words in ((given, common | rare_nouns), (family, common | english | nouns)):
        for name in list(names):
            key = name.casefold()
            if key in words:
                names.discard(name)
                ambiguous.add(name)
    header = "# Generated by bench/pii/build_gazetteer.py from names-dataset 3.3.1; do not edit.\n"
    # "~" marks words that are occupations or places: never a name on their own ("Kaufmann ist
    # ein Beruf", "Hamm ist schön"), only next to another name or after a cue.
    marked = {f"~{name}" if name.casefold() in never_alone else name for name in ambiguous}
    # Without its diacritics a name may spell a word: "Schütz" → "Schutz", "Töre" → "Tore".
    # The detector also looks names up without diacritics; such spellings are never names.
    stems = german | nouns
    for name in given | family:
        plain = fold_uncached(name)
        if name.isascii() or plain == name.casefold():
            continue
        if plain in stems or plain in english or plain in never_alone or _inflected(plain, stems):
            marked.add(f"~{plain.capitalize()}")
    for filename, names in (
        ("pii_given_names.txt", given),
        ("pii_family_names.txt", family - given),
        ("pii_ambiguous_names.txt", marked),
    ):
        (POLICY / filename).write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
        print(filename, len(names))


if __name__ == "__main__":
    main()
