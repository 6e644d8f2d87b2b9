"""Occupation replies: which catalogue occupation is the answer, which ones are named."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bench.answer_quality.scoring import normalise


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Catalogue names for scoring: id → official title, and every spelling → id."""

    titles: Mapping[str, str]
    names: Mapping[str, str]  # normalised title, male and female form → id
    descriptions: Mapping[str, str] = field(default_factory=dict)  # id → catalogue description
    # German catalogue values (titles, forms, descriptions, fields, certificates): no sign of
    # the reply's own language
    data: frozenset[str] = frozenset()

    def id_of_heading(self, heading: str) -> str | None:
        """The occupation a heading names: exactly, or a name followed by an addition such as
        "(duale Ausbildung)" or "– Kurzinfo"; the longest name wins."""
        text = normalise(heading.strip("*# "))
        if text in self.names:
            return self.names[text]
        for name in sorted(self.names, key=len, reverse=True):
            if text.startswith(name) and text[len(name)] in " (-:,":
                return self.names[name]
        return None


_SUGGESTION_CUES = ("meinten sie", "did you mean", "meinst du")


def main_heading(markdown: str, catalogue: Catalogue) -> str | None:
    """The occupation the reply presents as its answer: the first bold or # heading that is a
    catalogue name, unless the reply asks "Meinten Sie …?" before it."""
    for line in markdown.splitlines():
        stripped = line.strip()
        if any(cue in stripped.casefold() for cue in _SUGGESTION_CUES):
            return None
        bold = stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4
        if bold or stripped.startswith("#"):
            found = catalogue.id_of_heading(stripped)
            if found is not None:
                return found
    return None


_RELATED_LINE = re.compile(r"^\s*(?:verwandte berufe|related occupations)\b", re.I)


def named_occupations(markdown: str, catalogue: Catalogue, *, skip_related: bool) -> list[str]:
    """Catalogue ids in order of first appearance (headings by any name, text by title).

    ``skip_related`` leaves out the "Verwandte Berufe" line of a card: related occupations are
    not candidates for what was asked."""
    order: dict[str, int] = {}
    offset = 0
    titles = sorted(catalogue.titles.items(), key=lambda item: -len(item[1]))
    for line in markdown.splitlines(keepends=True):
        if not (skip_related and _RELATED_LINE.match(line)):
            stripped = line.strip()
            looks_like_heading = stripped.startswith(("**", "#"))
            heading = catalogue.id_of_heading(stripped) if looks_like_heading else None
            if heading is not None:
                order.setdefault(heading, offset)
            taken: list[range] = []
            for occupation_id, title in titles:  # longest first: "Maler/in und Lackierer/in"
                start = line.find(title)
                while start >= 0:
                    span = range(start, start + len(title))
                    if not any(start in other for other in taken):
                        taken.append(span)
                        order.setdefault(occupation_id, offset + start)
                        break
                    start = line.find(title, start + 1)
        offset += len(line)
    return sorted(order, key=order.__getitem__)


def occupation_hits(expected: str, markdown: str, catalogue: Catalogue) -> tuple[bool, bool]:
    """(hit@1, hit@5) for one lookup reply."""
    hit1 = main_heading(markdown, catalogue) == expected
    top5 = named_occupations(markdown, catalogue, skip_related=True)[:5]
    return hit1, hit1 or expected in top5


_LIST_ITEM = re.compile(r"^\s*[-*]\s+\*\*(?P<name>[^*]+)\*\*", re.M)


def listed_count(markdown: str, catalogue: Catalogue) -> int:
    """How many list items ("- **Tischler/in** – …") name a catalogue occupation."""
    return sum(
        catalogue.id_of_heading(hit.group("name")) is not None
        for hit in _LIST_ITEM.finditer(markdown)
    )


