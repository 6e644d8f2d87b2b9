"""A message keeps its days in its own words and names the date beside them; a cancellation
that names only a day calls off our meeting that day; a business named by its trade in
English is written to as a business; an order to write ("…, schreib ihr bitte, dass …") is
carried out, not copied into the letter. Today in these tests: Wednesday, 20 January 2027."""

from __future__ import annotations

from datetime import date

from test_email_skill import body_of, run

from bot.reply import Text
from skills.email.dates import find_dates


def _notes(blocks: tuple[object, ...]) -> str:
    return "\n".join(block.markdown for block in blocks if isinstance(block, Text))


async def test_a_day_in_a_message_gets_its_date_beside_the_word() -> None:
    result = await run("Nachricht an Emil (du): wir treffen uns morgen im Jugendzentrum am Markt")
    assert result.data["purpose"] == "message"
    assert "wir treffen uns morgen (21.01.2027) im Jugendzentrum am Markt" in result.data["body"]
    assert "„morgen“ habe ich als Donnerstag, 21.01.2027 gelesen" in _notes(result.blocks)


async def test_an_english_weekday_in_a_message_gets_its_date() -> None:
    body = await body_of(
        "message to Mr. Diaz: the job club on Friday starts half an hour earlier", "en"
    )
    assert "on Friday (22 January 2027) starts half an hour earlier" in body


async def test_a_day_typed_with_its_date_gets_nothing_added() -> None:
    body = await body_of("Nachricht an Emil (du): am Freitag 22.01. bringst du den Ausweis mit")
    assert "Freitag 22.01." in body
    assert "(" not in body


async def test_a_day_read_with_doubt_stays_as_typed() -> None:
    # said on a Wednesday, "nächsten Donnerstag" may be tomorrow or the week after
    result = await run("Nachricht an Emil (du): wir sehen uns nächsten Donnerstag im Café Lenz")
    assert "nächsten Donnerstag im Café Lenz" in result.data["body"]
    assert "21.01.2027" not in result.data["body"]
    assert "gelesen" not in _notes(result.blocks)


async def test_a_cancellation_naming_only_a_day_calls_off_that_day() -> None:
    result = await run("Absage an Herrn Ranke, ich bin übermorgen auf Fortbildung")
    assert result.data["purpose"] == "cancellation"
    assert "Freitag, 22. Januar 2027" in result.data["body"]


async def test_an_english_cancellation_of_tomorrow() -> None:
    result = await run(
        "please cancel tomorrow with Ms. Ortiz, I have to see a doctor", language="en"
    )
    assert result.data["purpose"] == "cancellation"
    assert "21 January 2027" in result.data["body"]


async def test_a_rejection_with_a_day_is_still_no_cancellation_of_ours() -> None:
    result = await run("Absage an Frau Kuhn: leider kein Platz im Kurs ab Montag")
    assert result.data["purpose"] == "message"


async def test_a_business_named_by_its_trade_in_english_is_no_person() -> None:
    body = await body_of(
        "email to Bakery Lindner asking about a trial day for Omar next month", "en"
    )
    assert "Dear Sir or Madam," in body
    assert "Bakery Lindner" in body
    assert "[Last name]" not in body
    assert "Dear Bakery" not in body


async def test_a_first_name_after_the_business_is_whom_the_mail_is_about() -> None:
    body = await body_of("mail to the garage Pohl whether they have a place for Sven", "en")
    assert "Dear Sir or Madam," in body
    assert "Sven" in body


async def test_an_order_to_write_is_carried_out_not_copied() -> None:
    body = await body_of(
        "Frau Brück hat angerufen wegen der Wohnung, schreib ihr bitte, dass der Bescheid "
        "noch nicht da ist"
    )
    assert "schreib ihr" not in body
    assert "dass der Bescheid noch nicht da ist." in body
    assert "angerufen wegen der Wohnung" in body  # what was told before it is kept


async def test_an_order_after_a_full_stop_is_carried_out_too() -> None:
    body = await body_of(
        "Herr Kaya von der Spedition Ost hat zurückgerufen. Schreib ihm, dass Deniz am "
        "Montag um 8 zum Probetag kommt"
    )
    assert "Schreib ihm" not in body
    assert "dass Deniz am Montag (25.01.2027) um 8 zum Probetag kommt." in body


def test_some_such_weekday_is_no_date() -> None:
    today = date(2027, 1, 20)
    for text in ("passt ein Dienstag?", "an einem Freitag", "any Monday works", "a Tuesday"):
        assert find_dates(text, today)[0] == [], text
    assert [m.day for m in find_dates("bis Freitag", today)[0]] == [date(2027, 1, 22)]
