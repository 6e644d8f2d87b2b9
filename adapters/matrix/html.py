"""Markdown to the sanitised HTML subset Matrix clients render (``formatted_body``)."""

from __future__ import annotations

from functools import cache

import nh3
from markdown_it import MarkdownIt

# The tags and attributes the Matrix client-server spec suggests for m.room.message HTML,
# minus everything that can load remote content.
_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a", "span", "sup", "sub",
    "table", "thead", "tbody", "tr", "th", "td", "details", "summary",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}, "code": {"class"}}
_URL_SCHEMES = {"https", "http", "mailto"}


@cache
def _markdown() -> MarkdownIt:
    # No raw HTML from the Markdown source: everything a user could inject stays text.
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def sanitise(html: str) -> str:
    """Keep only allowlisted tags, attributes and URL schemes."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def markdown_to_html(markdown: str) -> str:
    return sanitise(_markdown().render(markdown)).strip()
