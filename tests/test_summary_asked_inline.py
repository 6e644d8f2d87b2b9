"""A summary asked for in words with the notes in the same message: the request wins over an
occupation or appointment the notes name, and it does not enter the record."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Chat
from pydantic import SecretStr

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.policy.model import load_policy
from bot.registry import SkillRegistry
from bot.routing.intent import OfflineIntentClassifier
from bot.routing.router import Router
from skills.summary.request import read_request, telegraphic_lines


@pytest.fixture(scope="module")
def router(tmp_path_factory: pytest.TempPathFactory) -> Router:
    data: Path = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, secret_key=SecretStr("test"))
    return Router(SkillRegistry.discover(settings), OfflineIntentClassifier(), load_policy())


ASKED = [
    # after a colon, a question, a dash or a full stop on the same line
    ("fass bitte mal zusammen: Kl. möchte Ausbildung als Bäcker, Praktikum fehlt noch",
     "fass bitte mal zusammen"),
    ("Kannst du mir das zusammenfassen? TN 18, will Elektroniker werden, Mutter skeptisch",
     "Kannst du mir das zusammenfassen"),
    ("Machst du mir eine kurze Zusammenfassung vom Gespräch: Kl. will in die Altenpflege, "
     "hat HSA", "Machst du mir eine kurze Zusammenfassung vom Gespräch"),
    ("Zusammenfassung bitte – Hr. B. will Koch werden, hat Küchenerfahrung",
     "Zusammenfassung bitte"),
    ("Zusammenfassen. Kl. will Tischler werden, Praktikum im März", "Zusammenfassen"),
    # typos, Sie, English
    ("bitte zusammenfasen: kl will friseurin werden, eltern dagegen", "bitte zusammenfasen"),
    ("zsmfassen bitte: will Maler werden, hat Führerschein", "zsmfassen bitte"),
    ("Fassen Sie das bitte kurz zusammen: Frau T. will Umschulung zur Erzieherin",
     "Fassen Sie das bitte kurz zusammen"),
    ("please summarize: client wants to become a cook, starts internship Monday",
     "please summarize"),
    ("Könnten Sie meine Notizen ordnen?\nKl. will Verkäuferin werden\nBewerbung bis Freitag",
     "Könnten Sie meine Notizen ordnen"),
    # the person the notes are about, named in the request
    ("Zusammenfassung für Frau Kaya: will Köchin werden, hat HSA, Praktikum im Mai",
     "Zusammenfassung für Frau Kaya"),
    ("Kannst du die Notizen von Herrn Yilmaz zusammenfassen? will Elektroniker werden, "
     "Bewerbung läuft", "Kannst du die Notizen von Herrn Yilmaz zusammenfassen"),
    # the request after the notes
    ("Kl. will Kfz-Mechatroniker werden, hat MSA, Bewerbung läuft – bitte zusammenfassen",
     "bitte zusammenfassen"),
    ("Hr. A. will Gärtner werden.\nPraktikum im Mai.\nKannst du das zusammenfassen?",
     "Kannst du das zusammenfassen?"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "request_words"), ASKED)
def test_the_request_and_the_notes_are_told_apart(text: str, request_words: str) -> None:
    asked = read_request(text)
    assert asked is not None
    assert asked.request == request_words
    assert request_words not in asked.notes
    assert len(asked.notes.split()) >= 3


@pytest.mark.parametrize(("text", "request_words"), ASKED)
async def test_a_summary_asked_in_words_wins_over_the_notes_content(
    router: Router, text: str, request_words: str
) -> None:
    route = await router.route(text, None, OfflineLLM())
    assert route.target == "summary"


@pytest.mark.parametrize(
    "text",
    [
        "Ich brauche eine Zusammenfassung des Berufs Tischler: was macht man da?",
        "Fass mir zusammen, was ein Fachinformatiker macht",
        "Kannst du zusammenfassen, wie lange die Ausbildung zum Koch dauert?",
        "Schick Frau Klein die Zusammenfassung: Termin am 3.2. um 10 Uhr",
        "mail an Herrn Roth: anbei die Zusammenfassung unseres Gesprächs",
        "Zusammenfassung an Frau Klein: Termin am 3.2. um 10 Uhr in Raum 4",
        "Wie arbeiten Tischler und Zimmerer zusammen? Und was verdienen sie?",
        "Zusammenfassung: bitte",  # a request without notes asks for them (not read here)
    ],
)
def test_a_clause_with_other_words_is_no_summary_request(text: str) -> None:
    assert read_request(text) is None


async def test_the_request_does_not_enter_the_record(acked_chat: Chat) -> None:
    reply, rendered = await acked_chat.say(
        "Zusammenfassung bitte – Kl. will Koch werden. Vereinbart: Praktikum im Mai"
    )
    assert reply.skill_id == "summary"
    assert "bitte –" not in rendered
    assert "Zusammenfassung bitte" not in str(reply.data)


@pytest.mark.parametrize(
    ("typed", "first_note"),
    [
        (
            "zusammenfassen\nKl. (17) möchte nach dem FOR eine Ausbildung im IT-Bereich\n"
            "- Praktikum lief gut",
            "Kl. (17) möchte",
        ),
        (
            "Zusammenfassung: Hr. Yilmaz war pünktlich, will Koch werden, Bewerbung fehlt noch",
            "Hr. Yilmaz war pünktlich",
        ),
        # a title with its date is the notes' first line, not part of the request
        (
            "zusammenfassen\nBeratung 12.11. mit TN (m, 22)\n\nAnliegen: Umschulung\nCV fehlt",
            "Beratung 12.11. mit TN (m, 22)",
        ),
        ("Gespräch 3.2. zusammenfassen: Kl. will Koch werden, Praktikum fehlt", "Gespräch 3.2."),
    ],
)
async def test_a_title_after_the_request_begins_the_notes(
    acked_chat: Chat, typed: str, first_note: str
) -> None:
    reply, _ = await acked_chat.say(typed)
    assert reply.skill_id == "summary"
    notes = [line for lines in reply.data["sections"].values() for line in lines]
    assert any(line.startswith(first_note) for line in notes), notes


def test_notes_typed_on_one_line_are_one_phrase_a_note() -> None:
    notes = "TN kam pünktlich, will Ausbildung als Bäcker, Kl. 9, Bewerbung fehlt noch"
    assert telegraphic_lines(notes).splitlines() == [
        "TN kam pünktlich",
        "will Ausbildung als Bäcker",
        "Kl. 9",
        "Bewerbung fehlt noch",
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "Mutter meint, dass er lieber Abi macht, weil er gut in Mathe ist",  # clauses
        "will Bäcker werden, hat HSA",  # two phrases: no list to split
        "Kl. will Bäcker werden, hat HSA, Praktikum im Mai\nVereinbart: Bewerbung",  # pasted
    ],
)
def test_clauses_short_lines_and_pasted_notes_keep_their_commas(notes: str) -> None:
    assert telegraphic_lines(notes) == notes


def test_a_one_word_phrase_stays_with_the_one_before() -> None:
    assert telegraphic_lines("Kl. 18, FOR, mag IT, will Fachinformatiker werden").splitlines() == [
        "Kl. 18, FOR",
        "mag IT",
        "will Fachinformatiker werden",
    ]


async def test_notes_typed_after_the_request_are_sorted_phrase_by_phrase(
    acked_chat: Chat,
) -> None:
    reply, _ = await acked_chat.say(
        "fass mal zusammen: Kl. will Bäcker werden, mag früh aufstehen, "
        "vereinbart: Probetag bei Bäckerei Kamps"
    )
    sections: dict[str, list[str]] = reply.data["sections"]
    assert "will Bäcker werden" in " ".join(sections["Anliegen"])
    assert "Probetag bei Bäckerei Kamps" in " ".join(sections["Vereinbarungen"])
    assert "früh aufstehen" not in " ".join(sections["Anliegen"])  # one note, one place


@pytest.mark.parametrize("command", ["zusammenfassung:", "zusammenfassen", "/zusammenfassen"])
async def test_notes_typed_after_the_command_are_sorted_phrase_by_phrase(
    acked_chat: Chat, command: str
) -> None:
    reply, _ = await acked_chat.say(
        f"{command} Kl. kam pünktlich, möchte Ausbildung als Tischler, "
        "Praktikum bei Schreinerei Müller im März vereinbart"
    )
    sections: dict[str, list[str]] = reply.data["sections"]
    assert "möchte Ausbildung als Tischler" in " ".join(sections["Anliegen"])
    assert "Praktikum bei Schreinerei Müller" in " ".join(sections["Vereinbarungen"])
    assert "Tischler" not in " ".join(sections["Vereinbarungen"])  # one note, one place


def test_a_comma_inside_brackets_keeps_its_phrase() -> None:
    notes = "war da, will umschulen (Knie kaputt, Ärztin rät ab), sucht was im Büro"
    assert telegraphic_lines(notes).splitlines() == [
        "war da",
        "will umschulen (Knie kaputt, Ärztin rät ab)",
        "sucht was im Büro",
    ]