def exploration_pass(
    markdown: str,
    catalogue: Catalogue,
    acceptable: Sequence[str],
    compare: Sequence[str],
    count: int | None = None,
) -> tuple[bool, list[str]]:
    """Comparison: every compared occupation is named; else at least three acceptable ones.

    ``count``: the question asked for that many ("nenn mir 5 Berufe …"): the list has exactly
    that many items, and at least ``min(3, count)`` of the named are acceptable.
    A card's "Verwandte Berufe" line does not count: one occupation's card with its related
    occupations is not a list answering the question."""
    named = named_occupations(markdown, catalogue, skip_related=True)
    if compare:
        return all(item in named for item in compare), [i for i in compare if i in named]
    fitting = [item for item in named if item in acceptable]
    if count is not None:
        exact = listed_count(markdown, catalogue) == count
        return exact and len(fitting) >= min(3, count), fitting
    return len(fitting) >= 3, fitting


# --- follow-up questions (followup.yaml) ------------------------------------------------------

FOLLOW_UP_OUTCOMES = ("ask", "refuse", "general", "compare", "list", "not_kept")
# A change asked of an email draft, answered honestly: the draft is not kept (no content is
# stored), and what to do instead (send the request again, or adjust the draft when taking it)
_NOT_KEPT = re.compile(
    r"bewahre[^\n]{0,60}\bnicht\b|speichere\s+keine|nicht\s+(?:mehr\s+)?(?:aufbewahr|gespeichert)"
    r"|do\s+not\s+keep|don't\s+keep|store\s+no\b|not\s+(?:kept|stored)",
    re.I,
)
_WAY_ON = re.compile(
    r"noch\s*(?:ein)?mal|erneut|neue[nr]?\s+anfrage|selbst\s+an\b|again|new\s+request|yourself",
    re.I,
)


def says_not_kept(markdown: str) -> bool:
    """No draft (no copyable block), but the draft said not to be kept and a way on given."""
    return (
        "```" not in markdown
        and _NOT_KEPT.search(markdown) is not None
        and _WAY_ON.search(markdown) is not None
    )


