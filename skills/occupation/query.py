"""From what a counsellor typed to the occupation to look up, and the fact asked about.

Free text carries question phrases ("Was macht man als Kfz-ler?", "Wie lange dauert die
Ausbildung zur …?", "Was verdient man als … in der Ausbildung?", "what does a … do", "how much
does a … earn"); they are cut off here, and a question about one fact (duration, entry
requirements, pay) is marked so the answer leads with that fact. Remaining filler words are
dropped by the search's normaliser, so this only needs to find where the occupation starts
and ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.message_memo import per_message
from bot.skill import IntentCue
from skills.occupation.focus import Focus
from skills.occupation.grade_asked import ASKS_GRADE, GRADE
from skills.occupation.need_question import need_asked
from skills.occupation.normalise import back_references, fold, stopwords
from skills.occupation.part_time import asks_about_part_time
from skills.occupation.recognised_question import recognition_asked
from skills.occupation.training_system import focus_asked

_ARTICLE = r"(?:(?:ein|eine|einen|einem|einer|der|die|den|dem|das|ne|nen|'ne|'n|n|a|an|the)\s+)?"
# hedges said around the question ("Was verdient man normalerweise …", "usually")
_HEDGE = (
    r"normalerweise|üblicherweise|ueblicherweise|in\s+der\s+regel|meistens|ungefähr|ungefaehr"
    r"|durchschnittlich|im\s+schnitt|usually|normally|typically|roughly|on\s+average"
)
_ADVERB = rf"(?:(?:eigentlich|genau|so|denn|überhaupt|ueberhaupt|really|actually|{_HEDGE})\s+)?"
_TO = r"(?:(?:zum|zur|zu|als|für|fuer|as|for|to\s+become|in)\s+)?"
_TRAINING = r"(?:ausbildung|lehre|umschulung|training|apprenticeship)"
# Words after the occupation that belong to the question, not to the name.
_TAIL = (
    r"(?:\s+(?:in|während|waehrend|im|nach|during|after)\s+"
    r"(?:der\s+|the\s+|seiner\s+|ihrer\s+|their\s+|his\s+|her\s+|your\s+)?"
    r"(?:ausbildung|lehre|ausbildungszeit|lehrzeit|training|apprenticeship|"
    r"(?:ersten|zweiten|dritten|vierten|letzten|[1-4]\.?)\s*(?:lehr|ausbildungs)?jahr"
    r"|(?:first|second|third|fourth|final|[1-4](?:st|nd|rd|th))\s+year)"
    rf"|\s+(?:{_HEDGE})"
    r"|\s+(?:so|eigentlich|genau|beruflich|überhaupt|ueberhaupt|denn|take|bitte|please"
    r"|monatlich|im\s+monat|pro\s+monat|netto|brutto|per\s+month|a\s+month)"
    r"|\s+(?:ausgelernt|als\s+(?:geselle|gesellin|fachkraft)|once\s+qualified)"
    # where, not what: "in Germany", "hier in Deutschland", "bei uns"
    r"|\s+(?:hier\s+)?(?:in|im)\s+(?:germany|deutschland|nrw|nordrhein-westfalen)"
    r"|\s+(?:hier|bei\s+uns|here)"
    r"|\s+(?:zu\s+)?werden|\s+zu\s+sein"
    # thanks typed after the question: "was ne ZFA so verdient, danke dir"
    r"|\s*,?\s*(?:danke(?:\s+(?:dir|euch|ihnen|schön|schoen|sehr))?|vielen\s+dank|thanks"
    r"|thank\s+you|thx)"
    # the verb of a question about where or what next: "Wo kann man Erzieherin lernen?"
    r"|\s+(?:noch\s+)?(?:studieren|lernen))*"
)
_END = rf"{_TAIL}\s*[?.!]*\s*$"
_Q = r"(?P<q>.+?)"
_PAY_VERB = (
    r"(?:verdient|verdienen|verdienst|verdiene|bekommt|bekommen|bekommst|kriegt|kriegen|kriegst"
    r"|kriegste|erhält|erhaelt)"
)
# needing, without "muss": "was muss man für die Ausbildung zahlen?" asks no requirement
_NEED_VERB = r"(?:braucht|brauche|brauch|brauchst|brauchste|benötigt|benoetigt|benötige|benoetige)"
_NEED = (
    r"(?:braucht|brauche|brauch|brauchst|brauchste|benötigt|benoetigt|benötige|benoetige|muss"
    r"|sollte)"
)
# Spoken forms too: "brauch ich", "brauchste", "fürn", "nen", "wat".
_WHO = r"(?:man|ich|er|sie|du|se|ma|mer)"
_FOR = r"(?:für|fuer|fürn|fuern|als|zum|zur|bei)"
# A client named by first name as the one asking, only right before "als" or "in der
# Ausbildung" ("Was verdient Lena als Azubi im Einzelhandel?"), so that "Was verdient
# Mechatroniker im ersten Jahr?" still names the occupation.
_NAMED_TRAINEE = r"(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?=als\s|in\s+der\s)"

_SOME = r"(?:(?:ein|einen|eine|ne|nen|'ne|'nen|n)\s+)?"
_CERTIFICATE = (
    r"(?:\w+\s+)?(?:schulabschluss|abschluss|voraussetzungen?|noten|qualifikation(?:en)?)"
)

_CERTIFICATE_WORD = (
    r"(?:abitur|abi|fachabi(?:tur)?|realschulabschluss|hauptschulabschluss|schulabschluss|"
    r"msa|esa|fos|führerschein|fuehrerschein)"
)
_NEEDED = (
    r"(?:braucht|brauche|brauchst|benötigt|benoetigt|nötig|noetig|reicht|genügt|genuegt|"
    r"voraussetzung)"
)

# Whoever is asked about: "man", a pronoun, or one word (a first name: "Tim").
_ANYONE = r"(?:man|ich|er|sie|du|\w+)"
# "mit (einem) Hauptschulabschluss", "ohne Abi", "auch nur mit HSA" (then the occupation)
_WITH_CERTIFICATE = (
    r"(?:auch\s+|denn\s+|eigentlich\s+|überhaupt\s+|ueberhaupt\s+|nur\s+)*(?:mit|ohne)\s+"
    r"(?:(?:einem|einen|nem|dem|'nem)\s+)?(?:(?:guten|schlechten|normalen)\s+)?"
    rf"(?:{_CERTIFICATE_WORD}|hsa|quali|mittlere[rnm]?\s+reife)\b\s+(?:noch\s+|auch\s+)?"
)

# (pattern, focus); the first that matches wins. ``q`` is the occupation.
_PATTERNS: tuple[tuple[str, Focus | None], ...] = (
    # verb last, in a clause ("Weißt du, wie lange die Ausbildung zum Tischler dauert?")
    (
        rf"\bwie\s+lang(?:e)?\s+(?:die\s+|eine\s+)?{_TRAINING}\s+{_TO}{_ARTICLE}{_Q}\s+"
        rf"(?:eigentlich\s+|so\s+)?dauert{_END}",
        Focus.DURATION,
    ),
    (
        rf"\bwas\s+(?:man\s+)?(?:als\s+)?{_ARTICLE}{_Q}\s+(?:so\s+|eigentlich\s+|im\s+monat\s+)?"
        rf"{_PAY_VERB}{_END}",
        Focus.PAY,
    ),
    (
        rf"\bwelche[nrs]?\s+(?:voraussetzungen?|schulabschluss|abschluss)\s+(?:man\s+)?"
        rf"(?:als|für|fuer)\s+{_ARTICLE}{_Q}\s+{_NEED}{_END}",
        Focus.REQUIREMENTS,
    ),
    # "Was brauch ich für nen Schulabschluss für Mediengestalter?",
    # "Was für nen Abschluss braucht man als Koch?"
    (
        rf"\b(?:was|wat)\s+{_NEED}\s+(?:{_WHO}\s+)?(?:denn\s+|eigentlich\s+)?(?:{_FOR}\s+)?{_SOME}"
        rf"{_CERTIFICATE}\s+{_FOR}\s+{_ARTICLE}{_Q}{_END}",
        Focus.REQUIREMENTS,
    ),
    (
        rf"\b(?:was|wat)\s+(?:für|fuer|fürn|fuern)\s+{_SOME}{_CERTIFICATE}\s+{_NEED}\s+(?:{_WHO}\s+)?"
        rf"(?:denn\s+|eigentlich\s+)?{_FOR}\s+{_ARTICLE}{_Q}{_END}",
        Focus.REQUIREMENTS,
    ),
    # "was so ne Fachkraft für Lagerlogistik eigentlich den ganzen Tag macht"
    (
        rf"\bwas\s+(?:man\s+als\s+)?{_ADVERB}{_ARTICLE}{_Q}"
        rf"(?:\s+(?:so|eigentlich|genau|den\s+ganzen\s+tag|tagsüber|tagsueber))*\s+"
        rf"(?:macht|tut|arbeitet){_END}",
        None,
    ),
    # working conditions: "Wie viele Urlaubstage hat man als Azubi im Einzelhandel?"
    (
        r"\bwie\s*viele?\s+(?:urlaub\w*|arbeitsstunden|stunden|überstunden|ueberstunden)\s+"
        rf"(?:hat|bekommt|kriegt|arbeitet|macht)\s+(?:man|{_ARTICLE}azubis?)\s+(?:denn\s+|so\s+)?"
        rf"(?:als|in\s+der\s+ausbildung\s+(?:zum|zur|als))\s+{_ARTICLE}{_Q}{_END}",
        Focus.CONDITIONS,
    ),
    # "what are the working hours of a chef?"
    (
        r"\b(?:what|how)\s+(?:are|is)\s+(?:the\s+)?(?:usual\s+)?(?:working\s+hours|work\s+hours"
        rf"|hours|shifts|holidays)\s+(?:of|for|as)\s+{_ARTICLE}{_Q}{_END}",
        Focus.CONDITIONS,
    ),
    # duration
    (
        rf"\bwie\s+lang(?:e)?\s+(?:dauert|geht|braucht|ist)\s+(?:die\s+|eine\s+)?"
        rf"{_TRAINING}\s+{_TO}{_ARTICLE}{_Q}{_END}",
        Focus.DURATION,
    ),
    (
        rf"\bwie\s+(?:viele\s+jahre|lange)\s+(?:dauert\s+es|braucht\s+man)\s*,?\s*"
        rf"(?:um\s+)?{_ARTICLE}{_Q}\s+zu\s+werden{_END}",
        Focus.DURATION,
    ),
    (rf"\b(?:dauer|länge|laenge)\s+der\s+{_TRAINING}\s+{_TO}{_ARTICLE}{_Q}{_END}", Focus.DURATION),
    (
        rf"\bhow\s+long\s+(?:is|does|takes?)\s+(?:the\s+|an?\s+)?"
        rf"(?:training|apprenticeship)\s+(?:take\s+)?{_TO}{_ARTICLE}{_Q}{_END}",
        Focus.DURATION,
    ),
    (
        rf"\bhow\s+long\s+does\s+it\s+take\s+to\s+(?:become|train\s+as)\s+{_ARTICLE}{_Q}{_END}",
        Focus.DURATION,
    ),
    # pay
    (
        rf"\b(?:was|wie\s*viel)\s+{_PAY_VERB}\s+(?:{_WHO}\s+|{_NAMED_TRAINEE})?"
        rf"(?:so\s+|eigentlich\s+|denn\s+)?"
        rf"(?:als\s+|in\s+der\s+{_TRAINING}\s+{_TO})?{_ARTICLE}{_Q}{_END}",
        Focus.PAY,
    ),
    (
        rf"\b(?:ausbildungsvergütung|ausbildungsverguetung|vergütung|verguetung|gehalt|lohn|"
        rf"verdienst)\s+(?:von\s+|für\s+|fuer\s+|als\s+|in\s+der\s+{_TRAINING}\s+{_TO})?"
        rf"{_TO}{_ARTICLE}{_Q}{_END}",
        Focus.PAY,
    ),
    (
        rf"\bhow\s+much\s+(?:does|do)\s+{_ARTICLE}{_Q}\s+(?:earn|make|get\s+paid)\b{_END}",
        Focus.PAY,
    ),
    (rf"\bwhat\s+(?:does|do)\s+{_ARTICLE}{_Q}\s+(?:earn|make)\b{_END}", Focus.PAY),
    (
        rf"\b(?:salary|pay|wage|earnings|(?:training\s+)?allowance)\s+(?:of|for)\s+"
        rf"{_ARTICLE}{_Q}{_END}",
        Focus.PAY,
    ),
    # entry requirements, school certificate
    # "Kann man mit Hauptschulabschluss Elektroniker werden?", "ob er ohne Abi Bankkaufmann
    # werden kann": whether a certificate is enough for the occupation
    (
        rf"\b(?:kann|könnte|koennte|darf)\s+{_ANYONE}\s+{_WITH_CERTIFICATE}{_ARTICLE}{_Q}"
        rf"\s+werden{_END}",
        Focus.REQUIREMENTS,
    ),
    # "Kommt man mit Realschulabschluss in die Polizei?", "kann man mit Abi zur Polizei?": a
    # way in with a certificate, the occupation after "in die", "zur", "ins"
    (
        rf"\b(?:kommt|komme|komm|kommst|kann|könnte|koennte|darf)\s+{_ANYONE}\s+"
        rf"{_WITH_CERTIFICATE}(?:in\s+die|in\s+den|ins|zur|zum)\s+{_Q}"
        rf"(?:\s+(?:rein|hinein|gehen|kommen))?{_END}",
        Focus.REQUIREMENTS,
    ),
    (
        rf"\bob\s+{_ANYONE}\s+{_WITH_CERTIFICATE}{_ARTICLE}{_Q}\s+werden\s+"
        rf"(?:kann|könnte|koennte|darf){_END}",
        Focus.REQUIREMENTS,
    ),
    (
        rf"\bwas\s+{_NEED}\s+(?:man|ich|er|sie)\s+(?:für\s+|fuer\s+)?(?:einen\s+|ein\s+)?"
        rf"(?:\w+\s+)?(?:abschluss|schulabschluss|voraussetzungen|noten)\s*,?\s*"
        rf"(?:um\s+)?{_ARTICLE}{_Q}\s+zu\s+werden{_END}",
        Focus.REQUIREMENTS,
    ),
    # a grade asked for ("welchen Schnitt brauche ich für Erzieher?", "Welche Mathenote
    # sollte man als … mitbringen?"): who needs it said, so that "Welche Note braucht Tim für
    # die FOS?" (a school, a client's grade) is not read as an occupation
    (
        rf"\bwelche[nrs]?\s+{GRADE}\s+{_NEED}\s+{_WHO}\s+(?:denn\s+|eigentlich\s+|so\s+)?"
        rf"(?:für|fuer|fürn|als|bei|beim)\s+(?:die\s+|eine\s+)?(?:{_TRAINING}\s+)?{_TO}"
        rf"{_ARTICLE}{_Q}(?:\s+(?:mitbringen|haben|vorweisen))?{_END}",
        Focus.REQUIREMENTS,
    ),
    (
        rf"\bwelche[nrs]?\s+(?:voraussetzungen?|schulabschluss|abschluss|qualifikation(?:en)?|"
        rf"noten|anforderungen|ausbildung)\s+(?:{_NEED}|gibt\s+es|gelten|hat)\s+"
        rf"(?:man\s+|ich\s+|er\s+|sie\s+)?(?:für\s+|fuer\s+|als\s+|bei\s+)?"
        rf"(?:die\s+|eine\s+)?(?:{_TRAINING}\s+)?{_TO}{_ARTICLE}{_Q}{_END}",
        Focus.REQUIREMENTS,
    ),
    (
        rf"\b(?:voraussetzungen?|zugangsvoraussetzungen?|anforderungen)\s+(?:für\s+|fuer\s+)?"
        rf"(?:die\s+)?(?:{_TRAINING}\s+)?{_TO}{_ARTICLE}{_Q}{_END}",
        Focus.REQUIREMENTS,
    ),
    (
        rf"\bwas\s+(?:muss|sollte)\s+(?:man|ich|er|sie)\s+(?:als|für|fuer)\s+{_ARTICLE}{_Q}\s+"
        rf"(?:mitbringen|können|koennen|haben){_END}",
        Focus.REQUIREMENTS,
    ),
    # what it takes, asked in general: "Was braucht man für die Pflege?", "was brauch ich als
    # Koch?" (the catalogue's answer is the usual certificate)
    (
        rf"\b(?:was|wat)\s+{_NEED_VERB}\s+{_WHO}\s+(?:denn\s+|eigentlich\s+|so\s+|alles\s+)*"
        rf"(?:für|fuer|fürn|fuern|als)\s+(?:die\s+{_TRAINING}\s+(?:zum|zur|als)\s+)?{_ARTICLE}{_Q}"
        rf"{_END}",
        Focus.REQUIREMENTS,
    ),
    (rf"\bwie\s+(?:wird\s+man|werde\s+ich|wird\s+er|wird\s+sie)\s+{_ARTICLE}{_Q}{_END}", None),
    (
        rf"\bwhat\s+(?:qualifications|requirements|grades|school\s+certificate)\s+"
        rf"(?:do\s+(?:i|you)\s+need|are\s+needed|are\s+required)\s+(?:to\s+become|for|as)\s+"
        rf"{_ARTICLE}{_Q}{_END}",
        Focus.REQUIREMENTS,
    ),
    (
        rf"\b(?:requirements|qualifications)\s+(?:for|to\s+become)\s+{_ARTICLE}{_Q}{_END}",
        Focus.REQUIREMENTS,
    ),
    (rf"\bhow\s+(?:do\s+(?:i|you)|does\s+one|can\s+i)\s+become\s+{_ARTICLE}{_Q}{_END}", None),
    # what the occupation is about
    (
        rf"\bwas\s+{_ADVERB}(?:macht|tut|arbeitet)\s+{_ADVERB}(?:man\s+{_ADVERB}als\s+)?"
        rf"{_ADVERB}{_ARTICLE}{_Q}{_END}",
        None,
    ),
    (rf"\bwas\s+(?:ist|sind)\s+{_ARTICLE}{_Q}{_END}", None),
    (rf"\bwhat\s+(?:does|do)\s+{_ARTICLE}{_Q}\s+do\b{_END}", None),
    (rf"\bwhat\s+is\s+{_ARTICLE}{_Q}{_END}", None),
    (
        rf"\b(?:will|möchte|moechte|würde\s+gern(?:e)?|wuerde\s+gern(?:e)?|wants?\s+to\s+be|"
        rf"wants?\s+to\s+become)\s+(?:gern(?:e)?\s+|unbedingt\s+|später\s+|spaeter\s+)?"
        rf"{_ARTICLE}{_Q}\s+werden{_END}",
        None,
    ),
    # "Mein Sohn will zur Polizei, was braucht er dafür?": a workplace that names the work
    (
        rf"\b(?:will|möchte|moechte|würde\s+gern(?:e)?|wuerde\s+gern(?:e)?)\s+"
        rf"(?:gern(?:e)?\s+|unbedingt\s+|später\s+|spaeter\s+)?(?:zur|zum|ins|in\s+die)\s+"
        rf"{_Q}(?:\s+gehen)?(?:\s*[,;:]\s*(?:was|wie|welche\w*|wo)\b.*)?{_END}",
        None,
    ),
    (rf"\b{_TRAINING}\s+(?:zum|zur|als|zu|as|for)\s+{_ARTICLE}{_Q}{_END}", None),
    (
        rf"\b(?:infos?|informationen|information|details)\s+(?:zum|zur|zu|über|ueber|"
        rf"about|on)\s+(?:den\s+|die\s+)?(?:beruf\s+)?{_ARTICLE}{_Q}{_END}",
        None,
    ),
    (rf"^\s*(?:beruf|berufsbild|occupation|job)\s*:?\s+{_ARTICLE}{_Q}{_END}", None),
    # where the training is learned or applied for: "Wo lernt man Pflege?", "Wo kann man sich
    # als Tischler bewerben?", "wo bewirbt man sich für eine Ausbildung zur Erzieherin"
    (
        r"^\s*wo\s+(?:(?:kann|könnte|koennte|muss|soll|sollte|lernt|lerne|macht|mache|bewirbt"
        r"|bewerbe)\s+)?(?:man|ich|er|sie|du|se)\s+(?:sich\s+|mich\s+|dich\s+)?"
        r"(?:(?:denn|eigentlich|am\s+besten)\s+)*(?:(?:für|fuer|als|um|zum|zur)\s+)?"
        rf"{_ARTICLE}(?:(?:ausbildung|lehre)\s+(?:zum|zur|als|in\s+der|im)\s+)?"
        rf"(?!(?:sich|mich|dich)\b|(?:bewerben|machen|absolvieren|lernen)\s*[?.!]*\s*$){_Q}"
        rf"(?:\s+(?:bewerben|machen|absolvieren))?{_END}",
        Focus.PLACE,
    ),
)


@cache
def _questions() -> tuple[tuple[re.Pattern[str], Focus | None], ...]:
    """The question phrases, compiled on first use: about 50 ms that a start answering no
    free text (``lotse ask hilfe``, every other CLI command) need not pay."""
    return tuple(
        (re.compile(pattern, re.IGNORECASE | re.DOTALL), focus) for pattern, focus in _PATTERNS
    )


# "Geht das mit Hauptschulabschluss?", "Kann man Erzieher auch ohne Abi werden?": whether a
# certificate is enough is the requirement asked
_WITH_CERTIFICATE = (
    rf"\b(?:mit|ohne)\s+(?:(?:einem|einen|dem|nur|auch|nem)\s+)*{_CERTIFICATE_WORD}\b"
)
_ASKS_REQUIREMENT = re.compile(
    rf"\b{_CERTIFICATE_WORD}\b[^.?!\n]{{0,40}}\b{_NEEDED}\b"
    rf"|\b{_NEEDED}\s+(?:man\s+)?[^.?!\n]{{0,50}}\b{_CERTIFICATE_WORD}\b"
    rf"|\b(?:geht|gehts|klappt|funktioniert|möglich|moeglich)\b[^.?!\n]{{0,30}}{_WITH_CERTIFICATE}"
    # a yes/no question ("was kann sie mit ESA machen?" asks for a list)
    r"|(?:^|[.?!]\s+)(?:kann|können|koennen|darf|kommt|ist)\s+\w+\b[^.?!\n]{0,40}"
    rf"{_WITH_CERTIFICATE}[^.?!\n]{{0,40}}\b(?:werden|machen|anfangen|möglich|moeglich)\b",
    re.IGNORECASE,
)
# The words of such a question around the occupation's name
_CERTIFICATE_ASKED = re.compile(
    r"^\s*(?:ist|geht|gehts|klappt|kann\s+man|kommt\s+man)\b"
    rf"|(?:\b(?:geht|gehts|klappt|funktioniert)\b(?:\s+(?:das|es|auch))*)?\s*{_WITH_CERTIFICATE}"
    r"(?:\s+(?:über|ueber|auf)\s+umwege?n?)?(?:\s+(?:werden|machen|anfangen|möglich|moeglich))?",
    re.IGNORECASE,
)
_ASKS_PAY = re.compile(rf"\b(?:was|wie\s*viel)\b[^.?!\n]{{0,40}}\b{_PAY_VERB}\b", re.IGNORECASE)
# Keywords typed next to the occupation, search-engine style: "erzieherin voraussetzungen".
_REQUIREMENT_WORD = re.compile(
    r"\b(?:voraussetzung(?:en)?|zugangsvoraussetzung(?:en)?|anforderung(?:en)?|"
    r"schulabschluss|requirements?|entry\s+requirements|qualifications|"
    r"(?:do|does)\s+(?:i|you|one)\s+need)\b",
    re.IGNORECASE,
)
_PAY_WORD = re.compile(
    r"\b(?:gehalt|lohn|verdienst|vergütung|verguetung|ausbildungsvergütung|"
    r"ausbildungsverguetung|bezahlung|salary|wages?|earnings|earns?|paid|allowance)\b",
    re.IGNORECASE,
)
_DURATION_WORD = re.compile(
    r"\b(?:dauer|ausbildungsdauer|wie\s+lange?|duration|how\s+long)\b", re.IGNORECASE
)
# "Ist Pflegefachfrau eine schulische oder duale Ausbildung?", "Is it school-based?"
_TRAINING_TYPE_WORD = re.compile(
    r"\b(?:duale?[nrs]?|schulische?[nrs]?|vollzeitschulische?[nrs]?|betriebliche?[nrs]?"
    r"|ausbildungsart|school[- ]based|company[- ]based|in[- ]company)\b",
    re.IGNORECASE,
)
# "Wie viel Urlaub hat ein Azubi als Koch?", "Arbeitszeiten Bäcker", "shifts as a nurse"
_CONDITIONS_WORD = re.compile(
    r"\b(?:urlaub|urlaubstage|arbeitszeit(?:en)?|schicht(?:arbeit|dienst|en)?|nachtschicht(?:en)?"
    r"|wochenendarbeit|überstunden|ueberstunden|holidays?|vacation|working\s+hours|shifts?"
    r"|shift\s+work|overtime)\b",
    re.IGNORECASE,
)
_FOCUS_WORD = re.compile(
    "|".join(
        f"(?:{w.pattern})"
        for w in (
            _REQUIREMENT_WORD,
            _PAY_WORD,
            _DURATION_WORD,
            _TRAINING_TYPE_WORD,
            _CONDITIONS_WORD,
        )
    ),
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# Checked before the training words: "nach der Ausbildung" names the training too.
_AFTER_TRAINING = re.compile(
    r"\b(?:nach\s+(?:der|seiner|ihrer|einer)\s+(?:ausbildung|lehre)|ausgelernt\w*|"
    r"als\s+(?:geselle|gesellin|fachkraft)|fertig\s+ausgebildet\w*|"
    r"after\s+(?:the\s+|their\s+)?(?:training|apprenticeship)|(?:once|when|fully)\s+qualified)\b",
    re.IGNORECASE,
)
_DURING_TRAINING = re.compile(
    r"\b(?:ausbildung\w*|lehre|lehrjahr\w*|lehrzeit|azubis?|auszubildende\w*|lehrling\w*|"
    r"\w*vergütung|\w*verguetung|training|apprentice\w*|trainee\w*"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+year)\b",
    re.IGNORECASE,
)
_LEADING_ARTICLE = re.compile(rf"^\s*{_ARTICLE}", re.IGNORECASE)
_ONLY_ARTICLE = re.compile(r"^(?:ein|eine|einen|einem|einer|der|die|den|dem|das|a|an|the)$", re.I)
_TRAILING = re.compile(r"[\s?.!,;:]+$")
_TRAILING_TAIL = re.compile(rf"{_END}", re.IGNORECASE)

# Free-text cues for the offline intent classifier (bot.routing.intent).
INTENT_CUES: tuple[IntentCue, ...] = (
    IntentCue(r"\bwas\s+(?:macht|tut|arbeitet)\s+(?:man\s+als\s+)?(?:ein|eine|einen|der|die)\b"),
    IntentCue(r"\bwas\s+(?:macht|tut|arbeitet)\s+man\s+als\s+\w"),
    IntentCue(
        rf"\bwie\s+lange?\s+dauert\s+(?:(?:{_HEDGE})\s+)?(?:die\s+|eine\s+)?"
        r"(?:ausbildung|lehre|umschulung)\b"
    ),
    IntentCue(r"\b(?:ausbildung|umschulung|lehre)\s+(?:als|zum|zur)\s+\w"),
    IntentCue(
        r"\b(?:was|wie\s*viel)\s+(?:verdient|verdienen|bekommt|kriegt)\s+(?:man\s+)?als\s+\w"
    ),
    IntentCue(r"\bwelche[nrs]?\s+(?:voraussetzungen?|schulabschluss|abschluss)\s+\w+\s+"),
    IntentCue(
        r"\b(?:was|wat)\s+(?:\w+\s+){0,4}?(?:schulabschluss|abschluss|voraussetzungen?)\s+"
        r"(?:\w+\s+){0,3}?(?:für|fuer|fürn|fuern|als|zum|zur)\s+\w"
    ),
    IntentCue(r"\bum\s+\w[\w/-]*(?:\s+\w[\w/-]*)?\s+zu\s+werden\b"),
    IntentCue(r"\bwie\s+(?:wird\s+man|werde\s+ich)\s+\w"),
    # pay asked of an occupation named before: the skill asks back which one
    IntentCue(
        r"\b(?:was|wie\s*viel)\s+(?:verdient|bekommt|kriegt)\s+man\s+(?:denn\s+|so\s+)?"
        rf"(?:(?:{_HEDGE})\s+)?(?:da|dort|dabei|damit|in\s+der\s+(?:ausbildung|lehre))\b"
    ),
    IntentCue(r"\bwhat\s+does\s+an?\s+\w.*\bdo\b"),
    IntentCue(r"\bhow\s+much\s+does\s+an?\s+\w.*\b(?:earn|make)\b"),
    IntentCue(r"\bhow\s+(?:do\s+i|does\s+one|can\s+i)\s+become\s+an?\s+\w"),
    IntentCue(r"\bhow\s+long\s+(?:is|does)\s+(?:the\s+|an?\s+)?(?:training|apprenticeship)\b"),
    IntentCue(r"\bberufsbild\b"),
    IntentCue(
        r"\bwas\s+(?:man\s+als|ein|eine)\s+\w[\w/-]*(?:\s+\w[\w/-]*)?\s+(?:so\s+)?"
        r"(?:verdient|macht|tut)\b"
    ),
    IntentCue(r"\bwie\s+lange?\s+die\s+(?:ausbildung|lehre)\s+(?:zum|zur|als)\s+\w.*\bdauert\b"),
    # A school certificate or licence asked about as a requirement: with an occupation named
    # in the sentence enough ("Mich würde interessieren, ob man für Bankkaufmann Abitur braucht").
    # A grade asked for is such a requirement too ("Welche Note braucht man für …?"), not a
    # second cue: together they would route "Welche Note braucht Tim für die FOS?".
    IntentCue(f"{_ASKS_REQUIREMENT.pattern}|{ASKS_GRADE.pattern}", weight=0.25),
    # Words about a job: on their own too weak to route, but together with an occupation
    # named in the sentence (match_score 0.3) enough: "Mein Sohn möchte Koch werden, …".
    IntentCue(
        r"\b(?:beruf|berufs?bild|job|werden|lernen|lernt|ausbildung|lehre|arbeiten\s+als"
        r"|career|become|training|apprenticeship)\b",
        weight=0.25,
    ),
)


@dataclass(frozen=True, slots=True)
class OccupationQuery:
    """The occupation part of a request and what it asked about."""

    text: str
    focus: Focus | None = None
    from_question: bool = False  # a question phrase was recognised


@per_message
def extract_query(text: str) -> OccupationQuery:
    """Cut question phrases, a leading article and closing punctuation off ``text``."""
    cleaned = " ".join(text.split())
    needed = need_asked(cleaned)  # "Braucht man für … einen Führerschein?"
    if needed is not None:
        return OccupationQuery(_clean(needed[0]), needed[1], True)
    recognised = recognition_asked(cleaned)  # "Ist Tischler ein anerkannter Ausbildungsberuf?"
    if recognised is not None:
        return OccupationQuery(_clean(recognised), Focus.LEGAL, True)
    for pattern, focus in _questions():
        found = pattern.search(cleaned)
        if found:
            if focus is Focus.PAY:
                focus = pay_stage(cleaned)
            # "Ist man mit 16 alt genug für eine Ausbildung zur …?": the phrase names the
            # occupation, the rest of the sentence the fact
            focus = focus or _rule_asked(cleaned)
            return OccupationQuery(_clean(found.group("q")), focus, True)
    focus = _focus_in(cleaned)
    if focus is Focus.REQUIREMENTS:  # "Ist Zahnmedizin ohne Abi möglich?": not the name
        cleaned = _CERTIFICATE_ASKED.sub(" ", cleaned)
    if focus is not None:  # the keyword asked about is no part of the occupation's name
        cleaned = " ".join(_FOCUS_WORD.sub(" ", cleaned).split())
    return OccupationQuery(_clean(_LEADING_ARTICLE.sub("", cleaned)), focus)


def _focus_in(text: str) -> Focus | None:
    """The fact a question no phrase pattern recognised still asks about, if it is clear:
    a sentence ("ob man für … Abitur braucht") or a keyword ("Tischler Dauer")."""
    rule = _rule_asked(text)
    if rule is not None:
        return rule
    if _CONDITIONS_WORD.search(text):  # before pay: "wie viel Urlaub" is no pay question
        return Focus.CONDITIONS
    if _ASKS_REQUIREMENT.search(text) or _REQUIREMENT_WORD.search(text):
        return Focus.REQUIREMENTS
    if ASKS_GRADE.search(text):  # the catalogue's answer is the usual school certificate
        return Focus.REQUIREMENTS
    if _ASKS_PAY.search(text) or _PAY_WORD.search(text):
        return pay_stage(text)
    if _DURATION_WORD.search(text):
        return Focus.DURATION
    if _TRAINING_TYPE_WORD.search(text):
        return Focus.TRAINING_TYPE
    return None


def _rule_asked(text: str) -> Focus | None:
    """A rule of the training system asked about (minimum age, part time), if any."""
    if asks_about_part_time(text):
        return Focus.PART_TIME
    asked = focus_asked(text)
    return Focus(asked) if asked is not None else None


def only_refers_back(text: str) -> bool:
    """What is left of a fact question once the question words are cut names nothing that
    could be an occupation ("und dauert die Ausbildung", "da", "does it")."""
    words = _WORD.findall(fold(text))
    return all(word in stopwords() or word in back_references() for word in words)


@per_message
def pay_stage(text: str) -> Focus:
    """Which pay a pay question means: once qualified, during training, or it does not say."""
    if _AFTER_TRAINING.search(text):
        return Focus.EARNINGS
    if _DURING_TRAINING.search(text):
        return Focus.PAY
    return Focus.PAY_ANY


def _clean(text: str) -> str:
    text = _TRAILING_TAIL.sub("", text)
    text = _TRAILING.sub("", text).strip()
    return "" if _ONLY_ARTICLE.match(text) else text
