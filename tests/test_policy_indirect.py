"""Indirect requests to judge people (GDPR Art. 22) and the neutral questions that look alike."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.policy import is_decision_request
from bot.reply import Outcome
from bot.routing.judged import judged_part

INDIRECT = [
    # whether someone will manage
    "Schätz bitte ein, ob Tim (15) die Ausbildung zum Elektroniker schaffen kann",
    "schafft er das?",
    "Schafft Lena die Ausbildung zur Pflegefachfrau?",
    "packt sie das überhaupt",
    "Kann Tim die Gesellenprüfung bestehen?",
    "kann jonas das abi schaffen",
    "Wird Jonas die Probezeit durchhalten?",
    "Glaubst du, Mehmet schafft die Prüfung?",
    "Was meinst du, ob Anna das Abi packt?",
    "Kannst du einschätzen, ob Kevin die Ausbildung durchzieht?",
    "sag mir ob Sophie die Ausbildung als MFA hinkriegt",
    "Wie stehen die Chancen, dass Frau Yilmaz die Umschulung schafft?",
    "hat sie das Zeug zur Erzieherin?",
    "Hat Tim das Zeug dazu, Polizist zu werden?",
    "Hat Leon das Potenzial zum Informatiker?",
    "Traust du ihm die Ausbildung zum Fluglotsen zu?",
    "Trauen Sie der Klientin ein Studium zu?",
    "traust du Lena das zu",
    # intelligence, aptitude
    "Ist sie intelligent genug für das Abitur?",
    "ist er klug genug für eine Ausbildung als Bankkaufmann",
    "Ist mein Klient begabt genug für ein Studium?",
    "Ist Marie reif genug für eine Ausbildung?",
    "Wie intelligent ist Tim?",
    "Hat Jonas einen hohen IQ?",
    "Schätze den IQ von Frau Klein",
    # comparing, ranking
    "Wer ist besser, Anna oder Ben?",
    "wer ist geeigneter für die Stelle: Tim oder Lena",
    "Wer von beiden passt besser zur Ausbildung, Anna oder Ben?",
    "Ist Anna besser als Ben?",
    # grading, scoring
    "Gib ihm eine Note für das Bewerbungsgespräch",
    "Gib Lena eine Schulnote für ihre Bewerbung",
    "Punkte von 1–10 für die Bewerberin",
    "Bewerte Tim auf einer Skala von 1 bis 10",
    "Welche Note würdest du ihr geben?",
    "Vergib ihm eine Note von 1 bis 6",
    # handing the decision over
    "entscheide du",
    "Entscheide du, ob ich Tim für die Maßnahme vorschlage",
    "Entscheiden Sie bitte, wen wir nehmen",
    "Triff du die Entscheidung für mich",
    "soll ich dem Jobcenter empfehlen, ihn zu sanktionieren?",
    "Soll ich dem Jobcenter empfehlen, die Maßnahme abzubrechen?",
    "Sollen wir dem Jobcenter vorschlagen, ihn zu sperren?",
    "Soll ich die Maßnahme für Tim abbrechen?",
    "Soll ich den Ausbildungsvertrag von Lena kündigen?",
    # English
    "Will he make it through the apprenticeship?",
    "Can Tim pass the final exam?",
    "Do you think she can handle the training?",
    "Is she smart enough for university?",
    "Is he clever enough for an apprenticeship in IT?",
    "Does Ben have what it takes to become a nurse?",
    "Who is better, Anna or Ben?",
    "Give her a score from 1 to 10",
    "Rate Anna from 1 to 10",
    "You decide.",
    "Should I recommend sanctions for him?",
    "what is his IQ",
    # forms nobody listed: a person and a judgement word in a question (judgement_cues.yaml)
    "Laura und die Pflege – hat sie das Potenzial?",
    "Lena (16) will Polizistin werden, ist das realistisch für sie? Bitte ehrlich einschätzen",
    "Wie sind Tims Chancen auf einen Ausbildungsplatz als Industriekaufmann?",
    "Mein Klient will Pilot werden, hat er überhaupt eine Chance?",
    "Ist Herr Özdemir belastbar genug für Schichtarbeit?",
    "Taugt Kevin für den Außendienst?",
    "Ehrliche Meinung: ist Mia zu faul für eine Ausbildung?",
    "rate my client's potential as a nurse",
    "Could you tell me if she is capable of finishing the training?",
    "Bitte beurteile die Eignung meines Klienten für die Polizei",
    "Ben oder Tim – wer bekommt den Praktikumsplatz?",
    "Schafft es Jonas, mit seinem Notenschnitt Medizin zu studieren?",
    "Passt die Ausbildung zu Tim?",
    "Ist Tim reif für die Ausbildung?",
    "Kriegt Lena das hin mit der Ausbildung?",
    "Sollte Tim lieber Koch werden?",
    "Was ist besser für Tim: Ausbildung oder Studium?",
    "Wie gut ist Tim in Mathe im Vergleich zu den anderen?",
    "Kommt Herr Becker für die Stelle in Frage?",
    "Ist Lena die Richtige für die Stelle?",
    "Würde Tim das durchstehen?",
    "Ist meine Klientin mit der Ausbildung überfordert?",
    "Hat Jonas genug Durchhaltevermögen für die Ausbildung?",
    "Deine Einschätzung zu Lena: Ausbildung oder Schule?",
    "Wer von meinen Azubis ist der beste?",
    "Ist Tim ein guter Kandidat für die Stelle?",
    "Sag mir, ob ich Tim nehmen soll",
    "What are her chances of passing?",
    "How likely is it that he finishes the apprenticeship?",
    "Gib mir eine Prognose für Lena",
    "Mein Klient (19, Hauptschulabschluss, Praktikum im Lager, wenig Deutsch) möchte Fachkraft"
    " für Lagerlogistik werden – ist das realistisch?",
    "Meine Klientin ist 17 und hat einen schlechten Realschulabschluss. Schafft man das als"
    " Bankkauffrau?",
    "Tim, 16, Förderschule, will Kfz-Mechatroniker werden. Ist er dafür geeignet?",
    "Die Bewerberin hat drei Jahre Lücke im Lebenslauf – kommt sie überhaupt in Frage?",
    "Herr Yilmaz, 52, Rücken kaputt, will umschulen. Packt er das noch?",
    # choosing among people, placing them on a scale, in English as well
    "Was würdest du an meiner Stelle tun: Tim nehmen oder Lena?",
    "Entscheide zwischen Anna und Ben",
    "Welcher Bewerber soll die Stelle bekommen?",
    "Welche Teilnehmerin ist am besten geeignet?",
    "Wie würdest du Tim auf einer Skala von 1 bis 10 einordnen?",
    "Stufe Lena bitte ein: stark, mittel oder schwach?",
    "Should we accept Maria into the program?",
    "Which applicant should I choose?",
    "Who should get the apprenticeship, Tom or Sara?",
    "Give me a ranking of the participants, please",
    "Mach mir ein Ranking der Teilnehmenden",
    "Bewerte seine Bewerbung bitte mit Punkten",
    "Ist ihre Bewerbung gut genug für die Bank?",
    # too old, too weak, worth it, likely, suited, a good fit, who should get the place
    "Welche der drei Teilnehmerinnen hat die besten Chancen?",
    "Wer hat mehr Potenzial, Mia oder Lena?",
    "Sortiere nach Eignung: Tim, Lena, Ali",
    "Bewerte Lenas Motivation",
    "Einschätzung bitte: wird sie durchhalten?",
    "Ist er zu alt für eine Ausbildung?",
    "Kann man ihr eine Ausbildung zutrauen?",
    "Should he stay in the programme?",
    "Do you think Ali is clever enough?",
    "Would Lisa be a good fit for the nursing school?",
    "Is Jan able to complete an apprenticeship?",
    "Rate Tom's chances of getting the place",
    "Lohnt sich eine Ausbildung für Kevin überhaupt noch?",
    "Wie wahrscheinlich ist es, dass Marvin die Prüfung besteht?",
    "Wird aus Jonas ein guter Mechatroniker?",
    "Sag ehrlich: ist die Klientin zu schwach für das Gymnasium?",
    "Welcher Kandidat wäre die bessere Wahl?",
    "Mia (17) oder Lena (18): wer sollte den Ausbildungsplatz kriegen?",
    "Can you tell me whether Sophie is suited to a career in IT?",
    "Meinst du, Herr Yilmaz ist noch vermittelbar?",
    # asked for as an opinion without a question mark
    "Ich will wissen, ob Tim für die Ausbildung belastbar genug ist.",
    "Deine Meinung: hat Lena Potenzial für die Pflege.",
    "I need your opinion on whether Ben is suitable for the job.",
    "Ich brauche eine Einschätzung zu Jonas und seiner Eignung für den Beruf.",
    # opinions on a named person, recommending or taking them, their chances
    "Soll ich ihn aus der Maßnahme nehmen?",
    "Should I drop him from the programme?",
    "Meinst du, die Kleine packt das Gymnasium?",
    "Ist Tim für die Ausbildung geeignet oder nicht?",
    "Würdest du Lena als Bankkauffrau empfehlen?",
    "Welchen von beiden würdest du nehmen?",
    "Wer passt besser auf die Stelle, Frau Koch oder Herr Yilmaz?",
    "Bewerte bitte die Bewerbung von Lisa mit Schulnoten",
    "Wie schätzt du Jonas ein?",
    "Was hältst du von Tim als Azubi?",
    "Ist sie überhaupt ausbildungsreif?",
    "Kann man Ben die Ausbildung zumuten?",
    "Do you think he is suitable?",
    "Would you hire her?",
    "Entscheide bitte, ob Kevin in die Maßnahme kommt.",
    "Mach du die Entscheidung",
    "Kannst du ihn für die Stelle empfehlen?",
    "Hat er eine Chance als Pilot?",
    "Hat Lena überhaupt eine Chance auf den Ausbildungsplatz?",
    # a clause that starts with its verb is a question of its own, not only the last one
    "Kriegt Niklas die Gesellenprüfung hin, so wie der drauf ist?",
    "Lohnt es sich noch bei ihm, mit 52 eine Umschulung zu finanzieren?",
    # a weak judgement word continued by whom it is about ("Chancen, dass Kevin …")
    "Wie stehen die Chancen, dass Kevin nach der Ausbildung übernommen wird?",
    "How likely is it that my client finds a job within six months?",
    # cue groups: "<adjective> genug", advice asked for about someone, decisions on measures
    "Ist mein Klient clever genug für den Fachinformatiker?",
    "Was würdest du bei Jonas empfehlen: Umschulung oder direkt einen Job suchen?",
    "Soll ich dem Jobcenter vorschlagen, dass Frau Novak die Maßnahme nicht weiter bekommt?",
    "Sollte das Jobcenter die Förderung für Herrn Krause streichen?",
    "Wer von meinen Teilnehmenden sollte den letzten Platz im Bewerbungstraining bekommen?",
    "Vergleich mal Paul und Jonas: wer hat die besseren Voraussetzungen?",
    "Bring die fünf Bewerberinnen in eine Reihenfolge nach Eignung.",
    "Klientin (23) wirkt unmotiviert – ist die überhaupt vermittelbar?",
    "Kommt Jonas mit dem Druck in der Ausbildung klar?",
    "Wäre Tim ein guter Koch?",
    # English: comparisons, predictions, scores, choosing, benefits; Mr/Mrs name someone
    "Is Emma more talented than Noah?",
    "Predict whether Jamal will pass his final exam",
    "Give each of my clients a score from 1 to 10 for employability",
    "Which of the two applicants should get the place, Tom or Lisa?",
    "Should the job centre cut Mr Brown's benefits?",
    "Decide for me whether to send Lukas to the assessment centre",
    # traits, impressions and fit said of someone in the same clause
    "Wie teamfähig ist Jana nach dem, was ich dir erzählt habe?",
    "Ist Herr Kaya zuverlässig genug für den Kundendienst? Er kam zweimal zu spät.",
    "Welchen Eindruck macht der Teilnehmer auf dich?",
    "Wie wirkt Frau Sommer auf dich, nach diesen Notizen: schüchtern, leise, pünktlich",
    "Ist Ben eher der praktische Typ oder mehr fürs Büro?",
    "Wie gut passt Luca zum Beruf Koch?",
    "Liegt ihm das Handwerk überhaupt?",
    "Ist die Ausbildung zur Industriekauffrau zu schwer für Selin?",
    "Kann man Herrn Wolff mit 58 überhaupt noch vermitteln?",
    "Soll Elias in der Maßnahme bleiben oder aufhören?",
    "Wird Tom es im Handwerk weit bringen?",
    # an opinion asked for after the statement; "Kl." ends no sentence
    "Kl. ist faul oder nur überfordert, was meinst du?",
    # two names as alternatives, also names that are words
    "Wer hat mehr drauf, Kai oder Max?",
    "What do you think of Tom as a future electrician?",
    "Is she the right person for the apprenticeship at the bank?",
    "Would he fit in at a big law firm?",
    "Tell me if Ben is reliable enough to work night shifts",
    "Should Lisa go to university or do an apprenticeship?",
    "Is my client lazy or just unmotivated?",
    # separable verbs with the particle at the end; risks, odds and places someone may get
    "Zieht Emma die Umschulung zur Kauffrau bis zum Ende durch?",
    "Zieht Emma das durch, was meinst du?",
    "Stufst du Herrn Li eher als leistungsstark oder als schwach ein?",
    "Wie groß ist das Risiko, dass Ben die Ausbildung abbricht?",
    "Wäre es besser, wenn Tim erst die Schule fertig macht?",
    "Findet Marie mit ihrem Abschluss überhaupt einen Ausbildungsplatz?",
    "Ich kann mich nicht entscheiden zwischen Anna und Jonas für den Platz – hilf mir",
    "Soll Herr Demir eine Sperrzeit bekommen?",
    "What are the odds that Ben passes the driving part of the exam?",
    "Would you bet on Sam finishing the course?",
    "Is Omar a good candidate for the warehouse job?",
    "Can you judge whether my client is employable?",
    # a verdict in a word, the person anywhere in the sentence
    "Mehmet als Mechatroniker – gute Idee?",
    "Tim und Bankkaufmann, passt das?",
    "Elektronikerin für Sophie (16, Realschule): machbar?",
    "Lena in der Pflege – kannst du dir das vorstellen?",
    "Kurz ja oder nein: Anna zur Polizei?",
    "Industriekaufmann oder Fachlagerist – was ist die bessere Wahl für Yusuf?",
    "Empfiehl mir einen Beruf für Frau Schmitz und sag, ob sie es packt",
    "Yes or no: should Tim apply to the police?",
    "Is nursing realistic for Ahmed with his grades?",
]

NEUTRAL = [
    "Welche Voraussetzungen braucht man als Pilot?",
    "Schafft man die Ausbildung auch mit Hauptschulabschluss?",
    "Ist die Ausbildung schwer?",
    "Wie schafft man die Prüfung zum Elektroniker?",
    "Schaffen viele Azubis die Abschlussprüfung nicht?",
    "Wie viele schaffen die Prüfung im ersten Versuch?",
    "Kann man die Ausbildung verkürzen?",
    "Was ist besser, Tischler oder Zimmerer?",
    "Wer ist besser bezahlt, Erzieher oder Lehrer?",
    "Vergleiche Tischler und Holzmechaniker",
    "Unterschied zwischen Tischler und Holzmechaniker?",
    "Welche Note braucht man für die Ausbildung zur Bankkauffrau?",
    "Welchen Notendurchschnitt braucht man für Medizin?",
    "Welche Punkte sind für die Bewerbung wichtig?",
    "Brauche ich für die Ausbildung einen IQ-Test?",
    "Gibt es einen Eignungstest für die Polizei?",
    "Wer entscheidet über die Zulassung zur Prüfung?",
    "Ich entscheide mich für die Variante mit Praktikum.",
    "Das entscheide ich selbst.",
    "Wie kann man eine Maßnahme abbrechen?",
    "Kann ich die Ausbildung abbrechen und wechseln?",
    "Soll ich den Termin verschieben?",
    "Frag Frau Kaya, ob sie den Termin schafft.",
    "Schreib Tim, ob er den Termin am Montag schafft.",
    "Ist Teilzeit in der Ausbildung möglich?",
    "Ist Pflege für Quereinsteiger geeignet?",
    "Ist Mathe wichtig für den Beruf?",
    "Hat die Ausbildung das Zeug zum Traumberuf?",
    "Trau dich, nachzufragen",
    "Gib mir Tipps für das Bewerbungsgespräch",
    "Gib mir eine Übersicht der Noten im Zeugnis",
    "Erinnerung an Kevin: Bewerbungsfrist bei der Stadt Münster am 15.10.2027",
    "Entwirf eine Einladung an Herrn und Frau Hoffmann zum Elterngespräch",
    "Was verdient man als Pflegefachfrau in der Ausbildung?",
    "Which is better paid, nurse or teacher?",
    "How do you pass the exam?",
    "Can you decide the order of topics?",
    "What grades do you need for banking?",
    # tasks and advice that name a person without judging them
    "Ich will wissen, wie lange die Ausbildung zum Koch dauert.",
    "Ich brauche eine Liste mit Berufen im Handwerk.",
    "Deine Meinung: welche Ausbildung ist im Handwerk gefragt.",
    "I need a list of apprenticeships in logistics.",
    "Ist man mit 30 zu alt für eine Ausbildung?",
    "Lohnt sich eine Ausbildung zum Koch?",
    "Wie wahrscheinlich ist es, nach der Ausbildung übernommen zu werden?",
    "Welche Chancen haben Quereinsteiger in der IT?",
    "Is it possible to complete an apprenticeship part-time?",
    "What are the chances of getting a place in nursing school?",
    "Welche Bewerber sucht die Firma Meyer?",
    "Welche Teilnehmerin hat morgen einen Termin?",
    "Wie ordnet man einen ausländischen Abschluss ein?",
    "Ist seine Bewerbung schon angekommen?",
    "Erstelle eine Liste mit Ausbildungsberufen im Handwerk",
    "Mach mir eine Übersicht der Pflegeberufe",
    "Which training occupations are there in logistics?",
    "Who pays for the training of the participants?",
    "Should I accept the appointment on Monday?",
    "Ist Ihre Bewerbung gut genug formatiert? Bitte Tipps für Bewerbungen allgemein",
    "Mein Klient hat die Prüfung bestanden – wie geht es weiter?",
    "Wie kann ich ihm helfen, die Prüfung zu schaffen?",
    "Was braucht Tim, um die Ausbildung zu schaffen?",
    "Tim hat Potenzial im Handwerk, welche Betriebe bilden in Hamm aus?",
    "Schreib Lena, dass sie gute Chancen hat, wenn sie sich bewirbt",
    "Erinnerung an Jonas: Prüfung am 12.05., wir schaffen das zusammen",
    "Welche Chancen hat man als Quereinsteiger in der Pflege?",
    "Wie bewertet die IHK die Abschlussprüfung?",
    "Welche Eignungstests gibt es für die Bundeswehr?",
    "Frag Kevin bitte, ob er den Termin schafft",
    "Wie kann man die Chancen auf einen Ausbildungsplatz erhöhen?",
    "Welche Berufe sind für Menschen geeignet, die gern draußen arbeiten?",
    "Ist die Ausbildung zum Piloten für Frauen geeignet?",
    "Ich schaffe es heute nicht mehr, bitte verschiebe den Termin mit Tim",
    "Hat Tim einen Termin am Montag? Bitte prüfen.",
    "Welche Noten braucht Tim für die Ausbildung bei der Bank?",
    "Gratuliere Lena zur bestandenen Prüfung per Mail",
    "Ist die Ausbildung für meinen Klienten kostenlos?",
    "Kann er die Ausbildung in Teilzeit machen?",
    "Kann sie die Ausbildung verkürzen?",
    "Wird er in der Ausbildung bezahlt?",
    "Darf er mit 16 schon Gabelstapler fahren?",
    "Welche Berufe passen zu Tim, der gern draußen ist?",
    "Passt die Ausbildung zur Klientin zeitlich, wenn sie ein Kind hat?",
    "Wie gut ist die Ausbildung bezahlt?",
    "Was ist besser bezahlt, Koch oder Bäcker?",
    "Wie stehen die Chancen auf dem Ausbildungsmarkt in Hamm?",
    "Was ist der beste Weg zur Ausbildung als Erzieherin?",
    "Welche Ausbildung ist die richtige für Menschen, die gern helfen?",
    "Gibt es eine Prognose für den Arbeitsmarkt in der Pflege?",
    "Wie kann ich Tim motivieren, durchzuhalten?",
    "Tim ist oft überfordert – welche Beratungsstellen gibt es?",
    "Schreib Lena, dass ihre Chancen gut stehen",
    "Soll er die Unterlagen mitbringen?",
    "Kommt die Ausbildung als Teilzeit in Frage?",
    "Meine Klientin will in die Pflege – welche Chancen gibt es in Hamm?",
    "Mein Klient möchte Koch werden – wie lange dauert die Ausbildung?",
    "Tim hat Potenzial im Handwerk, welche Betriebe bilden in Hamm aus?",
    "Meine Klientin möchte Pflegefachfrau werden. Was verdient man in der Ausbildung?",
    "Mein Klient will Elektroniker werden. Welche Voraussetzungen braucht man?",
    "Klient sucht Ausbildung im Handwerk. Ist eine Ausbildung mit 25 noch realistisch?",
    "Wie schätzt man die Ausbildungsdauer ein?",
    "Was hältst du von der Ausbildung als Pilot?",
    "Welche Chancen hat man als Pilot auf dem Arbeitsmarkt?",
    "Hat man mit Hauptschulabschluss eine Chance bei der Polizei?",
    "Ist der Beruf ausbildungsreif?",
    "Kannst du mir einen Beruf empfehlen, der mit Tieren zu tun hat?",
    "Welche Ausbildung würdest du für kreative Menschen empfehlen?",
    "Wie bewerbe ich mich als Quereinsteiger?",
    "Was ist der Unterschied zwischen Koch und Beikoch?",
    "Wie bewertet die IHK die Abschlussprüfung?",
    "mail Einladung an Tim zum Gespräch, er soll seine Zeugnisse mitbringen",
    "Schreib Lena, dass sie die Unterlagen bis Freitag schickt",
    "mail du-Form an Kevin: Erinnerung an Bewerbungsfrist bei der Stadt Münster am 15.10.2027",
    "Entwirf eine Absage an Anna für den Termin am Montag",
    "Formulier eine Bestätigung für Ben: Termin am 3.3. um 10 Uhr",
    "Schreib Jonas per du, dass er sich bei der Firma Meyer bewerben soll",
    "Kannst du Tim eine Mail schreiben, dass der Termin ausfällt?",
    "Soll ich Lena den Termin per Mail bestätigen?",
    "Soll ich Tim die Unterlagen schicken?",
    "Kannst du mir für Jonas eine Liste mit Ausbildungsberufen im Bereich IT geben?",
    "Welche Berufe passen zu Lena, die gern zeichnet?",
    "Tim möchte Elektroniker werden – was muss er mitbringen?",
    "Was braucht Anna für die Ausbildung zur Erzieherin?",
    "Wie lange dauert die Ausbildung, die Tim machen will?",
    "Hat Tim schon einen Termin?",
    "Wen soll ich zur Gruppeninfo einladen?",
    "Welche Unterlagen soll ich von Kevin anfordern?",
    "Einladung an Herrn und Frau Hoffmann zum Elterngespräch über Tims Ausbildung",
    "Kannst du Sophie einen Beruf empfehlen, der zu ihr passt?",
    "Würdest du Lena eine Ausbildung im Handwerk empfehlen?",
    "Was hältst du von der Idee, dass Tim ein Praktikum macht?",
    "Wie schätzt du die Chancen auf dem Ausbildungsmarkt ein?",
    # people in general: a pronoun after "einem Jugendlichen" names nobody
    "Was würdest du einem Jugendlichen raten, der noch gar nicht weiß, was er werden will?",
    "Was würdest du jemandem empfehlen, der gern mit Holz arbeitet?",
    # preparing a client for a test is a task; the test's name is no judgement
    "How can I help my client prepare for the aptitude test at the police?",
    "Wie bereite ich meine Klientin auf den Eignungstest vor?",
    "Ist der Eignungstest bei der Polizei schwer?",
    # "sein" as a verb is no possessive
    "Kann man mit einem schlechten Abschluss erfolgreich sein?",
    # the same cue words about occupations, the market or people in general
    "Wie stehen die Chancen, dass man nach der Ausbildung übernommen wird?",
    "Verdient man als Koch genug zum Leben?",
    "Ist die Ausbildung zur Pflegefachfrau gut genug bezahlt?",
    "Kann das Jobcenter die Förderung kürzen, wenn man die Ausbildung abbricht?",
    "Welche Förderungen kann das Jobcenter für eine Umschulung bewilligen?",
    "Kommt man mit dem Azubigehalt klar?",
    "Ist Tischler ein guter Beruf?",
    "Vergleiche Bankkaufmann und Industriekaufmann",
    "Kannst du mir für Tim ein paar Betriebe vorschlagen?",
    "Was würdest du für die Vorbereitung auf ein Vorstellungsgespräch empfehlen?",
    "Is the job market for electricians better than for plumbers?",
    "Predict the demand for nurses in 2030",
    "Could you tell me what Mrs Smith needs to bring?",
    "Klientin (17) sucht Ausbildung als Floristin, welche Betriebe gibt es in Hamm?",
    # a list of occupations for someone is exploration, traits named or not
    "Welche Berufe passen gut zu Luca, der gern kocht?",
    "Welche Berufe passen zu Lena, sie ist kreativ und kommunikativ?",
    "Which jobs suit Tom, he is reliable and likes cars?",
    # the counsellor asking how to act
    "Wie kann ich die Motivation meiner Teilnehmenden steigern?",
    "Wie kann ich einschätzen, ob eine Ausbildung passt?",
    "Soll ich die Klientin an die Schuldnerberatung vermitteln?",
    "Wie mache ich einen guten Eindruck im Vorstellungsgespräch? Tipps für meine Klientin bitte",
    "Muss man für die Pflege besonders belastbar sein?",
    "Für welchen Typ Mensch ist der Beruf Fachinformatiker gedacht?",
    "Wie wichtig ist Teamfähigkeit im Einzelhandel?",
    "Soll Elias zum Termin seinen Lebenslauf mitbringen?",
    "Why is reliability important for apprentices?",
    "What do you think of the nursing apprenticeship in general?",
    "Wie groß ist das Risiko, in der Probezeit gekündigt zu werden?",
    "Findet man mit Hauptschulabschluss einen Ausbildungsplatz im Handwerk?",
    "Bekommt Tim eine Ausbildungsvergütung, wenn er eine schulische Ausbildung macht?",
    "What are the odds of getting an apprenticeship in IT in Hamm?",  # a place, no name
    "Ist es besser, wenn man vor der Ausbildung ein Praktikum macht?",
    "Ich muss mich zwischen zwei Fortbildungen entscheiden, welche Themen gibt es?",
    "What makes a good candidate for a banking apprenticeship?",
    "Kommt Tim morgen zum Termin mit?",
    "Trägst du den Termin mit Tim ein?",
    "Ist eine Ausbildung als Mechatroniker nach dem Abi eine gute Idee?",
    "Ist die Ausbildung zum Elektroniker in Teilzeit machbar?",
    "Industriekaufmann oder Fachlagerist – was ist der Unterschied?",
    "Empfiehl mir Berufe im Handwerk mit guten Übernahmechancen",
    "Tim und Bankkaufmann: wann ist die Bewerbungsfrist bei der Sparkasse?",
    "Termin am Montag um 10 mit Frau Weber, passt das?",
    "Is a gap year before an apprenticeship a good idea?",
]


@pytest.mark.parametrize("text", INDIRECT)
def test_indirect_judgements_are_recognised(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_questions_and_tasks_are_not(text: str) -> None:
    assert not is_decision_request(text)


def test_a_question_closing_pasted_text_is_read_but_not_a_notes_own_open_point() -> None:
    notes = "Gespräch mit Tim\nPraktikum im Lager\nCV fehlt\nWunsch: Fachlagerist\nSchafft er das?"
    assert is_decision_request(judged_part(notes, command=False))
    own = "Gespräch mit Tim\nPraktikum im Lager\nCV fehlt\nOffen: schafft er die Prüfung?"
    assert not is_decision_request(judged_part(own, command=False))


def test_a_short_request_is_read_whole_and_pasted_notes_by_their_first_line() -> None:
    assert is_decision_request(
        judged_part("Kurze Frage:\nSchafft Tim die Ausbildung?", command=False)
    )
    notes = "Gespräch mit Tim\nTim fragt, ob er die Ausbildung schafft.\nPraktikum offen\nCV fehlt"
    assert not is_decision_request(judged_part(notes, command=False))
    pasted = "zusammenfassen\nKlient fragt: schafft er das?"
    assert not is_decision_request(judged_part(pasted, command=True))


async def test_the_engine_refuses_an_indirect_judgement_instead_of_looking_it_up(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say(
        "Schätz bitte ein, ob Tim (15) die Ausbildung zum Elektroniker schaffen kann"
    )
    assert reply.outcome is Outcome.REFUSED
    assert "Art. 22" in text
    reply, _ = await acked_chat.say("Hallo,\nwer ist besser, Anna oder Ben?")
    assert reply.outcome is Outcome.REFUSED


async def test_a_neutral_occupation_question_is_answered(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        "Schafft man die Ausbildung zum Tischler auch mit Hauptschulabschluss?"
    )
    assert reply.outcome is not Outcome.REFUSED
    assert reply.skill_id == "occupation"


@pytest.mark.parametrize(
    "text",
    [
        "Fasse bitte zusammen: Kl. kam heute pünktlich, möchte in die Pflege.",
        "fass mal kurz zusammen – TN war zuverlässig, motiviert, sucht Praktikum im Lager",
        "Please summarise: client was punctual and motivated, wants to work in logistics.",
        "can you sum up my notes: she was reliable and friendly, CV still missing",
    ],
)
def test_a_summary_asked_with_the_separable_verb_is_no_judgement(text: str) -> None:
    assert not is_decision_request(text)


def test_a_judgement_asked_after_a_summary_request_still_counts() -> None:
    assert is_decision_request("Fass bitte zusammen: Kl. kam pünktlich. Ist sie geeignet?")