# What a reply must contain to give the fact asked about (German or English wording); "tasks"
# is checked against the catalogue's description of the occupation instead.
_FOCUS_WORDS: Mapping[str, re.Pattern[str]] = {
    "pay": re.compile(r"bibb|entgeltatlas|vergütung|training pay|earnings", re.I),
    "duration": re.compile(r"\bdauert\b|\btakes\b|\blasts\b|\bduration\b", re.I),
    "requirements": re.compile(r"schulabschluss|school[- ]leaving|certificate|üblich ist", re.I),
    "prospects": re.compile(
        r"perspektive|weiterbildung|aussichten|prospects|further training", re.I
    ),
    "legal": re.compile(
        r"\bbbig\b|\bhwo\b|berufsbildungsgesetz|handwerksordnung|bundesrecht|landesrecht"
        r"|vocational training act|crafts code",
        re.I,
    ),
    "age": re.compile(
        r"mindestalter|höchstalter|jugendarbeitsschutz|minimum age|upper age|young persons", re.I
    ),
    "part_time": re.compile(r"teilzeit|part[- ]time", re.I),
    # Facts the catalogue holds only in part or not at all: the answer says where they are
    "place": re.compile(
        r"berufsschule|berufskolleg|ausbildungsbetrieb|berufsfachschule|fachschule|hochschule"
        r"|vocational school|training company|university",
        re.I,
    ),
    "study": re.compile(
        r"hochschulzugang|hochschulreife|studium|studieren|university|higher education", re.I
    ),
    "gender": re.compile(r"geschlecht|gender|frauen und männer|women and men|men and women", re.I),
    "school_content": re.compile(r"rahmenlehrpl|lernfeld|lehrplan|curricul", re.I),
    "takeover": re.compile(r"übernahme|übernommen|kept on|taken on", re.I),
    "local": re.compile(
        r"keine örtlichen|keine ortsbezogenen|no local|nichts örtliches|umkreis|radius", re.I
    ),
    "conditions": re.compile(r"arbeitszeit|working hours|urlaub|holiday", re.I),
    # recognition of a certificate from abroad: the procedure and where to ask
    "recognition": re.compile(
        r"anerkennungs\w*|anerkennung ausländisch|recognition|foreign qualification", re.I
    ),
    # when a training starts and when to apply: the usual start and the lead time
    "timing": re.compile(
        r"ausbildungsbeginn|\b1\. (?:august|september)\b|ein jahr vor|bewerbungsfrist"
        r"|\b1 (?:august|september)\b|a year (?:before|ahead)|application deadline",
        re.I,
    ),
    # whether the vocational school is compulsory: the duty to attend, the release for it
    "school_duty": re.compile(
        r"berufsschulpflicht|schulpflichtig|freistell\w*|compulsory|released? (?:for|to attend)",
        re.I,
    ),
    # an internship: what it is worth and the rules it follows (minimum wage)
    "internship": re.compile(r"mindestlohn|minimum wage", re.I),
    # part of a training abroad: the rule of a quarter of its duration
    "abroad": re.compile(r"ein viertel|a quarter|one quarter", re.I),
    # funding of a training, retraining or further training: the programme and who decides
    "funding": re.compile(
        r"bildungsgutschein|bafög|bafoeg|berufsausbildungsbeihilfe|\bafbg\b|§\s*81\s+sgb"
        r"|education voucher|training grant",
        re.I,
    ),
    # what the vocational school costs: no school fees, learning materials
    "school_costs": re.compile(
        r"schulgeld|kostenlos|kostenfrei|lernmittel|free of charge|tuition|school fees", re.I
    ),
    # taxes and social insurance on the training pay: the wage tax and its allowance
    "tax": re.compile(
        r"lohnsteuer|grundfreibetrag|sozialversicherung\w*|wage tax|income tax"
        r"|social (?:security|insurance)",
        re.I,
    ),
    # a new start later in working life: retraining, or the careers service for adults
    "reorientation": re.compile(
        r"umschulung|berufsberatung im erwerbsleben|retraining|career guidance for adults", re.I
    ),
    # the transition from school to work (general questions): the record of training and the
    # final exam's admission
    "record_book": re.compile(
        r"zulassung zur (?:abschluss|gesellen)prüfung|admission to the final exam", re.I
    ),
    # the intermediate exam: it shows the progress made (§ 48 BBiG)
    "interim_exam": re.compile(r"ausbildungsstand|§\s*48|section 48|progress made", re.I),
    # the training contract: the legal representatives of a minor
    "contract": re.compile(r"gesetzliche\w* vertreter|legal representatives?", re.I),
    # assisted training (AsA flex, §§ 74 ff. SGB III)
    "asa": re.compile(r"assistierte ausbildung|assisted training|§§?\s*74|sections? 74", re.I),
    # career entry support (§ 49 SGB III)
    "entry_support": re.compile(r"§\s*49 sgb|section 49 sgb", re.I),
    # NRW's career orientation at school, by its full name
    "kaoa": re.compile(r"kein abschluss ohne anschluss", re.I),
    # the potential analysis: the year it takes place in
    "potential_analysis": re.compile(r"jahrgangsstufe 8|klasse 8|8\. klasse|year 8", re.I),
    # a youth employment agency: the Jobcenter and the youth welfare beside the Agentur
    "jba": re.compile(r"(?s)^(?=.*jobcenter)(?=.*(?:jugendhilfe|jugendamt|youth welfare))", re.I),
    # the transition system: measures that lead to no vocational qualification
    "transition": re.compile(
        r"kein\w* (?:anerkannten |vollqualifizierenden )?berufsabschluss"
        r"|no (?:recognised |full )?vocational qualification",
        re.I,
    ),
    # production schools: the NRW programme ended in 2018, the careers service knows today's
    "production_school": re.compile(
        r"(?s)^(?=.*\b2018\b)(?=.*(?:berufsberatung|careers service))", re.I
    ),
    # selection tests of employers: what they usually test (logic, concentration, knowledge)
    "selection_test": re.compile(
        r"logisch\w*|konzentration\w*|allgemeinwissen|logic\w*|concentration|general knowledge",
        re.I,
    ),
    # the job interview: the questions usually asked (why this occupation, this company)
    "interview": re.compile(
        r"warum (?:dieser|diesen|der|gerade)|warum (?:sie|du) sich|why (?:this|the|you)", re.I
    ),
    # child benefit during training: the age of 25 and the Familienkasse
    "kindergeld": re.compile(
        r"(?s)^(?=.*\b25(?:th)?\b)(?=.*(?:familienkasse|family benefits office))", re.I
    ),
    # a trainee off sick: the certificate after three days, the pay for six weeks
    "sick_note": re.compile(r"drei kalendertage|three calendar days|sechs wochen|six weeks", re.I),
    # a school internship: the youth employment protection rules, the accident insurance
    "school_internship": re.compile(
        r"jugendarbeitsschutz\w*|unfallversich\w*|accident insurance|protection of young", re.I
    ),
    # a question about Lotse's catalogue: how many occupations it holds, or its source and date
    "catalogue": re.compile(
        r"\b\d{2,4}\s+(?:\w+\s+){0,2}?(?:berufe|occupations)\b|basiskatalog|base catalogue",
        re.I,
    ),
    # an employer's entry requirements: no occupation, where the employer itself says them
    "employer": re.compile(r"arbeitgeber|employer|karriereseite|careers? page", re.I),
    # a topic the catalogue does not hold: said so, with the link to BERUFENET
    "unlisted": re.compile(
        r"(?s)(?=.*berufenet)(?:katalog|catalogue)\b[^\n]{0,80}\b(?:kein\w*|nicht|no|not)\b",
        re.I,
    ),
}
FOCI = (*_FOCUS_WORDS, "tasks")


