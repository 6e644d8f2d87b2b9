"""The sentence patterns of requests to judge, rank or decide about a specific person (the
first reading of :mod:`bot.policy.judgement`): one alternation, compiled once.

Each pattern stays within one sentence and starts at the beginning of a word; the building
blocks are in :mod:`bot.policy.judgement_parts`.
"""

from __future__ import annotations

import re
from functools import cache

from bot.policy.judgement_parts import (
    ACCUSATIVE_PERSON,
    ASSESS,
    CLEVER,
    COHORT,
    COMPARATIVE,
    DATIVE_PERSON,
    DECIDE,
    DECIDING_BODY,
    EN_PEOPLE,
    FIRST_NAME,
    GAP,
    GRADE,
    GROUP_OF_PEOPLE,
    KNOWN_NAME,
    MANAGE,
    MERIT_SUPERLATIVE,
    NAMED,
    PERSON_NOUN,
    PRODUCE,
    PRODUCED,
    RATHER,
    SHOULD,
    SPECIFIC_PERSON,
    SUITABLE,
    TO_DECIDE,
    TO_HIM,
    TRAITS,
    WRITTEN_JUDGEMENT,
    known_name,
)

# What one entrusts a person with: responsibility, a lead, a group, the till or the keys.
# "dem"/"der" as a dative pronoun for a person: right before the article of what is handed
# over ("Kann man der die Verantwortung geben?", "würdest du dem die Schlüssel geben?"); a
# noun after "der" is a thing or a body ("der Schule die Zeugnisse schicken").
DATIVE_PRONOUN = r"\b(?:dem|der)(?=\s+(?:die|den|das|mehr)\s)"
# A person's name in the genitive before a noun ("Frau Aydins Kinderbetreuung"): the person's
# circumstances, not the person.
_NOT_GENITIVE = r"(?![^\W\d_])(?!(?<=s)\s+(?-i:[A-ZÄÖÜ]))"
# A word that is no time or date (for "passt … zu <person>": a date suits a diary).
# The start of a question after an end mark or a colon ("Meinung bitte: passt …"): a look-behind,
# since the joined pattern starts each match at a letter.
_CLAUSE_START = r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]))"
_UNTIMED = r"(?![\w-]*(?:termin|zeit|datum|uhr|tag|woche|monat)\b)"
CHARGE = (
    r"[^\W\d_]*verantwortung\w*|leitung|aufsicht|betreuung|führung|kasse|schlüssel|gruppe"
    r"|filiale|schicht|team"
)

