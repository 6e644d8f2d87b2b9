"""Every block kind on every platform: Teams cards, Matrix HTML, the console, Markdown.

No Adaptive Card schema ships with the repository, so Teams cards are checked against the
parts of the 1.5 schema Lotse uses (element types, required properties, unique input ids)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from adapters.console import PlainRenderer
from adapters.matrix.render import reply_content
from adapters.teams.forms import submitted
from adapters.teams.render import render
from bot.actions import UserAction
from bot.render import to_markdown
from bot.reply import (
    Action,
    Actions,
    Button,
    Choices,
    Copyable,
    Fact,
    Facts,
    Heading,
    Note,
    Option,
    Panel,
    Reply,
    Table,
    Text,
    Toggle,
    Tone,
)

CARD = "application/vnd.microsoft.card.adaptive"

# Adaptive Cards 1.5 (the newest Teams renders): the elements Lotse emits and what each needs.
ELEMENTS: dict[str, tuple[str, ...]] = {
    "TextBlock": ("text",),
    "RichTextBlock": ("inlines",),
    "TextRun": ("text",),
    "FactSet": ("facts",),
    "Container": ("items",),
    "Image": ("url",),
    "Table": ("columns", "rows"),
    "TableRow": ("cells",),
    "TableCell": ("items",),
    "ActionSet": ("actions",),
    "Input.ChoiceSet": ("id", "choices"),
    "Input.Toggle": ("id", "title"),
    "Action.Submit": (),
    "Action.Execute": ("verb",),
    "AdaptiveCard": ("version",),
}


@dataclass(frozen=True, slots=True)
class Pick(UserAction):
    """A test action: what a panel of a new skill would send."""

    verb = "test.blocks.pick"
    colour: str | None = None
    sizes: dict[str, bool] | None = None


def typed(element: Any) -> Iterator[dict[str, Any]]:
    """Every object with a ``type`` in a card, depth first (an action's free-form ``data``
    is not part of the card's structure)."""
    if isinstance(element, dict):
        if "type" in element:
            yield element
        for key, value in element.items():
            if key != "data":
                yield from typed(value)
    elif isinstance(element, list):
        for value in element:
            yield from typed(value)


def check_card(card: dict[str, Any]) -> None:
    assert card["type"] == "AdaptiveCard"
    assert card["version"] == "1.5"
    ids = []
    for element in typed(card):
        kind = element["type"]
        assert kind in ELEMENTS, kind
        for required in ELEMENTS[kind]:
            assert required in element, (kind, required)
        if kind == "Table":
            width = len(element["columns"])
            assert all(len(row["cells"]) == width for row in element["rows"])
        if kind.startswith("Input."):
            ids.append(element["id"])
    assert len(ids) == len(set(ids)), "input ids must be unique"


def card_of(activity: dict[str, Any]) -> dict[str, Any]:
    (attachment,) = [a for a in activity["attachments"] if a["contentType"] == CARD]
    card: dict[str, Any] = attachment["content"]
    check_card(card)
    return card


TABLE = Table(("Abteilung", "Beruf", "Summe"), (("Jugend | Reha", "12", "12"), ("Nord", "3", "3")))
PANEL = Panel(
    "Auswahl",
    (
        Note("Gespeichert.", Tone.GOOD),
        Choices("colour", "Farbe", (Option("Rot", "rot"), Option("Blau", "blau")), "blau"),
        Button("Anzeigen", Pick()),
        Heading("Größen"),
        Toggle("sizes", "Klein", True, "s"),
        Toggle("sizes", "Groß", False, "l"),
        Note("Nur ein Test.", Tone.QUIET),
    ),
    (Button("Speichern", Pick(colour="grün"), primary=True),),
)
EVERYTHING = Reply(
    blocks=(
        Heading("Alles"),
        Text("Ein **Absatz**."),
        Facts((Fact("Dauer", "3 Jahre"),)),
        Copyable("Entwurf", "Hallo *nicht kursiv*"),
        TABLE,
        Note("Achtung.", Tone.WARNING),
        Actions((Action("Mehr", "beruf mehr"), Action("Wählen", "wählen", Pick(colour="rot")))),
        PANEL,
    ),
    title="Alles",
)


def test_teams_draws_every_block_in_a_card() -> None:
    card = card_of(render(EVERYTHING))
    kinds = [element["type"] for element in card["body"]]
    assert kinds == ["TextBlock", "TextBlock", "FactSet", "Container", "Table", "TextBlock"]
    table = card["body"][4]
    assert table["firstRowAsHeader"] is True
    header, first, _ = table["rows"]
    assert [c["items"][0]["text"] for c in header["cells"]] == ["Abteilung", "Beruf", "Summe"]
    assert first["cells"][0]["items"][0]["text"] == "Jugend | Reha"  # no Markdown escaping
    assert card["body"][5]["color"] == "Attention"
    more, choose = card["actions"]
    assert more["data"] == {"msteams": {"type": "imBack", "value": "beruf mehr"}}
    assert submitted(choose["data"]) == Pick(colour="rot")  # a typed button, not text
    assert "Auswahl" not in str(card)  # a panel is not part of the message card


def test_teams_shows_a_table_as_a_card_even_without_a_title() -> None:
    for forms in (False, True):  # channels and personal chats alike
        activity = render(Reply(blocks=(Heading("Nutzung"), TABLE)), forms=forms)
        assert [e["type"] for e in card_of(activity)["body"]] == ["TextBlock", "Table"]
        assert "Jugend \\| Reha" in card_of(activity)["fallbackText"]


def test_teams_draws_a_panel_as_a_form_where_forms_are_offered() -> None:
    activity = render(EVERYTHING, forms=True)
    assert activity["summary"] == "Auswahl"
    card = card_of(activity)
    inputs = {e["id"]: e for e in typed(card) if e["type"].startswith("Input.")}
    assert inputs["input.colour"]["value"] == "blau"
    assert inputs["input.sizes.s"]["value"] == "true"
    assert inputs["input.sizes.l"]["value"] == "false"
    (show,) = next(e for e in typed(card) if e["type"] == "ActionSet")["actions"]
    (save,) = card["actions"]
    assert save["style"] == "positive"
    # What Teams sends back on a click: the button's data with every input merged in.
    values = {key: element["value"] for key, element in inputs.items()}
    assert submitted({**show["data"], **values}) == Pick("blau", {"s": True, "l": False})
    # The save button's own colour is kept; the picker cannot change it.
    assert submitted({**save["data"], **values}) == Pick("grün", {"s": True, "l": False})


def test_matrix_html_has_a_real_table_and_no_form() -> None:
    content = reply_content(EVERYTHING, None)
    html = content["formatted_body"]
    assert "<table>" in html
    assert "<th>Abteilung</th>" in html
    assert "<td>Jugend | Reha</td>" in html
    assert "<strong>Achtung.</strong>" in html
    assert "Auswahl" not in html  # the panel's content is what the other blocks show


def test_console_aligns_table_columns_and_leaves_forms_out() -> None:
    text = PlainRenderer(ansi=False).render(EVERYTHING)
    assert "  Abteilung      Beruf  Summe\n" in text
    assert "  ─────────────  ─────  ─────\n" in text
    assert "  Jugend | Reha     12     12\n" in text  # numbers align right
    assert "  Nord               3      3" in text
    assert "Achtung." in text
    assert "Auswahl" not in text
    assert "→ `beruf mehr` · `wählen`" in text


def test_markdown_fallback_keeps_tables_as_pipes() -> None:
    text = to_markdown(EVERYTHING)
    assert "| Abteilung | Beruf | Summe |\n|---|---|---|\n| Jugend \\| Reha | 12 | 12 |" in text
    assert "**Achtung.**" in text
    assert "Auswahl" not in text


def test_a_ragged_table_is_refused_where_it_is_built() -> None:
    try:
        Table(("a", "b"), (("1",),))
    except ValueError:
        return
    raise AssertionError("a row with too few cells was accepted")