@dataclass(frozen=True, slots=True)
class FollowUpExpect:
    """An occupation id with the fact asked about, or one of FOLLOW_UP_OUTCOMES."""

    expect: str
    focus: str | None = None
    lang: str | None = None  # the language the reply must be written in ("de", "en")
    compare: tuple[str, ...] = ()  # expect "compare": the occupations compared, and only they
    names: tuple[str, ...] = ()  # expect "list": the occupations listed, and only they


@dataclass(frozen=True, slots=True)
class LookupExpect:
    """A single occupation question: the catalogue id whose title must head the reply (None:
    a word with no catalogue occupation), and optionally the fact asked about and the
    language the reply must be written in."""

    expect: str | None = None
    focus: str | None = None
    lang: str | None = None

    @property
    def asks_more(self) -> bool:
        """Whether the case is also scored on the fact asked about or the reply's language."""
        return self.focus is not None or self.lang is not None


_LEAD = re.compile(r"^\W*(?:zu|about|for)\s+(?P<name>[^:\n]{3,80}?)\s*(?:\([^)]*\))?\s*:", re.I)


def answered_about(markdown: str, catalogue: Catalogue) -> str | None:
    """The occupation a reply answers about: its card's heading, or the occupation a short
    answer leads with ("Zu Tischler/in: …", "About Carpenter: …")."""
    heading = main_heading(markdown, catalogue)
    if heading is not None:
        return heading
    for line in markdown.splitlines():
        found = _LEAD.match(line.strip())
        if found is not None:
            return catalogue.id_of_heading(found["name"])
    return None


def compares_only(markdown: str, catalogue: Catalogue, compared: Sequence[str]) -> bool:
    """Whether the reply names exactly the compared occupations: the list shown again, or one
    card, is no comparison."""
    return set(named_occupations(markdown, catalogue, skip_related=True)) == set(compared)


def lists_occupations(markdown: str, catalogue: Catalogue) -> bool:
    """Whether the reply lists three or more catalogue occupations (no asking back)."""
    return len(named_occupations(markdown, catalogue, skip_related=True)) >= 3


def gives_fact(markdown: str, catalogue: Catalogue, occupation_id: str, focus: str) -> bool:
    if focus == "tasks":
        description = catalogue.descriptions.get(occupation_id, "")
        return bool(description) and normalise(description[:60]) in normalise(markdown)
    return _FOCUS_WORDS[focus].search(markdown) is not None
