"""Building blocks of the Art. 22 sentence patterns (:mod:`bot.policy.judgement_patterns`):
people as counsellors name them, verbs of managing and deciding, grades, comparatives.

Regular-expression fragments, case-insensitive unless they say otherwise; ``KNOWN_NAME`` is a
placeholder filled in with the common first names of ``first_names.yaml`` when a pattern is
compiled.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.word_trie import trie_alternation
from bot.yaml_data import load_yaml

# Up to 80 characters of the same sentence (no ".", "?", "!" or line break).
GAP = r"[^.?!\n]{0,80}?"
# People a counsellor may ask about: stems with their inflection and gender endings only, so
# that compounds such as "Kundenservice" or "Personalabteilung" do not count.
PERSON_NOUN = (
    r"(?:klient|kund|teilnehmer|teilnehmend|bewerber|bewerbend|kandidat|schüler|azubin|azubi"
    r"|auszubildend|jugendlich|ratsuchend|praktikant|mitarbeiter|person|ehrenamtlich|junge"
    r"|mädchen|sohn|tochter|student|studierend|absolvent|umschüler|rehabilitand|lehrling"
    r"|arbeitslos|arbeitsuchend|erwerbslos|geflüchtet|typ|kerl|bursche|jungs|mädel)"
    r"(?:innen|\*innen|:innen|in|en|er|e|n|s)?\b"
)
# A specific person: "mein Klient", "die neue Klientin", "diese Bewerberin", "Herr Weber", "er".
DETERMINER = (
    r"(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer|unseres"
    r"|der|die|den|dem|des|dieser|diese|diesen|diesem|dieses)"
)
# A common first name from first_names.yaml, filled in when the pattern is compiled.
KNOWN_NAME = "\u27e8NAME\u27e9"
# A share of a group is people in general ("wie viel Prozent der Bewerber", "die Hälfte der
# Azubis", "viele der Teilnehmer"), not a specific person.
SHARE_OF = "".join(
    rf"(?<!\b{word}\s)"  # (one look-behind each: they differ in length)
    for word in (  # noqa: SIM905
        "prozent anteil hälfte drittel viertel mehrheit großteil meisten quote zahl anzahl viele"
        " einige wenige jeder jede keiner keine alle percent"
    ).split()
)
# … and in English ("how many of the participants", "most of my clients"): not "each of",
# "which of" (a choice among them).
EN_SHARE_OF = "".join(
    rf"(?<!\b{word}\sof\s)"
    for word in (  # noqa: SIM905
        "many most few half none some majority percent proportion share number"
    ).split()
)
# A quantifier between the article and the noun makes a group in general ("die meisten
# Azubis", "den wenigsten Umschülern"), not a specific person; any other word may stand there
# ("die neue Klientin").
NOT_A_QUANTIFIER = r"(?!(?:aller)?(?:meisten|wenigsten)\b)"
# … and right before a short form ("die meisten TN", "viele Kl."; not "alle TN": all of
# one's own may be ranked)
QUANTIFIED = "".join(
    rf"(?<!\b{word}\s)" for word in ("meisten", "wenigsten", "viele", "wenige", "einige")
)
SPECIFIC_PERSON = (
    rf"(?:{SHARE_OF}\b{DETERMINER}\s+(?:{NOT_A_QUANTIFIER}[^\W\d_]+\s+)?{PERSON_NOUN}"
    r"|\b(?:herrn?|hr\.|frau|fr\.)\s*(?-i:[A-ZÄÖÜ])(?:[^\W\d_]+|\.)"  # capitalised, or "T."
    rf"|\b{KNOWN_NAME}"
    r"|\b(?-i:er|sie|ihn|ihm|Er|Ihn|Ihm)\b"  # "Sie" with a capital is the polite "you"
    # a child or youth called by a nominalised adjective ("die Kleine", "der Lütte"); not
    # before a noun ("die Kleine Anfrage")
    r"|\b(?:die|der|den|dem)\s+(?-i:Kleinen?|Kleene|Lütte|Lütten)\b(?!\s+(?-i:[A-ZÄÖÜ])))"
)
# Whom one recommends, takes or judges (accusative): not "ihm"/"dem Klienten", to whom one
# recommends something.
ACCUSATIVE_PERSON = (
    rf"(?:\b(?:meinen|meine|unseren|unsere|den|die|diesen|diese)\s+(?:{NOT_A_QUANTIFIER}[^\W\d_]+\s+)?"
    rf"{PERSON_NOUN}|\b(?:herrn|frau)\s+(?-i:[A-ZÄÖÜ])[^\W\d_]+|\b{KNOWN_NAME}"
    r"|\b(?-i:sie|ihn)\b)"
)
DATIVE_PERSON = (
    rf"(?:\b(?:meinem|meiner|unserem|unserer|dem|der|diesem|dieser)\s+(?:{NOT_A_QUANTIFIER}[^\W\d_]+\s+)?"
    rf"{PERSON_NOUN}|\b(?:herrn|frau)\s+(?-i:[A-ZÄÖÜ])[^\W\d_]+|\b{KNOWN_NAME}"
    r"|\b(?-i:ihm|ihr)\b)"
)
GROUP_OF_PEOPLE = (
    rf"(?:meinen|meiner|unseren|unserer|den|der|diesen|dieser|allen|aller)\s+(?:[^\W\d_]+\s+)?"
    rf"{PERSON_NOUN}"
)
# One's own group by its frame, not its members: "aus meiner Gruppe", "in dem Kurs".
COHORT = (
    r"(?:meiner|unserer|der|dieser)\s+(?:[^\W\d_]+\s+)?(?:gruppe|klasse|truppe|runde|maßnahme)\b"
    r"|(?:meinem|unserem|dem|diesem)\s+(?:[^\W\d_]+\s+)?(?:kurs|team|jahrgang|lehrgang)\b"
)
# A superlative of merit ("am motiviertesten", "die Schwächsten"), not of place or time ("am
# nächsten", "am längsten").
MERIT_SUPERLATIVE = (
    r"(?:am|die|der|den)\s+(?:best|geeignetst|stärkst|schwächst|schlechtest|fähigst|klügst"
    r"|schlau\w*st|dümmst|faulst|fleißigst|fleissigst|motiviertest|unmotiviertest|zuverlässigst"
    r"|belastbarst|talentiertest|begabtest|fittest|reifst|leistungsstärkst|leistungsschwächst"
    r"|engagiertest|ehrgeizigst|vermittelbarst|aussichtsreichst|vielversprechendst)(?:e|en|er)?\b"
)
# Judgements written down as a document, and the verbs that order one to be produced.
WRITTEN_JUDGEMENT = (
    r"\b(?:eignungs(?:beurteilung|gutachten|einschätzung|prognose|bewertung|urteil)"
    r"|leistungsbeurteilung|persönlichkeitsprofil|persönlichkeitsgutachten)\w*\b"
)
PRODUCE = (
    r"(?:schreib|erstell|verfass|formulier|entwirf|mach|gib|liefer|write|draft|create|give)\w*\b"
)
PRODUCED = (
    r"(?:schreiben|erstellen|verfassen|formulieren|entwerfen|machen|geben|liefern|schreibst"
    r"|erstellst|verfasst|machst|gibst)"
)
SUITABLE = (
    r"(?:un)?(?:geeignet|tauglich|fähig|qualifiziert|belastbar|intelligent|begabt|talentiert"
    r"|ausbildungsreif|ausbildungsfähig|berufsreif|vermittelbar|leistungsstark|leistungsschwach)"
    r"[^\W\d_]*"
)
# A first name, as counsellors write them ("Tim", "Anna-Lena", "Tim (15)"); only used where the
# sentence leaves no room for a noun ("ob Tim … schafft", "traust du Lena … zu").
FIRST_NAME = (
    r"(?!(?-i:Sie|Ihnen|Ihr|Ich|Du|Man|Wir|Es|Das|Die|Der)\b)"
    r"(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:\s*\(\d{1,2}\))?"
)
NAMED = rf"(?:{SPECIFIC_PERSON}|\b{FIRST_NAME})"
TO_HIM = rf"(?:ihm|ihr|ihnen|dem|der|den)\b|{KNOWN_NAME}"
COMPARATIVE = (
    # ("besser dran", "besser gestellt": better off, a situation; "besser bezahlt": a wage)
    r"(?:besser(?!\s+(?:bezahlt|dran|gestellt))|geeigneter|stärker|klüger|fähiger|fitter|belastbarer|motivierter"
    r"|zuverlässiger|talentierter|begabter|passender|reifer|schlauer|leistungsfähiger"
    r"|qualifizierter|engagierter|eher\s+geeignet|am\s+besten|am\s+geeignetsten)"
)
# Decisions in the infinitive with "zu": "empfehlen, ihn abzulehnen"
TO_DECIDE = (
    r"(?:abzulehnen|aufzunehmen|anzunehmen|zuzulassen|einzustellen|auszuwählen|abzubrechen"
    r"|auszuschließen|rauszuwerfen|zu\s+(?:kündigen|entlassen|sanktionieren|streichen|kürzen"
    r"|sperren|beenden|verweigern|bewilligen|genehmigen))"
)
CLEVER = r"(?:intelligent|klug|schlau|begabt|talentiert|reif|stark|belastbar|fit|motiviert)"
ASSESS = (
    r"(?:schätz\w*|einschätz\w*|beurteil\w*|glaubst|glauben\s+sie|meinst|meinen\s+sie|denkst"
    r"|denken\s+sie|sag\s+mir|sagen\s+sie\s+mir|prognostizier\w*|tippst)"
)
GRADE = r"(?:note|schulnote|noten|punkte|punktzahl|bewertung|score|sterne|rating)"
TRAITS = r"(?:Eignung|Befähigung|Leistungsfähigkeit|Belastbarkeit|Persönlichkeit|Charakter)"
DECIDE = (
    r"(?:ablehnen|aufnehmen|annehmen|zulassen|einstellen|auswählen|kündigen|entlassen"
    r"|sanktionieren|ausschließen|rauswerfen|rausnehmen|herausnehmen|nehmen|werfen"
    r"|rausschmeißen|abmelden)"
)
MANAGE = (
    r"(?:schaffen|schafft|packen|packt|bestehen|besteht|durchhalten|hält\s+\w+\s+durch"
    r"|durchhält|hinkriegen|hinkriegt|hinbekommen|hinbekommt|kriegt\s+\w+\s+hin|durchziehen"
    r"|durchzieht|zieht\s+\w+\s+durch|meistern|meistert|stemmen|stemmt|wuppen|wuppt"
    r"|durchstehen|durchsteht|klarkommen|klarkommt|zurechtkommen|zurechtkommt)"
)
SHOULD = r"(?:soll|sollen|sollte|sollten)\s+(?:ich|wir)"
# Who takes a decision about a client: an employer, a school, a funding body.
DECIDING_BODY = (
    r"(?:betrieb|ausbildungsbetrieb|firma|arbeitgeber\w*|chef\w*|ausbilder\w*|schule|berufsschule"
    r"|jobcenter|agentur|arbeitsagentur|träger|kammer|ihk|hwk)"
)
RATHER = r"(?:lieber|eher|direkt|gleich|schon|jetzt|noch|überhaupt|wirklich|sofort|rather)"
EN_PEOPLE = r"(?:client|candidate|applicant|participant|student|trainee|customer|apprentice)"
_NAMES = Path(__file__).with_name("first_names.yaml")


@cache
def known_name() -> str:
    """The common first names as one pattern (fills in ``KNOWN_NAME``)."""
    names = load_yaml(_NAMES.read_text(encoding="utf-8"))["names"]
    # A trie, not an alternation of 400 names: it is repeated in dozens of patterns.
    names_pattern = trie_alternation(str(n) for n in names)
    return rf"{names_pattern}s?(?![^\W\d_])(?:\s*\(\d{{1,2}}\))?"  # "Tims Chancen"