# Every pattern starts at the beginning of a word.
PATTERNS: tuple[str, ...] = (
    # "Ist mein Klient geeignet für ...", "Hältst du ihn für geeignet?"
    rf"\b(?:ist|wäre|sind|wären|(?:h[aä]lt\w*|findest|finden)(?:\s+(?:du|sie|ihr))?)\s+"
    rf"{SPECIFIC_PERSON}{GAP}\b{SUITABLE}",
    # "Eignet sich meine Klientin für ...", "Passt er in den Beruf?"
    rf"\b(?:eignet|eignen|passt)\s+(?:sich\s+)?{SPECIFIC_PERSON}",
    # "Welcher meiner Teilnehmer ist am besten ...", "Wer von meinen Klienten eignet sich ..."
    rf"\b(?:welche[rsmn]?|wer)\s+(?:von\s+)?{GROUP_OF_PEOPLE}{GAP}"
    r"\b(?:am\s+besten|am\s+ehesten|am\s+geeignetsten|am\s+meisten|besser|eher|eignet)",
    # "Bewerte die Eignung von ...", "Beurteile meinen Klienten", "Schätze ein, ob er ..."
    r"\b(?:bewerte|beurteile|bewerten\s+sie|beurteilen\s+sie|schätze|schätzen\s+sie"
    r"|evaluiere|benote)(?:\s+ein)?[\s,:]+(?:bitte\s+)?(?:ob\s+)?"
    rf"(?:(?:die\s+)?{TRAITS}|{SPECIFIC_PERSON})",
    # "Kannst du meinen Klienten einschätzen?"
    rf"\b(?:kannst\s+du|können\s+sie|bitte)\s+{SPECIFIC_PERSON}\s+"
    r"(?:einschätzen|beurteilen|bewerten|benoten)\b",
    # "Soll ich die Bewerberin ablehnen?", "Sollen wir Herrn Weber einstellen?"
    rf"\b{SHOULD}{GAP}{SPECIFIC_PERSON}{GAP}\b{DECIDE}\b",
    # "Wen soll ich nehmen?"
    rf"\bwen\s+{SHOULD}{GAP}\b(?:{DECIDE}|nehmen)\b",
    # "Ranke die Bewerber", "Sortiere meine Teilnehmer nach Eignung"
    r"\b(?:ranke|ranken|sortiere|sortieren|ordne|ordnen|priorisiere|priorisieren)\s+"
    rf"(?:die|meine|unsere|alle|diese)?\s*(?:[^\W\d_]+\s+)?{PERSON_NOUN}",
    # "Erstelle eine Rangliste der Teilnehmer", "ein Ranking von meinen 5 Azubis"
    rf"\b(?:rangfolge|rangliste|ranking|reihenfolge|bestenliste|hitliste|rangordnung|reihung)\s+"
    rf"{GROUP_OF_PEOPLE}",
    r"\b(?:rangfolge|rangliste|ranking|reihenfolge|bestenliste|hitliste|rangordnung|reihung)\s+"
    r"(?:von|für|unter|aus)\s+(?:meinen|unseren|den"
    rf"|diesen|allen)\s+(?:\d+\s+)?(?:[^\W\d_]+\s+)?{PERSON_NOUN}",
    # "Kann er das schaffen?", "Wird die Klientin die Prüfung bestehen?"
    rf"\b(?:kann|könnte|wird|würde|schafft|packt)\s+{SPECIFIC_PERSON}{GAP}\b{MANAGE}\b",
    # "Glaubst du, dass sie die Ausbildung schafft?"
    r"\b(?:glaubst|meinst|denkst|glauben|meinen|denken)\s+(?:du|sie)\b[\s,]+(?:dass|ob)\s+"
    rf"{SPECIFIC_PERSON}{GAP}\b{MANAGE}\b",
    # English: "Is my client suitable for ...", "Is she fit for ..."
    rf"\b(?:is|are|would)\s+(?:(?:my|our|this|that|the)\s+(?:\w+\s+)?{EN_PEOPLE}s?|he|she"
    rf"|{KNOWN_NAME})"
    rf"{GAP}\b(?:suitable|fit|qualified|right\s+for|good\s+enough|capable"
    r"|cut\s+out)",
    # "rank my clients", "sort the applicants"
    r"\b(?:rank|sort|order|rate|score|compare|shortlist)\s+(?:my|our|the|these|those|all)?"
    rf"\s*(?:\w+\s+)?{EN_PEOPLE}s\b",
    # "rank my group by motivation"
    r"\b(?:rank|sort|order|rate|score)\s+(?:my|our|the|this|that)\s+(?:\w+\s+)?(?:group|class"
    r"|course|cohort|team)\s+by\b",
    # "Which of my candidates is the best?"
    r"\bwhich\s+(?:one\s+)?of\s+(?:my|our|the|these)\s+\w+\s+(?:is|would\s+be)\s+"
    r"(?:the\s+)?(?:best|most\s+suitable|better)",
    # "Should I reject him?", "Should we hire the applicant?"
    r"\bshould\s+(?:I|we)\s+(?:reject|accept|hire|admit|select|dismiss|fire|turn\s+down"
    rf"|take\s+on)\s+(?:him|her|them|(?:my|our|this|that|the)\s+(?:\w+\s+)?{EN_PEOPLE})",
    # … or asked what a body that decides should do with someone: "Should the company hire
    # Daniel after his internship?" (the German "Soll der Betrieb Tim übernehmen?" below)
    r"\bshould\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:company|employer|firm|business|school"
    r"|college|jobcent(?:re|er)|agency|trainer|boss|workshop|bakery|salon|shop|practice)\s+"
    r"(?:hire|take\s+on|keep(?:\s+on)?|fire|dismiss|let\s+go\s+of|reject|accept|admit|drop"
    r"|sanction)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\b",
    # "Assess the suitability of ...", "Can he handle the apprenticeship?"
    r"\b(?:assess|evaluate|judge|rate)\s+(?:the\s+|his\s+|her\s+)?(?:suitability|aptitude"
    r"|potential|personality|character)\b",
    r"\bcan\s+(?:he|she|my\s+client)\s+(?:handle|cope\s+with|pass|succeed)",
    # Indirect judgements. Whether someone will manage: "Schätz bitte ein, ob Tim (15) die
    # Ausbildung schaffen kann", "Was meinst du, ob Anna das packt?", "schafft er das?"
    rf"\b{ASSESS}(?:\s+(?:du|sie|bitte|mal|ein|doch))*[\s,:]+(?:ob|dass)\s+{NAMED}{GAP}"
    rf"\b(?:{MANAGE}|{SUITABLE}|[^\W\d_]+\s+genug|taugt|taugen|passt)",
    rf"\bob\s+{SPECIFIC_PERSON}{GAP}\b(?:taugt|geeignet\s+ist|belastbar\s+genug)",
    rf"\b(?:glaubst|meinst|denkst)\s+du[\s,]+{NAMED}\s+{MANAGE}\b",
    rf"\b(?:schafft|packt|besteht|meistert)\s+{NAMED}\s+(?:\w+\s+)?(?:das|es|die|den)\b",
    rf"\b(?:schafft|packt)\s+es\s+{NAMED}\b",
    rf"\b(?:kann|könnte|wird|würde)\s+\b{FIRST_NAME}{GAP}\b{MANAGE}\b",
    rf"\bchancen?\b{GAP}\b(?:dass|ob)\s+{NAMED}{GAP}\b{MANAGE}",
    rf"\b(?:kann|könnte|wird|würde)\b{GAP}\b{KNOWN_NAME}{GAP}\b{MANAGE}\b",
    # Deciding someone's course for them: "Soll Dennis die Ausbildung abbrechen?"
    rf"\bsollt?e?\s+{SPECIFIC_PERSON}\s+(?:\w+\s+){{0,4}}?(?:abbrechen|beenden|aufgeben"
    r"|hinschmeißen|schmeißen|kündigen|wechseln|anfangen|beginnen|annehmen|ablehnen|werden"
    r"|aufhören|hinwerfen|weitermachen"
    r"|studieren|wählen)\b",
    # … or asked what a body that decides should do with someone: "Soll der Betrieb Tim
    # übernehmen?", "Sollte die Schule Lena sitzen lassen?" (not "… Tim die Fahrtkosten
    # erstatten": no such verb)
    rf"\bsollt?e?n?\s+(?:der|die|das|sein|seine|ihr|ihre)\s+{DECIDING_BODY}\s+{SPECIFIC_PERSON}"
    rf"\s+(?:\w+\s+){{0,4}}?(?:{DECIDE}|übernehmen|behalten|weiterbeschäftigen|sitzen\s+lassen"
    r"|durchfallen\s+lassen|fördern|weiterfördern|versetzen|nehmen)\b",
    # "Passt die Ausbildung zu Tim?" (a verdict; "Welche Berufe passen zu Tim?" asks for a list;
    # "zu Frau Aydins Kinderbetreuung" is the person's circumstances, not the person)
    rf"{_CLAUSE_START}passt\s+(?:die|der|das|eine?)\s+[^\W\d_]+\s+(?:zu|für)\s+"
    rf"{SPECIFIC_PERSON}{_NOT_GENITIVE}",
    # … with more words before the person: "passt der Job im Callcenter zu ihr?"
    rf"{_CLAUSE_START}passt\s+(?:die|der|das|eine?)\s+[^\W\d_]+(?:\s+[^\W\d_]+){{1,3}}?\s+zu\s+"
    rf"(?:{SPECIFIC_PERSON}{_NOT_GENITIVE}|\b(?-i:ihr)\b)",
    # … an occupation named without an article: "passt Fachkraft für Lagerlogistik zu Tobias?",
    # "Würde Mechatroniker zu Jonas passen?" (not a time or a date: "Würde die Teilzeit zu
    # ihr passen?" is her week)
    rf"{_CLAUSE_START}passt\s+{_UNTIMED}(?-i:[A-ZÄÖÜ])[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?\s+zu\s+"
    rf"(?:{SPECIFIC_PERSON}{_NOT_GENITIVE}|\b(?-i:ihr|ihm)\b)",
    rf"\b(?:würde|wird|könnte|dürfte)\s+(?:(?:die|der|das|eine?)\s+)?{_UNTIMED}(?-i:[A-ZÄÖÜ])"
    rf"[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?\s+zu\s+"
    rf"(?:{SPECIFIC_PERSON}{_NOT_GENITIVE}|(?-i:ihr|ihm)\b|{FIRST_NAME})\s+passen\b",
    # "Mach mir eine Reihenfolge, wer am besten passt", "…, wer eher geeignet ist" (an
    # indirect question after a comma, a colon or "sag mir"; not "Wer am besten passt,
    # entscheidet der Betrieb")
    r"(?:(?<=[,:]\s)|(?<=[,:])|(?<=\bmir\s)|(?<=\buns\s))wer\s+(?:von\s+(?:den\s+)?\w+\s+)?(?:am\s+besten|am\s+ehesten|am\s+geeignetsten"
    r"|besser|eher)\s+(?:passt|passen\s+würde|reinpasst|geeignet\s+(?:ist|wäre)|ins\s+team\s+passt)",
    # … the occupation talked about as "das": "passt das zu ihr?", "Würde das zu Lena passen?"
    # ("zu": whether a date suits someone is "passt das ihr" or "für sie"; also after a dash:
    # "Zweiradmechatroniker – passt das zu ihm?")
    rf"(?:^|(?<=[.!?:,–—-]\s)|(?<=[.!?:,–—]))(?:und\s+)?passt\s+(?:das|es|dies|sowas)\s+(?:\w+\s+)?zu\s+"
    rf"(?:{SPECIFIC_PERSON}|(?-i:ihr|ihm)\b|{FIRST_NAME})",
    rf"\b(?:würde|wird|könnte|dürfte)\s+(?:das|es|dies)\s+(?:\w+\s+)?zu\s+"
    rf"(?:{SPECIFIC_PERSON}|(?-i:ihr|ihm)\b|{FIRST_NAME})\s+passen\b",
    # "…, sag mir wer am stärksten ist" (a superlative of merit, not "wer am nächsten wohnt")
    r"(?:(?<=[,:]\s)|(?<=[,:])|(?<=\bmir\s)|(?<=\buns\s))wer\s+(?:von\s+(?:den\s+)?\w+\s+)?am\s+"
    r"(?:besten|stärksten|schwächsten|schlechtesten|fähigsten|klügsten|schlausten|schlauesten"
    r"|motiviertesten|zuverlässigsten|belastbarsten|talentiertesten|begabtesten|fittesten"
    r"|geeignetsten|reifsten)\s+(?:ist|wäre|sind)\b",
    # "Wer aus der Gruppe ist am motiviertesten?", "Welche zwei aus meiner Klasse sind die
    # Schwächsten?": a superlative of merit asked of one's own group (not "wer am nächsten
    # wohnt")
    rf"\b(?:welche[rsmn]?|wer)\s+(?:\w+\s+)?(?:von|aus|in)\s+(?:{GROUP_OF_PEOPLE}|{COHORT})"
    rf"{GAP}\b{MERIT_SUPERLATIVE}",
    # "Empfiehlst du, dass ich Herrn Jankowski für die Weiterbildung vorschlage?"
    r"\b(?:empfiehlst|rätst)\s+du\b[\s,]+(?:mir\s+)?(?:dass|ob)\s+(?:ich|wir)\s+"
    rf"{SPECIFIC_PERSON}{GAP}\b(?:{DECIDE}|vorschlage|vorschlagen|anmelde|anmelden|einlade"
    r"|einladen|vermittle|vermitteln|nehme|einstelle|ablehne|aufnehme)\b",
    # A suitability or potential analysis asked for a person: "Mach eine Eignungsanalyse für
    # Kevin als Fachinformatiker", "Erstelle ein Persönlichkeitsprofil von Frau Roth"
    r"\b(?:eignungs(?:analyse|einschätzung|beurteilung|bewertung|prognose|check|profil|gutachten"
    r"|diagnose|test)|potenzialanalyse|potentialanalyse|persönlichkeitsprofil|kompetenzprofil"
    r"|stärken-?schwächen-?(?:analyse|profil)|suitability\s+(?:assessment|analysis|check|test)"
    # (not a whole group: "Wie läuft die Potenzialanalyse für die Schüler ab?")
    rf"|personality\s+profile)\w*\s+(?:für|von|über|zu|zur|zum|for|of|on)\s+"
    rf"(?!(?:die|den)\s+(?:schüler|jugendlichen|teilnehmenden|klassen?)\b){SPECIFIC_PERSON}",
    # Sending a person on, decided by the assistant: "Würdest du Marie zum
    # Vorstellungsgespräch schicken?", "Würden Sie Herrn Ali in die Maßnahme stecken?"
    # (the direction right after the person: "Würdest du Frau Klein eine Erinnerung zum
    # Termin schicken?" sends a text, not her)
    rf"\b(?:würdest\s+du|würden\s+sie|would\s+you)\s+{NAMED}\s+(?:{RATHER}\s+){{0,2}}"
    r"(?:zum|zur|ins|in\s+die|in\s+den|in\s+eine|auf\s+die|to\s+the|to\s+an?|into\s+the)\s+"
    r"(?:\w+\s+){0,2}?(?:schicken|stecken|vermitteln|einladen|anmelden|send|put|invite)\b",
    rf"\b(?:würdest\s+du|würden\s+sie|would\s+you)\s+{NAMED}\s+(?:\w+\s+){{0,3}}?"
    r"(?:nehmen|einstellen|auswählen|ablehnen|hire|take\s+on|choose)\b",
    # Weighing whether to propose someone, then asking: "Ich überlege, ob ich Frau Schulz die
    # Maßnahme empfehle oder nicht. Was denkst du?"
    r"\b(?:überlege|frage\s+mich|bin\s+(?:mir\s+)?unsicher|weiß\s+(?:nicht|noch\s+nicht))\b"
    # (not "ob ich Frau Schulz die Unterlagen schicke / den Dienstag vorschlage": tasks)
    rf"[\s,]+ob\s+(?:ich|wir)\s+{NAMED}{GAP}\b(?:empfehle|empfehlen|anmelde|anmelden|nehme"
    r"|nehmen|vermittle|vermitteln|einstelle|ablehne)\b",
    # "Sag mir, ob ich Tim nehmen soll"
    rf"\bob\s+(?:ich|wir)\s+{SPECIFIC_PERSON}{GAP}\b{DECIDE}\s+(?:soll|sollen|sollte)\b",
    # … proposing the person, or "den"/"die" for them right before the verb: "Sag mir, ob ich
    # ihn für den Praktikumsplatz vorschlagen soll", "ob ich den nehmen soll" (only a place or
    # a role in between: "ob ich Frau X den Kurs empfehlen soll" is advice for her)
    rf"\bob\s+(?:ich|wir)\s+(?:(?:den|die)\s+)?(?:{ACCUSATIVE_PERSON}|(?:den|die)(?=\s+(?:{DECIDE}"
    r"|vorschlagen)\b))"
    r"(?:\s+(?:für|als|bei|beim|zum|zur|in|ins|an)\b[^.?!\n]{0,60}?)?\s+(?:"
    rf"{DECIDE}|vorschlagen|empfehlen|nominieren|weiterempfehlen)\s+(?:soll|sollen|sollte)\b",
    rf"\bhat\s+{NAMED}\s+(?:\w+\s+)?das\s+(?:zeug\b|(?:potenzial|potential|talent)\s+zu)",
    # "Hat Herr Kaya Führungsqualitäten?", "Hat er Talent?" (not "Führungserfahrung": a fact)
    rf"\bhat\s+{SPECIFIC_PERSON}\s+(?:\w+\s+)?(?:führungs(?:qualität|potenzial|potential"
    r"|stärke|kompetenz|talent)\w*|talent|potenzial|potential|begabung)\b",
    # … also with a name typed in lower case: "kann jonas das abi schaffen"
    r"\b(?:kann|könnte|wird|würde)\s+(?!(?:man|ich|du|wir|ihr|es|sie|er|das|die|der|den|dem"
    r"|ein\w*|jede\w*|jemand|mein\w*|sich|viele|alle)\b)[^\W\d_]+\s+(?:das|die|den|es)\b"
    rf"{GAP}\b{MANAGE}\b",
    rf"\btrau(?:st|en|t)\s+(?:du|sie|ihr)\s+(?:{TO_HIM}|{FIRST_NAME}){GAP}\bzu\b",
    rf"\b(?:würdest|würden|kannst|könntest)\s+(?:du|sie)\s+(?:{TO_HIM}|{FIRST_NAME}){GAP}"
    r"\bzutrauen\b",
    # Intelligence or aptitude: "Ist sie intelligent genug?", "Wie begabt ist Tim?", "IQ"
    rf"\b(?:ist|sind|wäre|wären)\s+{NAMED}\s+(?:\w+\s+)?{CLEVER}\w*\s+genug\b",
    rf"\bwie\s+{CLEVER}\w*\s+(?:ist|sind|wäre|wirkt|scheint|erscheint)\s+{NAMED}",
    r"\b(?:sein|seine|seinen|ihr|ihre|ihren)\s+(?:iq|intelligenz\w*)\b",
    rf"\b(?:iq|intelligenz\w*)\s+(?:von|des|der)\s+{NAMED}",
    rf"\bhat\s+{NAMED}\s+(?:einen\s+)?(?:\w+\s+)?iq\b",
    # Comparing or ranking people: "Wer ist besser, Anna oder Ben?", "Ist Anna besser als Ben?"
    r"\bwer\s+(?:von\s+(?:den\s+)?(?:beiden|ihnen|\w+en)\s+)?(?:ist|wäre|passt|eignet\s+sich)"
    rf"\s+(?:\w+\s+)?{COMPARATIVE}",
    rf"\b(?:ist|wäre)\s+{NAMED}\s+(?:\w+\s+)?{COMPARATIVE}\s+als\s+",
    # Choosing among people: "Wähl aus, welche zwei der fünf Teilnehmenden den Platz bekommen"
    r"\b(?:welche[rsn]?|wer)\b(?:\s+\w+){0,3}?\s+(?:der|von\s+den|meiner|unserer|dieser)\s+"
    rf"(?:\w+\s+)?{PERSON_NOUN}{GAP}\b(?:bekommen|bekommt|kriegen|kriegt|erhalten|erhält"
    rf"|nehmen|nimmt|behalten|behält|übernehmen|vorschlagen|empfehlen|{DECIDE})\b",
    # Naming the candidates first: "Ben oder Tim – wer bekommt den Platz?"
    rf"\b{KNOWN_NAME}\s*(?:,\s*{KNOWN_NAME}\s*)*(?:oder|or|und|and)\s+{KNOWN_NAME}"
    r"[^.?!\n]{0,60}?\b(?:wer|wen|welche[rn]?|who|which)\b[^.?!\n]{0,40}?\b(?:bekommt|kriegt"
    r"|erhält|bekommen|kriegen|erhalten|nehmen|nimmt|besser|eher|geeigneter|am\s+besten|gets"
    r"|better|best)",
    # Hope for a person: "Gibt es für Paulina noch Hoffnung?", "Ist Herr Kern ein hoffnungsloser
    # Fall?"
    rf"\bgibt\s+es\s+(?:für|bei|mit)\s+{SPECIFIC_PERSON}\s+(?:\w+\s+){{0,2}}?hoffnung\b",
    rf"\b(?:ist|wäre)\s+{SPECIFIC_PERSON}\s+(?:\w+\s+){{0,2}}?hoffnungslos",
    # "Wird aus Jonas ein guter Mechatroniker?"
    rf"\bwird\s+aus\s+{SPECIFIC_PERSON}\s+(?:\w+\s+)?(?:ein|eine)\s+(?:gute[rn]?|richtige[rn]?"
    r"|erfolgreiche[rn]?)\b",
    rf"\b(?:nehmen|einstellen|wählen|auswählen|vorziehen)\b[^.?!\n]{{0,40}}?{KNOWN_NAME}\s+"
    rf"(?:oder|or)\s+{KNOWN_NAME}",
    rf"\b{KNOWN_NAME}\s+(?:nehmen|einstellen|wählen|auswählen)\s+oder\s+{KNOWN_NAME}",
    # "Welche der drei Bewerberinnen würdest du einladen?", "Wem soll ich den Platz geben?",
    # "Should we give the place to Kemal or to Sara?"
    rf"\b(?:welche[nrs]?|wen)\s+(?:der|von\s+(?:den|meinen|unseren|diesen)?)\s*(?:\w+\s+)?"
    rf"{PERSON_NOUN}{GAP}\b(?:würdest|würden|soll|sollte|sollen)\s+(?:du|sie|ich|wir)\b{GAP}"
    r"\b(?:nehmen|einstellen|wählen|auswählen|empfehlen|vorziehen|bevorzugen|favorisieren"
    r"|ablehnen|einladen"
    r"|vorschlagen|vermitteln|zusagen|absagen)\b",
    r"\bwem\s+(?:würdest|würden|soll|sollte|sollen)\s+(?:du|sie|ich|wir)\b[^.?!\n]{0,40}?\b"
    r"(?:den|die|das|eine?n?)\s+(?:\w+\s+)?(?:platz|stelle|ausbildungsplatz|praktikumsplatz"
    r"|lehrstelle|zusage|chance|job|förderung|gutschein)\w*\s+(?:\w+\s+){0,3}?(?:geben|vergeben"
    r"|anbieten|zusagen)\b",
    # … the place named before and then by its pronoun ("Ich hab einen Platz im Training und
    # drei Interessierte: … Wem soll ich ihn geben?")
    r"\b(?:platz|stelle|ausbildungsplatz|praktikumsplatz|lehrstelle|zusage|gutschein)\b[^?\n]{0,160}?"
    r"\bwem\s+(?:würdest|würden|soll|sollte|sollen)\s+(?:du|sie|ich|wir)\s+(?:ihn|sie|es)\s+"
    r"(?:\w+\s+){0,2}?(?:geben|vergeben|anbieten|zusagen)\b",
    r"\bgive\s+(?:the|this|that|our)\s+(?:\w+\s+)?(?:place|spot|job|position|apprenticeship"
    r"|placement|offer|internship)\s+to\s+(?:him|her|(?-i:[A-Z][a-z]+))\s+or\b",
    # "Welcher Bewerber soll die Stelle bekommen?", "Welche Teilnehmerin ist am besten?"
    rf"\bwelche[rsn]?\s+(?:\w+\s+)?{PERSON_NOUN}\s+(?:soll|sollte|darf|kann)\b{GAP}"
    r"\b(?:bekommen|kriegen|erhalten|nehmen|machen)\b",
    rf"\bwelche[rsn]?\s+(?:\w+\s+)?{PERSON_NOUN}\s+(?:ist|wäre|passt|eignet\s+sich)\b"
    rf"(?:\s+\w+){{0,4}}?\s+(?:die\s+|der\s+)?{COMPARATIVE}",
    # A written judgement asked of the assistant: "Schreib eine Eignungsbeurteilung für Hr.
    # Klein", "ein Eignungsgutachten für Tim erstellen"; not one named as a document someone
    # else wrote ("…, dass wir die Leistungsbeurteilung brauchen": the comma keeps them apart).
    rf"\b{PRODUCE}[^.?!\n,;]{{0,40}}?{WRITTEN_JUDGEMENT}",
    # A text asked for that states a verdict on a person ("Formulier eine Stellungnahme, warum
    # Frau Roth für die Umschulung nicht geeignet ist"); not one stating a fact ("…, dass Frau
    # Roth den Termin verschieben musste")
    rf"\b{PRODUCE}[^.?!\n]{{0,80}}?\b(?:dass|warum|weshalb|wieso|weswegen|why|that)\s+"
    rf"{SPECIFIC_PERSON}{GAP}(?<![^\W\d_]){SUITABLE}",
    rf"{WRITTEN_JUDGEMENT}[^.?!\n,;]{{0,40}}?\b{PRODUCED}\b",
    # Grading or scoring: "Gib ihm eine Note", "Punkte von 1–10 für die Bewerberin"
    # The best or worst of a group: "Wer ist der Stärkste in meiner Gruppe?", "Top 3 aus
    # meinen Teilnehmern", "Who's the weakest in my class?"
    r"\bwer\s+(?:ist|wäre|sind)\s+(?:der|die|das)\s+(?:beste|stärkste|schwächste|schlechteste"
    r"|klügste|faulste|fleißigste|motivierteste|zuverlässigste|geeignetste|talentierteste)\w*\b"
    r"[^.?!\n]{0,40}?\b(?:in|aus|von|unter)\s+(?:meiner|unserer|der|dieser|meinen|unseren|den"
    r"|diesen)\s+(?:\w+\s+)?(?:gruppe|klasse|kurs|maßnahme|team|bewerber|teilnehm|azubi"
    r"|kandidat|schüler|tn\b)\w*",
    r"\bwho(?:'s|’s|\s+is)\s+(?:the\s+)?(?:best|weakest|strongest|worst|smartest|laziest"
    r"|brightest|most\s+\w+|least\s+\w+)\b[^.?!\n]{0,30}?\b(?:in|of|among)\s+(?:my|our|the"
    r"|this)\s+(?:\w+\s+)?(?:class|group|course|team|cohort|applicants|candidates"
    r"|participants|trainees|students)\b",
    r"\btop\s*-?\s*\d+\s+(?:aus|von|unter|of)\s+(?:meinen|unseren|den|diesen|my|our|the)\s+"
    r"(?:\w+\s+)?(?:teilnehm|bewerb|kandidat|azubi|schüler|klient|tn\b|applicant|candidate"
    r"|participant|trainee|student)\w*",
    # … for a group: "Vergib Punkte für die Motivation meiner TN"
    r"\b(?:gib|vergib|geben\s+sie|vergeben\s+sie)\b[^.?!\n]{0,30}?\b(?:noten|punkte"
    rf"|sterne|scores?)\s+für\s+[^.?!\n]{{0,40}}?\b(?:meine[rn]?|unsere[rn]?|der|die|den"
    rf"|diese[rn]?|alle[rn]?|jede[rn]?)\s+(?:\w+\s+)?(?:{PERSON_NOUN}|tn\b)",
    rf"\b(?:gib|vergib|geben\s+sie|vergeben\s+sie)\s+(?:{TO_HIM}|{FIRST_NAME}\s)"
    rf"(?:\s*\w+){{0,2}}?\s*{GRADE}\b",
    rf"\b{GRADE}\s+(?:von|zwischen)\s+\d+\s*(?:bis|-|–|und)\s*\d+\s+für\s+",
    r"\b(?:gib|vergib|geben\s+sie|bewerte|benote|beurteile)\b[^.?!\n]{0,80}?\b(?:eine[rn]?\s+)?"
    rf"(?:{GRADE}|skala)\s+(?:von|zwischen)\s+\d+\s*(?:bis|-|–|und)\s*\d+",
    rf"\b(?:bewerte|benote|beurteile)\s+{NAMED}{GAP}\b(?:skala|punkten|schulnoten?"
    r"|\d+\s*(?:bis|-|–)\s*\d+)",
    rf"\b(?:welche|was\s+für\s+eine?)\s+{GRADE}\b{GAP}\b(?:{TO_HIM}|{FIRST_NAME}){GAP}"
    r"\b(?:geben|vergeben)\b",
    rf"\b(?:welche|was\s+für\s+eine?)\s+{GRADE}\s+(?:gibst|vergibst|würdest)\s+du\s+(?:{TO_HIM}"
    rf"|{FIRST_NAME})",
    # Delegating the decision: "Soll ich dem Jobcenter empfehlen, ihn zu sanktionieren?",
    # "Soll ich die Maßnahme für Tim abbrechen?" ("entscheide du": DELEGATION below)
    rf"\b{SHOULD}\b{GAP}\b(?:empfehlen|melden|vorschlagen|beantragen)\b{GAP}"
    rf"\b(?:sanktion\w*|sperr\w*|abbrechen|{TO_DECIDE})",
    rf"\b{SHOULD}\b{GAP}"
    r"\b(?:maßnahme|förderung|leistung|unterstützung|ausbildungsvertrag|vertrag)\w*\b"
    r"(?:[^.?!\n]{0,40}?)\b(?:abbrechen|beenden|streichen|kürzen|einstellen|verweigern"
    r"|kündigen)\b(?!\s+kann)",
    # Opinions on a person: "Wie schätzt du Jonas ein?", "Was hältst du von Tim als Azubi?",
    # "Würdest du Lena empfehlen?", "Hat er eine Chance als Pilot?", "… zumuten?"
    rf"\b(?:schätzt|schätzen|beurteilst|beurteilen|siehst|sehen)\s+(?:du|sie)\s+"
    rf"{ACCUSATIVE_PERSON}\s+(?:\w+\s+)?(?:ein|als)\b",
    rf"\bwas\s+(?:hältst|halten)\s+(?:du|sie)\s+von\s+{DATIVE_PERSON}",
    # … with the person closing the question: "Wie siehst du Herrn Szymański?", "wie findest
    # du ihn?", "Was denkst du über Frau Roth?" (not "wie siehst du Frau Roths Plan?": a thing
    # of hers)
    rf"\bwie\s+(?:siehst|sehen|findest|finden|erlebst|erleben)\s+(?:du|sie)\s+"
    rf"(?:(?:den|die)\s+)?{ACCUSATIVE_PERSON}\s*(?:[?!.,;:–—]|$)",
    rf"\bwas\s+(?:denkst|denken|meinst|meinen)\s+(?:du|sie)\s+(?:über|zu)\s+"
    rf"(?:(?:den|die)\s+)?(?:{ACCUSATIVE_PERSON}|{DATIVE_PERSON})\s*(?:[?!.,;:–—]|$)",
    # … as what a form or a report is to say ("Füll den Bogen für Jonas aus, so wie du ihn
    # einschätzt", "fill in the form the way you see her"): even in a task
    rf"\bwie\s+du\s+{ACCUSATIVE_PERSON}\s+(?:[^\W\d_]+\s+){{0,6}}?(?:einschätzt|siehst"
    r"|beurteilst|bewertest|erlebst|wahrnimmst)\b",
    r"\b(?:the\s+way|how)\s+you\s+(?:see|rate|judge|assess|read)\s+(?:him|her|them)\b",
    # (only a role or a place in between: "Lena eine Ausbildung empfehlen" is advice for Lena)
    rf"\b(?:würdest|würden|kannst|könntest|können)\s+(?:du|sie)\s+{ACCUSATIVE_PERSON}"
    r"(?:\s+(?:überhaupt|wirklich|eher|lieber|guten\s+gewissens))?(?:\s+(?:als|für|zur|zum|in"
    r"|im|bei|an|auf)\b[^.?!\n]{0,60}?)?\s+(?:empfehlen|nehmen|einstellen|ablehnen|auswählen"
    r"|vorziehen)\b",
    r"\b(?:welche[nrs]?|wen)\s+von\s+(?:den\s+)?(?:beiden|ihnen|\w+en)\b"
    rf"{GAP}\b(?:nehmen|einstellen|wählen|auswählen|empfehlen|vorziehen|ablehnen)\b",
    rf"\bhat\s+{SPECIFIC_PERSON}\s+(?:\w+\s+)?(?:eine|keine|überhaupt\s+eine)\s+chance",
    # Trusting someone, or with a charge: "Kann man dem Herrn Kaya vertrauen?", "Würdest du dem
    # Jonas die Verantwortung als Schichtführer übertragen?", "Kann man ihr die Gruppe
    # überlassen?" (the person is the dative right after the subject: not "die Betreuung von
    # Herrn Weber an eine Kollegin übergeben")
    rf"\b(?:kann|können|könnte|darf|würdest|würden)\s+(?:man|ich|wir|du|sie)\s+(?:(?:dem|der)\s+)?"
    rf"(?:{DATIVE_PERSON}|{DATIVE_PRONOUN}){GAP}\b(?:zumuten|zutrauen|anvertrauen|vertrauen)\b",
    rf"\b(?:kann|können|könnte|darf|würdest|würden)\s+(?:man|ich|wir|du|sie)\s+(?:(?:dem|der)\s+)?"
    rf"(?:{DATIVE_PERSON}|{DATIVE_PRONOUN})\s+(?:\S+\s+){{0,3}}?(?:(?:die|den|das|mehr)\s+)?(?:\S+\s+)?(?:{CHARGE}){GAP}"
    r"\b(?:übertragen|überlassen|übergeben|geben|anvertrauen)\b",
    # Worth promoting someone still: "Macht es Sinn, Frau Petrović noch zu fördern?"
    r"\b(?:macht|hat|lohnt)\s+(?:es|das)\s+(?:noch\s+|überhaupt\s+)?(?:sinn|sich)\b[\s,]+"
    rf"{ACCUSATIVE_PERSON}\s+(?:\w+\s+)?(?:noch|weiter|überhaupt)\s+(?:\w+\s+)?(?:zu\s+"
    r"(?:fördern|vermitteln|qualifizieren|betreuen|unterstützen)|in\s+\w+\s+zu\s+investieren)\b",
    # Worth it with a person named by a pronoun "dem"/"der" alone: "Lohnt sich das bei dem
    # überhaupt noch?", "bringt das was mit der?" (not "bei dem Betrieb")
    r"\b(?:lohnt|bringt|bringen)\s+(?:sich\s+)?(?:das|es)\b[^.?!\n]{0,30}?\b(?:bei|mit|für)\s+"
    r"(?:dem|der)\s*(?:$|[?!.,]|(?:überhaupt|noch|denn|wirklich|eigentlich|echt)\b)",
    rf"\b(?:glaubst|meinst|denkst)\s+du\b[\s,]+(?:dass\s+|ob\s+)?(?!(?:man|ich|wir|jede\w*"
    rf"|viele|alle|das|es)\b)(?:die|der|das)\s+[^\W\d_]+\s+{MANAGE}\b",
    r"\b(?:bewerte|benote|beurteile)\b[^.?!\n]{0,80}?\b(?:mit|in|nach|auf)\s+(?:schulnoten|noten"
    r"|punkten|sternen|einer\s+note|einer\s+skala)",
    # English
    # "should I kick him out of the course"
    r"\bshould\s+(?:I|we)\s+(?:kick|throw|chuck|boot)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\s+"
    r"(?:out|off)\b",
    r"\bshould\s+(?:I|we)\s+(?:drop|kick\s+out|remove|expel|exclude|sanction|accept|reject"
    r"|hire|admit|take\s+on|choose|pick)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))",
    r"\bshould\s+(?:he|she|(?-i:[A-Z][a-z]+))\s+(?:stay|leave|quit|drop\s+out|continue|start"
    r"|change|switch|give\s+up)\b",
    # "which applicant should get the place?"
    rf"\bwhich\s+(?:of\s+the\s+)?(?:{EN_PEOPLE}|one|person)s?\s+should\s+(?:get|receive|be\s+"
    r"(?:offered|given|chosen|picked|hired))\b",
    rf"\bwhich\s+(?:{EN_PEOPLE}|one|person)\s+should\s+(?:I|we)\s+(?:choose|pick|take|hire"
    r"|select|accept|reject)",
    r"\bwho\s+should\s+(?:get|receive|be\s+offered|be\s+chosen|(?:I|we)\s+(?:take|hire"
    r"|choose|pick|select))\b",
    r"\b(?:do\s+you\s+think|in\s+your\s+opinion)\b[^.?!\n]{0,40}?\b(?:he|she|they"
    r"|(?-i:[A-Z][a-z]+))\s+(?:is|are|would\s+be)\s+(?:\w+\s+)?(?:suitable|fit|qualified"
    r"|capable|good\s+enough|the\s+right)",
    r"\bwould\s+you\s+(?:hire|reject|accept|choose|pick|select|take\s+on|recommend)\s+(?:him"
    r"|her|them|(?-i:[A-Z][a-z]+))\b",
    r"\b(?:will|would|can|could)\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:make\s+it|manage"
    r"|cope|pass|succeed|handle|get\s+through|finish)",
    r"\bdo\s+you\s+think\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:can|will|could|would)"
    r"\s+(?:make\s+it|manage|cope|pass|succeed|handle|get\s+through|finish)",
    r"\b(?:is|are)\s+(?:he|she|they|(?-i:[A-Z][a-z]+)|(?:my|our|the|this)\s+\w+)\s+"
    r"(?:\w+\s+)?(?:smart|intelligent|clever|talented|gifted|mature|strong|resilient)\s+enough",
    r"\b(?:does|do)\s+(?:he|she|they|(?-i:[A-Z][a-z]+))\s+have\s+what\s+it\s+takes",
    r"\bwho\s+(?:is|would\s+be|'s)\s+(?:the\s+)?(?:better|best|more\s+suitable|stronger"
    r"|smarter)\b(?!\s+paid)",
    r"\b(?:give|assign)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\s+(?:a\s+)?(?:score|grade|mark"
    r"|rating)\b",
    r"\b(?:rate|score|grade)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))\b",
    rf"\bshould\s+(?:I|we)\s+(?:recommend|suggest|report|request)\b{GAP}"
    r"\b(?:sanction\w*|cut\w*|end|terminate|stop|exclude|expel)",
    r"\b(?:his|her|their)\s+(?:iq|intelligence)\b",
)


