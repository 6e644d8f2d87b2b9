"""Search latency of the occupation catalogue: p50/p99 per query.

Run: ``.venv/bin/python bench/occupation_search.py``. Measures the shipped catalogue (if present)
and a synthetic 5,000-entry catalogue with German-like compound titles (fixed seed).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.reply import Source
from skills.occupation.catalogue import (
    CatalogueError,
    InMemoryCatalogue,
    Occupation,
    TrainingType,
    load_builtin_catalogue,
)

SEED = 20261101
_DOMAIN_WORDS = (
    "Holz Metall Kunststoff Glas Textil Fahrzeug Anlagen Maschinen Elektro Medien Bau Papier "
    "Lebensmittel Chemie Verpackungs Druck Lager Büro Versicherungs Immobilien Hotel Garten "
    "Tier Zahn Kranken Sport Reise Veranstaltungs Industrie Straßen Schiffs Luftfahrt Boots "
    "Orgel Uhren Gold Silber Fein Werkzeug Zerspanungs Verfahrens Produktions Oberflächen "
    "Beton Stein Fliesen Dach Fenster Rollladen Brunnen Gleis Kälte Klima Solar Wasser Umwelt "
    "Labor Pharma Textilreinigungs Schuh Sattler Leder Pelz Mode Foto Film Bühnen Ton Licht"
)
DOMAINS = _DOMAIN_WORDS.split()
HEADS = (
    ("mechaniker", "mechanikerin"),
    ("techniker", "technikerin"),
    ("mechatroniker", "mechatronikerin"),
    ("elektroniker", "elektronikerin"),
    ("kaufmann", "kauffrau"),
    ("fachmann", "fachfrau"),
    ("gestalter", "gestalterin"),
    ("planer", "planerin"),
    ("berater", "beraterin"),
    ("helfer", "helferin"),
    ("pfleger", "pflegerin"),
    ("assistent", "assistentin"),
    ("laborant", "laborantin"),
    ("zeichner", "zeichnerin"),
    ("designer", "designerin"),
    ("schneider", "schneiderin"),
    ("bauer", "bauerin"),
    ("reiniger", "reinigerin"),
    ("verkäufer", "verkäuferin"),
    ("händler", "händlerin"),
)
QUALIFIERS = (
    "",
    "",
    "",
    " für Betriebstechnik",
    " für Automatisierungstechnik",
    " im Gesundheitswesen",
    " für Systemintegration",
    " im Handwerk",
    " für Instandhaltung",
    " für Montage",
    " im Außendienst",
)
FILLERS = ("Was macht eine {}?", "Infos zur Ausbildung {} bitte", "{}", "{}")


def synthetic_catalogue(size: int, seed: int = SEED) -> InMemoryCatalogue:
    """``size`` entries with unique compound titles, gendered forms and an alias each."""
    rng = random.Random(seed)
    source = Source("Synthetischer Katalog", "2026-01-01")
    entries: list[Occupation] = []
    seen: set[str] = set()
    while len(entries) < size:
        first, second = rng.sample(DOMAINS, 2)
        prefix = first if rng.random() < 0.6 else first + second.lower()
        male_head, female_head = rng.choice(HEADS)
        qualifier = rng.choice(QUALIFIERS)
        male = f"{prefix}{male_head}{qualifier}"
        if male in seen:
            continue
        seen.add(male)
        female = f"{prefix}{female_head}{qualifier}"
        suffix = "/-frau" if male_head.endswith("mann") else "/in"
        entries.append(
            Occupation(
                id=f"syn-{len(entries)}",
                title=f"{prefix}{male_head}{suffix}{qualifier}",
                training_type=TrainingType.DUAL,
                field=first,
                description="Synthetischer Eintrag.",
                source=source,
                male=male,
                female=female,
                aliases=(f"{second}-{male_head.capitalize()}/in",),
                duration_months=36,
            )
        )
    return InMemoryCatalogue(entries, (source,))


def _typo(text: str, rng: random.Random) -> str:
    if len(text) < 6:
        return text
    position = rng.randrange(1, len(text) - 1)
    operation = rng.choice(("drop", "swap", "double"))
    if operation == "drop":
        return text[:position] + text[position + 1 :]
    if operation == "swap":
        return text[: position - 1] + text[position] + text[position - 1] + text[position + 1 :]
    return text[:position] + text[position] + text[position:]


def queries(catalogue: InMemoryCatalogue, count: int, seed: int = SEED) -> list[str]:
    """Realistic queries: names, feminine forms, typos, umlaut spellings, parts, sentences."""
    rng = random.Random(seed + 1)
    made: list[str] = []
    occupations = catalogue.occupations
    while len(made) < count:
        occupation = rng.choice(occupations)
        name = rng.choice([n for n, _ in occupation.names()])
        kind = rng.randrange(7)
        if kind == 0:
            made.append(_typo(name, rng))
        elif kind == 1:
            made.append(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
        elif kind == 2:
            made.append(name.split("/")[0][: rng.randint(4, 8)])
        elif kind == 3:
            made.append(rng.choice(FILLERS).format(name))
        elif kind == 4:
            made.append(rng.choice(("Astronaut", "Zauberer", "Quantenfeldforscherin")))
        else:
            made.append(name)
    return made


def measure(run: Callable[[str], object], texts: Sequence[str]) -> tuple[float, float]:
    """p50 and p99 in milliseconds over ``texts`` (after one warm-up pass)."""
    for text in texts[:50]:
        run(text)
    timings: list[float] = []
    for text in texts:
        start = time.perf_counter_ns()
        run(text)
        timings.append((time.perf_counter_ns() - start) / 1e6)
    cuts = statistics.quantiles(timings, n=100)
    return cuts[49], cuts[98]


def main() -> None:
    rows: list[tuple[str, int, str, float, float]] = []
    catalogues: list[tuple[str, InMemoryCatalogue]] = []
    try:
        catalogues.append(("built-in", load_builtin_catalogue()))
    except CatalogueError as error:
        print(f"built-in catalogue not measured: {error}")
    start = time.perf_counter()
    synthetic = synthetic_catalogue(5000)
    build_ms = (time.perf_counter() - start) * 1000
    catalogues.append(("synthetic", synthetic))
    for label, catalogue in catalogues:
        texts = queries(catalogue, 2000)
        rows.append((label, len(catalogue), "search", *measure(catalogue.search, texts)))
        misses = [t for t in texts if not catalogue.search(t)][:300] or texts[:300]
        rows.append((label, len(catalogue), "suggest", *measure(catalogue.suggest, misses)))
    print(f"{'catalogue':<10} {'entries':>7} {'call':<8} {'p50 ms':>8} {'p99 ms':>8}")
    for label, size, call, p50, p99 in rows:
        print(f"{label:<10} {size:>7} {call:<8} {p50:>8.3f} {p99:>8.3f}")
    print(f"synthetic index build: {build_ms:.0f} ms")


if __name__ == "__main__":
    main()
