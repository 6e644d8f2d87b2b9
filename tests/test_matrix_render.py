"""``bot.Reply`` to Matrix content: notice, sanitised HTML, relations, AI marker, reminders."""

from __future__ import annotations

from adapters.matrix.html import markdown_to_html
from adapters.matrix.render import AI_FIELD, ReplyTarget, reply_content
from bot.reply import Copyable, Reminder, Reply, Text


def test_reply_is_a_notice_with_plain_and_html_body() -> None:
    reply = Reply(blocks=(Text("**Tischler/in** – 3 Jahre"),), skill_id="occupation")
    content = reply_content(reply, ReplyTarget("$trigger"))
    assert content["msgtype"] == "m.notice"
    assert "**Tischler/in**" in content["body"]
    assert content["format"] == "org.matrix.custom.html"
    assert "<strong>Tischler/in</strong>" in content["formatted_body"]
    assert content["m.relates_to"] == {"m.in_reply_to": {"event_id": "$trigger"}}
    assert content[AI_FIELD] is False
    assert content["m.mentions"] == {}


def test_thread_reply_stays_in_the_thread() -> None:
    content = reply_content(Reply(blocks=(Text("ok"),)), ReplyTarget("$msg", "$root"))
    relates = content["m.relates_to"]
    assert relates["rel_type"] == "m.thread"
    assert relates["event_id"] == "$root"
    assert relates["m.in_reply_to"] == {"event_id": "$msg"}
    assert relates["is_falling_back"] is False


def test_ai_label_and_compact_reminders() -> None:
    reply = Reply(
        blocks=(Copyable("Entwurf", "Sehr geehrte Frau [NAME],"),),
        ai_generated=True,
        reminders=(Reminder("review", "Vor der Verwendung prüfen."), Reminder("x", "Zweiter.")),
    )
    content = reply_content(reply, None)
    assert content[AI_FIELD] is True
    assert "KI-generiert" in content["body"].split("\n\n")[0]
    last = content["body"].split("\n\n")[-1]
    assert "Vor der Verwendung prüfen." in last
    assert "Zweiter." in last
    assert "<pre><code>" in content["formatted_body"]
    assert "m.relates_to" not in content


def test_html_is_sanitised() -> None:
    html = markdown_to_html(
        "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=y>"
    )
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html
