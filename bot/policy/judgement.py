"""Requests to judge, rank or decide about a specific person (GDPR Art. 22, EU AI Act Annex III).

A request counts only when it is about a particular person: "Ist mein Klient geeignet ...?",
"Soll ich die Bewerberin ablehnen?", "Ranke die Bewerber". General questions about an occupation
are lookups, not judgements, and do not count - including "Für wen ist eine Ausbildung als
Pilot geeignet?", which asks for a profile, not for a verdict on someone.

Indirect requests count as well: whether someone will manage ("Schafft Tim das?"), intelligence
or aptitude ("Ist sie intelligent genug?"), comparing or grading people ("Wer ist besser, Anna
oder Ben?", "Gib ihm eine Note") and handing the decision over ("entscheide du", "Soll ich dem
Jobcenter empfehlen, ihn zu sanktionieren?"). A first name is only taken as a person where
the sentence leaves no room for a noun ("ob Tim … schafft", "traust du Lena … zu").

The engine refuses what matches, so the patterns err on the side of precision: everyday tasks
that mention a client ("Soll ich der Klientin absagen?", "Reihenfolge der Themen für das
Gespräch mit der Klientin") must not match. Each pattern stays within one sentence.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.policy.judgement_advice import recommends_someone, set_aside_advice, set_aside_help
from bot.policy.judgement_aside import set_aside_rules_and_counterparts
from bot.policy.judgement_asked import asks_about_someone
from bot.policy.judgement_cues import asks_to_judge, cue_patterns, names_someone, sentences
from bot.policy.judgement_frame import could_judge, frames_a_verdict
from bot.policy.judgement_handover import hands_over_a_decision
from bot.policy.judgement_names import with_known_names
from bot.policy.judgement_verdict import asks_for_a_verdict
from bot.word_trie import trie_alternation
from bot.yaml_data import load_yaml

# Up to 80 characters of the same sentence (no ".", "?", "!" or line break).
_GAP = r"[^.?!\n]{0,80}?"
# People a counsellor may ask about: stems with their inflection and gender endings only, so
# that compounds such as "Kundenservice" or "Personalabteilung" do not count.
_PERSON_NOUN = (
    r"(?:klient|kund|teilnehmer|teilnehmend|bewerber|bewerbend|kandidat|schüler|azubi"
    r"|auszubildend|jugendlich|ratsuchend|praktikant|mitarbeiter|person|ehrenamtlich|junge"
    r"|mädchen|sohn|tochter|student|studierend|absolvent|umschüler|rehabilitand|lehrling"
    r"|arbeitslos|arbeitsuchend|erwerbslos|geflüchtet)"
    r"(?:innen|\*innen|:innen|in|en|er|e|n|s)?\b"
)
# A specific person: "mein Klient", "die neue Klientin", "diese Bewerberin", "Herr Weber", "er".
_DETERMINER = (
    r"(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer|unseres"
    r"|der|die|den|dem|des|dieser|diese|diesen|diesem|dieses)"
)
# A common first name from first_names.yaml, filled in when the pattern is compiled.
_KNOWN_NAME = "\u27e8NAME\u27e9"
_SPECIFIC_PERSON = (
    rf"(?:\b{_DETERMINER}\s+(?:[^\W\d_]+\s+)?{_PERSON_NOUN}"
    r"|\b(?:herrn?|hr\.|frau|fr\.)\s*(?-i:[A-ZÄÖÜ])(?:[^\W\d_]+|\.)"  # capitalised, or "T."
    rf"|\b{_KNOWN_NAME}"
    r"|\b(?-i:er|sie|ihn|ihm|Er|Ihn|Ihm)\b)"  # "Sie" with a capital is the polite "you"
)
# Whom one recommends, takes or judges (accusative): not "ihm"/"dem Klienten", to whom one
# recommends something.
_ACCUSATIVE_PERSON = (
    rf"(?:\b(?:meinen|meine|unseren|unsere|den|die|diesen|diese)\s+(?:[^\W\d_]+\s+)?"
    rf"{_PERSON_NOUN}|\b(?:herrn|frau)\s+(?-i:[A-ZÄÖÜ])[^\W\d_]+|\b{_KNOWN_NAME}"
    r"|\b(?-i:sie|ihn)\b)"
)
_DATIVE_PERSON = (
    rf"(?:\b(?:meinem|meiner|unserem|unserer|dem|der|diesem|dieser)\s+(?:[^\W\d_]+\s+)?"
    rf"{_PERSON_NOUN}|\b(?:herrn|frau)\s+(?-i:[A-ZÄÖÜ])[^\W\d_]+|\b{_KNOWN_NAME}"
    r"|\b(?-i:ihm|ihr)\b)"
)
_GROUP_OF_PEOPLE = (
    rf"(?:meinen|meiner|unseren|unserer|den|der|diesen|dieser|allen|aller)\s+(?:[^\W\d_]+\s+)?"
    rf"{_PERSON_NOUN}"
)
# Judgements written down as a document, and the verbs that order one to be produced.
_WRITTEN_JUDGEMENT = (
    r"\b(?:eignungs(?:beurteilung|gutachten|einschätzung|prognose|bewertung|urteil)"
    r"|leistungsbeurteilung|persönlichkeitsprofil|persönlichkeitsgutachten)\w*\b"
)
_PRODUCE = (
    r"(?:schreib|erstell|verfass|formulier|entwirf|mach|gib|liefer|write|draft|create|give)\w*\b"
)
_PRODUCED = (
    r"(?:schreiben|erstellen|verfassen|formulieren|entwerfen|machen|geben|liefern|schreibst"
    r"|erstellst|verfasst|machst|gibst)"
)
_SUITABLE = (
    r"(?:un)?(?:geeignet|tauglich|fähig|qualifiziert|belastbar|intelligent|begabt|talentiert"
    r"|ausbildungsreif|ausbildungsfähig|berufsreif|vermittelbar|leistungsstark|leistungsschwach)"
    r"[^\W\d_]*"
)
# A first name, as counsellors write them ("Tim", "Anna-Lena", "Tim (15)"); only used where the
# sentence leaves no room for a noun ("ob Tim … schafft", "traust du Lena … zu").
_FIRST_NAME = (
    r"(?!(?-i:Sie|Ihnen|Ihr|Ich|Du|Man|Wir|Es|Das|Die|Der)\b)"
    r"(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:\s*\(\d{1,2}\))?"
)
_NAMED = rf"(?:{_SPECIFIC_PERSON}|\b{_FIRST_NAME})"
_TO_HIM = rf"(?:ihm|ihr|ihnen|dem|der|den)\b|{_KNOWN_NAME}"
_COMPARATIVE = (
    r"(?:besser(?!\s+bezahlt)|geeigneter|stärker|klüger|fähiger|fitter|belastbarer|motivierter"
    r"|zuverlässiger|talentierter|begabter|passender|reifer|schlauer|leistungsfähiger"
    r"|qualifizierter|engagierter|eher\s+geeignet|am\s+besten|am\s+geeignetsten)"
)
# Decisions in the infinitive with "zu": "empfehlen, ihn abzulehnen"
_TO_DECIDE = (
    r"(?:abzulehnen|aufzunehmen|anzunehmen|zuzulassen|einzustellen|auszuwählen|abzubrechen"
    r"|auszuschließen|rauszuwerfen|zu\s+(?:kündigen|entlassen|sanktionieren|streichen|kürzen"
    r"|sperren|beenden|verweigern|bewilligen|genehmigen))"
)
_CLEVER = r"(?:intelligent|klug|schlau|begabt|talentiert|reif|stark|belastbar|fit|motiviert)"
_ASSESS = (
    r"(?:schätz\w*|einschätz\w*|beurteil\w*|glaubst|glauben\s+sie|meinst|meinen\s+sie|denkst"
    r"|denken\s+sie|sag\s+mir|sagen\s+sie\s+mir|prognostizier\w*|tippst)"
)
_GRADE = r"(?:note|schulnote|noten|punkte|punktzahl|bewertung|score|sterne|rating)"
_TRAITS = r"(?:Eignung|Befähigung|Leistungsfähigkeit|Belastbarkeit|Persönlichkeit|Charakter)"
_DECIDE = (
    r"(?:ablehnen|aufnehmen|annehmen|zulassen|einstellen|auswählen|kündigen|entlassen"
    r"|sanktionieren|ausschließen|rauswerfen|rausnehmen|herausnehmen|nehmen|werfen"
    r"|rausschmeißen|abmelden)"
)
_MANAGE = (
    r"(?:schaffen|schafft|packen|packt|bestehen|besteht|durchhalten|hält\s+\w+\s+durch"
    r"|durchhält|hinkriegen|hinkriegt|hinbekommen|hinbekommt|kriegt\s+\w+\s+hin|durchziehen"
    r"|durchzieht|zieht\s+\w+\s+durch|meistern|meistert|stemmen|stemmt|wuppen|wuppt"
    r"|durchstehen|durchsteht|klarkommen|klarkommt|zurechtkommen|zurechtkommt)"
)
_SHOULD = r"(?:soll|sollen|sollte|sollten)\s+(?:ich|wir)"
_RATHER = r"(?:lieber|eher|direkt|gleich|schon|jetzt|noch|überhaupt|wirklich|sofort|rather)"
_EN_PEOPLE = r"(?:client|candidate|applicant|participant|student|trainee|customer|apprentice)"

# Every pattern starts at the beginning of a word.
_PATTERNS: tuple[str, ...] = (
    # "Ist mein Klient geeignet für ...", "Hältst du ihn für geeignet?"
    rf"\b(?:ist|wäre|sind|wären|(?:h[aä]lt\w*|findest|finden)(?:\s+(?:du|sie|ihr))?)\s+"
    rf"{_SPECIFIC_PERSON}{_GAP}\b{_SUITABLE}",
    # "Eignet sich meine Klientin für ...", "Passt er in den Beruf?"
    rf"\b(?:eignet|eignen|passt)\s+(?:sich\s+)?{_SPECIFIC_PERSON}",
    # "Welcher meiner Teilnehmer ist am besten ...", "Wer von meinen Klienten eignet sich ..."
    rf"\b(?:welche[rsmn]?|wer)\s+(?:von\s+)?{_GROUP_OF_PEOPLE}{_GAP}"
    r"\b(?:am\s+besten|am\s+ehesten|am\s+geeignetsten|am\s+meisten|besser|eher|eignet)",
    # "Bewerte die Eignung von ...", "Beurteile meinen Klienten", "Schätze ein, ob er ..."
    r"\b(?:bewerte|beurteile|bewerten\s+sie|beurteilen\s+sie|schätze|schätzen\s+sie"
    r"|evaluiere|benote)(?:\s+ein)?[\s,:]+(?:bitte\s+)?(?:ob\s+)?"
    rf"(?:(?:die\s+)?{_TRAITS}|{_SPECIFIC_PERSON})",
    # "Kannst du meinen Klienten einschätzen?"
    rf"\b(?:kannst\s+du|können\s+sie|bitte)\s+{_SPECIFIC_PERSON}\s+"
    r"(?:einschätzen|beurteilen|bewerten|benoten)\b",
    # "Soll ich die Bewerberin ablehnen?", "Sollen wir Herrn Weber einstellen?"
    rf"\b{_SHOULD}{_GAP}{_SPECIFIC_PERSON}{_GAP}\b{_DECIDE}\b",
    # "Wen soll ich nehmen?"
    rf"\bwen\s+{_SHOULD}{_GAP}\b(?:{_DECIDE}|nehmen)\b",
    # "Ranke die Bewerber", "Sortiere meine Teilnehmer nach Eignung"
    r"\b(?:ranke|ranken|sortiere|sortieren|ordne|ordnen|priorisiere|priorisieren)\s+"
    rf"(?:die|meine|unsere|alle|diese)?\s*(?:[^\W\d_]+\s+)?{_PERSON_NOUN}",
    # "Erstelle eine Rangliste der Teilnehmer", "ein Ranking von meinen 5 Azubis"
    rf"\b(?:rangfolge|rangliste|ranking|reihenfolge)\s+{_GROUP_OF_PEOPLE}",
    r"\b(?:rangfolge|rangliste|ranking|reihenfolge)\s+(?:von|für|unter|aus)\s+(?:meinen|unseren|den"
    rf"|diesen|allen)\s+(?:\d+\s+)?(?:[^\W\d_]+\s+)?{_PERSON_NOUN}",
    # "Kann er das schaffen?", "Wird die Klientin die Prüfung bestehen?"
    rf"\b(?:kann|könnte|wird|würde|schafft|packt)\s+{_SPECIFIC_PERSON}{_GAP}\b{_MANAGE}\b",
    # "Glaubst du, dass sie die Ausbildung schafft?"
    r"\b(?:glaubst|meinst|denkst|glauben|meinen|denken)\s+(?:du|sie)\b[\s,]+(?:dass|ob)\s+"
    rf"{_SPECIFIC_PERSON}{_GAP}\b{_MANAGE}\b",
    # English: "Is my client suitable for ...", "Is she fit for ..."
    rf"\b(?:is|are|would)\s+(?:(?:my|our|this|that|the)\s+(?:\w+\s+)?{_EN_PEOPLE}s?|he|she"
    rf"|{_KNOWN_NAME})"
    rf"{_GAP}\b(?:suitable|fit|qualified|right\s+for|good\s+enough|capable"
    r"|cut\s+out)",
    # "rank my clients", "sort the applicants"
    r"\b(?:rank|sort|order|rate|score|compare|shortlist)\s+(?:my|our|the|these|those|all)?"
    rf"\s*(?:\w+\s+)?{_EN_PEOPLE}s\b",
    # "rank my group by motivation"
    r"\b(?:rank|sort|order|rate|score)\s+(?:my|our|the|this|that)\s+(?:\w+\s+)?(?:group|class"
    r"|course|cohort|team)\s+by\b",
    # "Which of my candidates is the best?"
    r"\bwhich\s+(?:one\s+)?of\s+(?:my|our|the|these)\s+\w+\s+(?:is|would\s+be)\s+"
    r"(?:the\s+)?(?:best|most\s+suitable|better)",
    # "Should I reject him?", "Should we hire the applicant?"
    r"\bshould\s+(?:I|we)\s+(?:reject|accept|hire|admit|select|dismiss|fire|turn\s+down"
    rf"|take\s+on)\s+(?:him|her|them|(?:my|our|this|that|the)\s+(?:\w+\s+)?{_EN_PEOPLE})",
    # "Assess the suitability of ...", "Can he handle the apprenticeship?"
    r"\b(?:assess|evaluate|judge|rate)\s+(?:the\s+|his\s+|her\s+)?(?:suitability|aptitude"
    r"|potential|personality|character)\b",
    r"\bcan\s+(?:he|she|my\s+client)\s+(?:handle|cope\s+with|pass|succeed)",
    # Indirect judgements. Whether someone will manage: "Schätz bitte ein, ob Tim (15) die
    # Ausbildung schaffen kann", "Was meinst du, ob Anna das packt?", "schafft er das?"
    rf"\b{_ASSESS}(?:\s+(?:du|sie|bitte|mal|ein|doch))*[\s,:]+(?:ob|dass)\s+{_NAMED}{_GAP}"
    rf"\b(?:{_MANAGE}|{_SUITABLE}|[^\W\d_]+\s+genug|taugt|taugen|passt)",
    rf"\bob\s+{_SPECIFIC_PERSON}{_GAP}\b(?:taugt|geeignet\s+ist|belastbar\s+genug)",
    rf"\b(?:glaubst|meinst|denkst)\s+du[\s,]+{_NAMED}\s+{_MANAGE}\b",
    rf"\b(?:schafft|packt|besteht|meistert)\s+{_NAMED}\s+(?:\w+\s+)?(?:das|es|die|den)\b",
    rf"\b(?:schafft|packt)\s+es\s+{_NAMED}\b",
    rf"\b(?:kann|könnte|wird|würde)\s+\b{_FIRST_NAME}{_GAP}\b{_MANAGE}\b",
    rf"\bchancen?\b{_GAP}\b(?:dass|ob)\s+{_NAMED}{_GAP}\b{_MANAGE}",
    rf"\b(?:kann|könnte|wird|würde)\b{_GAP}\b{_KNOWN_NAME}{_GAP}\b{_MANAGE}\b",
    # Deciding someone's course for them: "Soll Dennis die Ausbildung abbrechen?"
    rf"\bsollt?e?\s+{_SPECIFIC_PERSON}\s+(?:\w+\s+){{0,4}}?(?:abbrechen|beenden|aufgeben"
    r"|hinschmeißen|schmeißen|kündigen|wechseln|anfangen|beginnen|annehmen|ablehnen|werden"
    r"|aufhören|hinwerfen|weitermachen"
    r"|studieren|wählen)\b",
    # "Passt die Ausbildung zu Tim?" (a verdict; "Welche Berufe passen zu Tim?" asks for a list)
    rf"(?:^|[.!?:]\s*)passt\s+(?:die|der|das|eine?)\s+[^\W\d_]+\s+(?:zu|für)\s+"
    rf"{_SPECIFIC_PERSON}",
    # … with more words before the person: "passt der Job im Callcenter zu ihr?"
    rf"(?:^|[.!?:]\s*)passt\s+(?:die|der|das|eine?)\s+[^\W\d_]+(?:\s+[^\W\d_]+){{1,3}}?\s+zu\s+"
    rf"(?:{_SPECIFIC_PERSON}|\b(?-i:ihr)\b)",
    # "Mach mir eine Reihenfolge, wer am besten passt", "…, wer eher geeignet ist" (an
    # indirect question after a comma, a colon or "sag mir"; not "Wer am besten passt,
    # entscheidet der Betrieb")
    r"(?:(?<=[,:]\s)|(?<=[,:])|(?<=\bmir\s)|(?<=\buns\s))wer\s+(?:von\s+(?:den\s+)?\w+\s+)?(?:am\s+besten|am\s+ehesten|am\s+geeignetsten"
    r"|besser|eher)\s+(?:passt|passen\s+würde|reinpasst|geeignet\s+(?:ist|wäre)|ins\s+team\s+passt)",
    # … the occupation talked about as "das": "passt das zu ihr?", "Würde das zu Lena passen?"
    # ("zu": whether a date suits someone is "passt das ihr" or "für sie")
    rf"(?:^|(?<=[.!?:,]\s)|(?<=[.!?:,]))(?:und\s+)?passt\s+(?:das|es|dies|sowas)\s+(?:\w+\s+)?zu\s+"
    rf"(?:{_SPECIFIC_PERSON}|(?-i:ihr|ihm)\b|{_FIRST_NAME})",
    rf"\b(?:würde|wird|könnte|dürfte)\s+(?:das|es|dies)\s+(?:\w+\s+)?zu\s+"
    rf"(?:{_SPECIFIC_PERSON}|(?-i:ihr|ihm)\b|{_FIRST_NAME})\s+passen\b",
    # "…, sag mir wer am stärksten ist" (a superlative of merit, not "wer am nächsten wohnt")
    r"(?:(?<=[,:]\s)|(?<=[,:])|(?<=\bmir\s)|(?<=\buns\s))wer\s+(?:von\s+(?:den\s+)?\w+\s+)?am\s+"
    r"(?:besten|stärksten|schwächsten|schlechtesten|fähigsten|klügsten|schlausten|schlauesten"
    r"|motiviertesten|zuverlässigsten|belastbarsten|talentiertesten|begabtesten|fittesten"
    r"|geeignetsten|reifsten)\s+(?:ist|wäre|sind)\b",
    # "Empfiehlst du, dass ich Herrn Jankowski für die Weiterbildung vorschlage?"
    r"\b(?:empfiehlst|rätst)\s+du\b[\s,]+(?:mir\s+)?(?:dass|ob)\s+(?:ich|wir)\s+"
    rf"{_SPECIFIC_PERSON}{_GAP}\b(?:{_DECIDE}|vorschlage|vorschlagen|anmelde|anmelden|einlade"
    r"|einladen|vermittle|vermitteln|nehme|einstelle|ablehne|aufnehme)\b",
    # A suitability or potential analysis asked for a person: "Mach eine Eignungsanalyse für
    # Kevin als Fachinformatiker", "Erstelle ein Persönlichkeitsprofil von Frau Roth"
    r"\b(?:eignungs(?:analyse|einschätzung|beurteilung|bewertung|prognose|check|profil|gutachten"
    r"|diagnose|test)|potenzialanalyse|potentialanalyse|persönlichkeitsprofil|kompetenzprofil"
    r"|stärken-?schwächen-?(?:analyse|profil)|suitability\s+(?:assessment|analysis|check|test)"
    rf"|personality\s+profile)\w*\s+(?:für|von|über|zu|zur|zum|for|of|on)\s+{_SPECIFIC_PERSON}",
    # Sending a person on, decided by the assistant: "Würdest du Marie zum
    # Vorstellungsgespräch schicken?", "Würden Sie Herrn Ali in die Maßnahme stecken?"
    # (the direction right after the person: "Würdest du Frau Klein eine Erinnerung zum
    # Termin schicken?" sends a text, not her)
    rf"\b(?:würdest\s+du|würden\s+sie|would\s+you)\s+{_NAMED}\s+(?:{_RATHER}\s+){{0,2}}"
    r"(?:zum|zur|ins|in\s+die|in\s+den|in\s+eine|auf\s+die|to\s+the|to\s+an?|into\s+the)\s+"
    r"(?:\w+\s+){0,2}?(?:schicken|stecken|vermitteln|einladen|anmelden|send|put|invite)\b",
    rf"\b(?:würdest\s+du|würden\s+sie|would\s+you)\s+{_NAMED}\s+(?:\w+\s+){{0,3}}?"
    r"(?:nehmen|einstellen|auswählen|ablehnen|hire|take\s+on|choose)\b",
    # Weighing whether to propose someone, then asking: "Ich überlege, ob ich Frau Schulz die
    # Maßnahme empfehle oder nicht. Was denkst du?"
    r"\b(?:überlege|frage\s+mich|bin\s+(?:mir\s+)?unsicher|weiß\s+(?:nicht|noch\s+nicht))\b"
    # (not "ob ich Frau Schulz die Unterlagen schicke / den Dienstag vorschlage": tasks)
    rf"[\s,]+ob\s+(?:ich|wir)\s+{_NAMED}{_GAP}\b(?:empfehle|empfehlen|anmelde|anmelden|nehme"
    r"|nehmen|vermittle|vermitteln|einstelle|ablehne)\b",
    # "Sag mir, ob ich Tim nehmen soll"
    rf"\bob\s+(?:ich|wir)\s+{_SPECIFIC_PERSON}{_GAP}\b{_DECIDE}\s+(?:soll|sollen|sollte)\b",
    rf"\bhat\s+{_NAMED}\s+(?:\w+\s+)?das\s+(?:zeug\b|(?:potenzial|potential|talent)\s+zu)",
    # "Hat Herr Kaya Führungsqualitäten?", "Hat er Talent?" (not "Führungserfahrung": a fact)
    rf"\bhat\s+{_SPECIFIC_PERSON}\s+(?:\w+\s+)?(?:führungs(?:qualität|potenzial|potential"
    r"|stärke|kompetenz|talent)\w*|talent|potenzial|potential|begabung)\b",
    # … also with a name typed in lower case: "kann jonas das abi schaffen"
    r"\b(?:kann|könnte|wird|würde)\s+(?!(?:man|ich|du|wir|ihr|es|sie|er|das|die|der|den|dem"
    r"|ein\w*|jede\w*|jemand|mein\w*|sich|viele|alle)\b)[^\W\d_]+\s+(?:das|die|den|es)\b"
    rf"{_GAP}\b{_MANAGE}\b",
    rf"\btrau(?:st|en|t)\s+(?:du|sie|ihr)\s+(?:{_TO_HIM}|{_FIRST_NAME}){_GAP}\bzu\b",
    rf"\b(?:würdest|würden|kannst|könntest)\s+(?:du|sie)\s+(?:{_TO_HIM}|{_FIRST_NAME}){_GAP}"
    r"\bzutrauen\b",
    # Intelligence or aptitude: "Ist sie intelligent genug?", "Wie begabt ist Tim?", "IQ"
    rf"\b(?:ist|sind|wäre|wären)\s+{_NAMED}\s+(?:\w+\s+)?{_CLEVER}\w*\s+genug\b",
    rf"\bwie\s+{_CLEVER}\w*\s+(?:ist|sind|wäre|wirkt|scheint|erscheint)\s+{_NAMED}",
    r"\b(?:sein|seine|seinen|ihr|ihre|ihren)\s+(?:iq|intelligenz\w*)\b",
    rf"\b(?:iq|intelligenz\w*)\s+(?:von|des|der)\s+{_NAMED}",
    rf"\bhat\s+{_NAMED}\s+(?:einen\s+)?(?:\w+\s+)?iq\b",
    # Comparing or ranking people: "Wer ist besser, Anna oder Ben?", "Ist Anna besser als Ben?"
    r"\bwer\s+(?:von\s+(?:den\s+)?(?:beiden|ihnen|\w+en)\s+)?(?:ist|wäre|passt|eignet\s+sich)"
    rf"\s+(?:\w+\s+)?{_COMPARATIVE}",
    rf"\b(?:ist|wäre)\s+{_NAMED}\s+(?:\w+\s+)?{_COMPARATIVE}\s+als\s+",
    # Choosing among people: "Wähl aus, welche zwei der fünf Teilnehmenden den Platz bekommen"
    r"\b(?:welche[rsn]?|wer)\b(?:\s+\w+){0,3}?\s+(?:der|von\s+den|meiner|unserer|dieser)\s+"
    rf"(?:\w+\s+)?{_PERSON_NOUN}{_GAP}\b(?:bekommen|bekommt|kriegen|kriegt|erhalten|erhält"
    r"|nehmen|nimmt)\b",
    # Naming the candidates first: "Ben oder Tim – wer bekommt den Platz?"
    rf"\b{_KNOWN_NAME}\s*(?:,\s*{_KNOWN_NAME}\s*)*(?:oder|or|und|and)\s+{_KNOWN_NAME}"
    r"[^.?!\n]{0,60}?\b(?:wer|wen|welche[rn]?|who|which)\b[^.?!\n]{0,40}?\b(?:bekommt|kriegt"
    r"|erhält|bekommen|kriegen|erhalten|nehmen|nimmt|besser|eher|geeigneter|am\s+besten|gets"
    r"|better|best)",
    # "Wird aus Jonas ein guter Mechatroniker?"
    rf"\bwird\s+aus\s+{_SPECIFIC_PERSON}\s+(?:\w+\s+)?(?:ein|eine)\s+(?:gute[rn]?|richtige[rn]?"
    r"|erfolgreiche[rn]?)\b",
    rf"\b(?:nehmen|einstellen|wählen|auswählen|vorziehen)\b[^.?!\n]{{0,40}}?{_KNOWN_NAME}\s+"
    rf"(?:oder|or)\s+{_KNOWN_NAME}",
    rf"\b{_KNOWN_NAME}\s+(?:nehmen|einstellen|wählen|auswählen)\s+oder\s+{_KNOWN_NAME}",
    # "Welche der drei Bewerberinnen würdest du einladen?", "Wem soll ich den Platz geben?",
    # "Should we give the place to Kemal or to Sara?"
    rf"\b(?:welche[nrs]?|wen)\s+(?:der|von\s+(?:den|meinen|unseren|diesen)?)\s*(?:\w+\s+)?"
    rf"{_PERSON_NOUN}{_GAP}\b(?:würdest|würden|soll|sollte|sollen)\s+(?:du|sie|ich|wir)\b{_GAP}"
    r"\b(?:nehmen|einstellen|wählen|auswählen|empfehlen|vorziehen|ablehnen|einladen"
    r"|vorschlagen|vermitteln|zusagen|absagen)\b",
    r"\bwem\s+(?:würdest|würden|soll|sollte|sollen)\s+(?:du|sie|ich|wir)\b[^.?!\n]{0,40}?\b"
    r"(?:den|die|das|eine?n?)\s+(?:\w+\s+)?(?:platz|stelle|ausbildungsplatz|praktikumsplatz"
    r"|lehrstelle|zusage|chance|job|förderung|gutschein)\w*\s+(?:\w+\s+){0,3}?(?:geben|vergeben"
    r"|anbieten|zusagen)\b",
    r"\bgive\s+(?:the|this|that|our)\s+(?:\w+\s+)?(?:place|spot|job|position|apprenticeship"
    r"|placement|offer|internship)\s+to\s+(?:him|her|(?-i:[A-Z][a-z]+))\s+or\b",
    # "Welcher Bewerber soll die Stelle bekommen?", "Welche Teilnehmerin ist am besten?"
    rf"\bwelche[rsn]?\s+(?:\w+\s+)?{_PERSON_NOUN}\s+(?:soll|sollte|darf|kann)\b{_GAP}"
    r"\b(?:bekommen|kriegen|erhalten|nehmen|machen)\b",
    rf"\bwelche[rsn]?\s+(?:\w+\s+)?{_PERSON_NOUN}\s+(?:ist|wäre|passt|eignet\s+sich)\b"
    rf"(?:\s+\w+)?\s+{_COMPARATIVE}",
    # A written judgement asked of the assistant: "Schreib eine Eignungsbeurteilung für Hr.
    # Klein", "ein Eignungsgutachten für Tim erstellen"; not one named as a document someone
    # else wrote ("…, dass wir die Leistungsbeurteilung brauchen": the comma keeps them apart).
    rf"\b{_PRODUCE}[^.?!\n,;]{{0,40}}?{_WRITTEN_JUDGEMENT}",
    rf"{_WRITTEN_JUDGEMENT}[^.?!\n,;]{{0,40}}?\b{_PRODUCED}\b",
    # Grading or scoring: "Gib ihm eine Note", "Punkte von 1–10 für die Bewerberin"
    rf"\b(?:gib|vergib|geben\s+sie|vergeben\s+sie)\s+(?:{_TO_HIM}|{_FIRST_NAME}\s)"
    rf"(?:\s*\w+){{0,2}}?\s*{_GRADE}\b",
    rf"\b{_GRADE}\s+(?:von|zwischen)\s+\d+\s*(?:bis|-|–|und)\s*\d+\s+für\s+",
    r"\b(?:gib|vergib|geben\s+sie|bewerte|benote|beurteile)\b[^.?!\n]{0,80}?\b(?:eine[rn]?\s+)?"
    rf"(?:{_GRADE}|skala)\s+(?:von|zwischen)\s+\d+\s*(?:bis|-|–|und)\s*\d+",
    rf"\b(?:bewerte|benote|beurteile)\s+{_NAMED}{_GAP}\b(?:skala|punkten|schulnoten?"
    r"|\d+\s*(?:bis|-|–)\s*\d+)",
    rf"\b(?:welche|was\s+für\s+eine?)\s+{_GRADE}\b{_GAP}\b(?:{_TO_HIM}|{_FIRST_NAME}){_GAP}"
    r"\b(?:geben|vergeben)\b",
    # Delegating the decision: "entscheide du", "Soll ich dem Jobcenter empfehlen, ihn zu
    # sanktionieren?", "Soll ich die Maßnahme für Tim abbrechen?"
    r"\bentscheide(?:\s+du|n\s+sie)\b(?!\s+(?:mich|uns|selbst))",
    r"(?<!ich\s)(?<!\bdas\s)\bentscheide\b(?!\s+(?:ich|mich|uns|selbst|das))",
    r"\btriff\s+(?:du\s+)?(?:die|eine|diese)\s+entscheidung",
    rf"\b{_SHOULD}\b{_GAP}\b(?:empfehlen|melden|vorschlagen|beantragen)\b{_GAP}"
    rf"\b(?:sanktion\w*|sperr\w*|abbrechen|{_TO_DECIDE})",
    rf"\b{_SHOULD}\b{_GAP}"
    r"\b(?:maßnahme|förderung|leistung|unterstützung|ausbildungsvertrag|vertrag)\w*\b"
    r"(?:[^.?!\n]{0,40}?)\b(?:abbrechen|beenden|streichen|kürzen|einstellen|verweigern"
    r"|kündigen)\b(?!\s+kann)",
    # Opinions on a person: "Wie schätzt du Jonas ein?", "Was hältst du von Tim als Azubi?",
    # "Würdest du Lena empfehlen?", "Hat er eine Chance als Pilot?", "… zumuten?"
    rf"\b(?:schätzt|schätzen|beurteilst|beurteilen|siehst|sehen)\s+(?:du|sie)\s+"
    rf"{_ACCUSATIVE_PERSON}\s+(?:\w+\s+)?(?:ein|als)\b",
    rf"\bwas\s+(?:hältst|halten)\s+(?:du|sie)\s+von\s+{_DATIVE_PERSON}",
    # (only a role or a place in between: "Lena eine Ausbildung empfehlen" is advice for Lena)
    rf"\b(?:würdest|würden|kannst|könntest|können)\s+(?:du|sie)\s+{_ACCUSATIVE_PERSON}"
    r"(?:\s+(?:überhaupt|wirklich|eher|lieber|guten\s+gewissens))?(?:\s+(?:als|für|zur|zum|in"
    r"|im|bei|an|auf)\b[^.?!\n]{0,60}?)?\s+(?:empfehlen|nehmen|einstellen|ablehnen|auswählen"
    r"|vorziehen)\b",
    r"\b(?:welche[nrs]?|wen)\s+von\s+(?:den\s+)?(?:beiden|ihnen|\w+en)\b"
    rf"{_GAP}\b(?:nehmen|einstellen|wählen|auswählen|empfehlen|vorziehen|ablehnen)\b",
    rf"\bhat\s+{_SPECIFIC_PERSON}\s+(?:\w+\s+)?(?:eine|keine|überhaupt\s+eine)\s+chance",
    rf"\b(?:kann|können|darf)\s+(?:man|ich|wir)\s+{_DATIVE_PERSON}{_GAP}\b(?:zumuten|zutrauen)\b",
    # Worth promoting someone still: "Macht es Sinn, Frau Petrović noch zu fördern?"
    r"\b(?:macht|hat|lohnt)\s+(?:es|das)\s+(?:noch\s+|überhaupt\s+)?(?:sinn|sich)\b[\s,]+"
    rf"{_ACCUSATIVE_PERSON}\s+(?:\w+\s+)?(?:noch|weiter|überhaupt)\s+(?:\w+\s+)?(?:zu\s+"
    r"(?:fördern|vermitteln|qualifizieren|betreuen|unterstützen)|in\s+\w+\s+zu\s+investieren)\b",
    # Worth it with a person named by a pronoun "dem"/"der" alone: "Lohnt sich das bei dem
    # überhaupt noch?", "bringt das was mit der?" (not "bei dem Betrieb")
    r"\b(?:lohnt|bringt|bringen)\s+(?:sich\s+)?(?:das|es)\b[^.?!\n]{0,30}?\b(?:bei|mit|für)\s+"
    r"(?:dem|der)\s*(?:$|[?!.,]|(?:überhaupt|noch|denn|wirklich|eigentlich|echt)\b)",
    rf"\b(?:glaubst|meinst|denkst)\s+du\b[\s,]+(?:dass\s+|ob\s+)?(?!(?:man|ich|wir|jede\w*"
    rf"|viele|alle|das|es)\b)(?:die|der|das)\s+[^\W\d_]+\s+{_MANAGE}\b",
    r"\b(?:bewerte|benote|beurteile)\b[^.?!\n]{0,80}?\b(?:mit|in|nach|auf)\s+(?:schulnoten|noten"
    r"|punkten|sternen|einer\s+note|einer\s+skala)",
    r"\b(?:mach|triff|fäll|fälle)\s+(?:du\s+)?(?:die|eine|diese|das)\s+(?:entscheidung|urteil)",
    # English
    r"\bshould\s+(?:I|we)\s+(?:drop|kick\s+out|remove|expel|exclude|sanction|accept|reject"
    r"|hire|admit|take\s+on|choose|pick)\s+(?:him|her|them|(?-i:[A-Z][a-z]+))",
    r"\bshould\s+(?:he|she|(?-i:[A-Z][a-z]+))\s+(?:stay|leave|quit|drop\s+out|continue|start"
    r"|change|switch|give\s+up)\b",
    rf"\bwhich\s+(?:{_EN_PEOPLE}|one|person)\s+should\s+(?:I|we)\s+(?:choose|pick|take|hire"
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
    r"(?<!can\s)(?<!could\s)(?<!would\s)\b(?:you|u)\s+decide\b|\bdecide\s+for\s+me\b"
    r"|\bmake\s+the\s+(?:decision|call)\s+for",
    rf"\bshould\s+(?:I|we)\s+(?:recommend|suggest|report|request)\b{_GAP}"
    r"\b(?:sanction\w*|cut\w*|end|terminate|stop|exclude|expel)",
    r"\b(?:his|her|their)\s+(?:iq|intelligence)\b",
)
_NAMES = Path(__file__).with_name("first_names.yaml")


@cache
def decision_pattern() -> re.Pattern[str]:
    """One scan for all patterns; the leading lookahead lets the regex engine skip to word
    starts. The router reads only the request part of a message (at most 1,000 characters)."""
    joined = "|".join(f"(?:{p})" for p in _PATTERNS).replace(_KNOWN_NAME, _known_name())
    return re.compile(rf"(?=[^\W\d_])(?<![^\W\d_])(?:{joined})", re.IGNORECASE)


@cache
def _known_name() -> str:
    names = load_yaml(_NAMES.read_text(encoding="utf-8"))["names"]
    # A trie, not an alternation of 400 names: it is repeated in dozens of patterns.
    names_pattern = trie_alternation(str(n) for n in names)
    return rf"{names_pattern}s?(?![^\W\d_])(?:\s*\(\d{{1,2}}\))?"  # "Tims Chancen"


@cache
def person_pattern() -> re.Pattern[str]:
    """A specific person in German or English (for :mod:`bot.policy.judgement_cues`)."""
    english = rf"\b(?:he|she|him|his|her|(?:my|our|this|the|these)\s+(?:\w+\s+)?{_EN_PEOPLE}s?)\b"
    abbreviations = r"\b(?-i:TN|Kl\.|Hr\.|Fr\.)"
    # "seine Bewerbung": the person's own (lower case: "Ihre" is the polite "your")
    # ("erfolgreich sein?" is the verb: a possessive stands before a word)
    possessive = (
        r"\b(?-i:sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)\b(?=\s+[^\W\d_])"
    )
    titles = r"\b(?:mr|mrs|ms|miss)\.?\s+(?-i:[A-Z])"
    # Counsellors' shorthand: a person noun with an age in brackets ("Klientin (23) wirkt …").
    aged = rf"\b{_PERSON_NOUN}\s*\(\d{{1,2}}\b"
    person = f"{_SPECIFIC_PERSON}|{english}|{abbreviations}|{possessive}|{titles}|{aged}"
    person = person.replace(_KNOWN_NAME, _known_name())
    return re.compile(person, re.IGNORECASE)


def is_decision_request(text: str, material: str = "") -> bool:
    """Whether ``text`` asks the AI to judge, rank or decide about a specific person.

    ``material``: what the request works on (pasted notes before a closing question); a person
    named there is whom a question without a person of its own is about ("… Schafft er das?",
    "dein Urteil: echte Chance?")."""
    person = person_pattern()
    # (any given name of the personal-data gazetteer counts as a name the patterns know)
    text, material = with_known_names(text), with_known_names(material)
    text = set_aside_advice(text, person)  # things to recommend to someone: no verdict on them
    text = set_aside_help(text)  # how the counsellor can help someone: advice, not a verdict
    text = set_aside_rules_and_counterparts(text)  # a minimum age; a colleague by role
    if decision_pattern().search(text) is not None:
        return True
    # (the notes are only searched for people when the request could be a judgement at all)
    about_someone = bool(material) and could_judge(text) and mentions_someone(material, person)
    return (
        asks_to_judge(text, person, about_someone)
        or frames_a_verdict(text, person, about_someone)
        or recommends_someone(text, person)
        or hands_over_a_decision(text, person)
        or asks_for_a_verdict(text, person)
        or asks_about_someone(text, person)
    )


def mentions_someone(material: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``material`` (its first 2,000 characters) names a specific
    person."""
    english = cue_patterns().english
    return any(names_someone(part, person, english) for part in sentences(material[:2_000]))
