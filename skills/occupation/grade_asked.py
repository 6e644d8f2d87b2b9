"""A school grade asked for as what an occupation takes: "Welche Note braucht man für die
Polizei?", "welchen Schnitt brauche ich für Erzieher?", "Gibt es einen Notendurchschnitt, den
man für Industriekauffrau haben muss?".

The catalogue records no grades (employers and schools choose their trainees); what it has
is the usual school certificate, so such a question is answered as one about the entry
requirements."""

from __future__ import annotations

import re

# The grade words; "im Schnitt" is a hedge ("Was verdient man im Schnitt?"), no grade.
GRADE = (
    r"(?:noten?|notendurchschnitt|notenschnitt|durchschnittsnote|abschlussnote"
    r"|(?:mathe|deutsch|englisch)(?:-|\s)?noten?|(?<!im\s)(?:durch)?schnitt|grades?|gpa)"
)
# What a grade asked for as a requirement is said with (needing, having, being enough)
_NEEDING = (
    r"(?:braucht|brauche|brauch|brauchst|benötigt|benoetigt|muss|müssen|muessen|sollte"
    r"|reicht|genügt|genuegt|haben|mitbringen|need|needed|required)"
)
ASKS_GRADE = re.compile(
    rf"\b{GRADE}\b[^.?!\n]{{0,50}}\b{_NEEDING}\b|\b{_NEEDING}\b[^.?!\n]{{0,30}}\b{GRADE}\b",
    re.IGNORECASE,
)