# A decision handed over in so many words ("entscheide du", "triff du die Entscheidung", "you
# decide"): a verdict only when the request names someone or has notes on someone; "Entscheide
# du, ob wir das Gruppenangebot dienstags machen" hands over a plan (see judgement.py).
DELEGATION: tuple[str, ...] = (
    r"\bentscheide(?:\s+du|n\s+sie)\b(?!\s+(?:mich|uns|selbst))",
    r"(?<!ich\s)(?<!\bdas\s)\bentscheide\b(?!\s+(?:ich|mich|uns|selbst|das))",
    r"\btriff\s+(?:du\s+)?(?:die|eine|diese)\s+entscheidung",
    r"\b(?:mach|triff|fäll|fälle)\s+(?:du\s+)?(?:die|eine|diese|das)\s+(?:entscheidung|urteil)",
    r"(?<!can\s)(?<!could\s)(?<!would\s)\b(?:you|u)\s+decide\b|\bdecide\s+for\s+me\b"
    r"|\bmake\s+the\s+(?:decision|call)\s+for",
)


@cache
def delegation_pattern() -> re.Pattern[str]:
    """The decision handed over in so many words (``DELEGATION``)."""
    joined = "|".join(f"(?:{p})" for p in DELEGATION)
    return re.compile(rf"(?=[^\W\d_])(?<![^\W\d_])(?:{joined})", re.IGNORECASE)


@cache
def decision_pattern() -> re.Pattern[str]:
    """One scan for all patterns; the leading lookahead lets the regex engine skip to word
    starts. The router reads only the request part of a message (at most 1,000 characters)."""
    joined = "|".join(f"(?:{p})" for p in PATTERNS).replace(KNOWN_NAME, known_name())
    return re.compile(rf"(?=[^\W\d_])(?<![^\W\d_])(?:{joined})", re.IGNORECASE)
