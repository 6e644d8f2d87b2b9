"""``report.html``: one self-contained page, readable offline — the charts embedded as data
URIs, a short explanation beside each, the summary table. No external reference at all."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from bot.evaluation.report.tables import Views
from bot.texts import Texts

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
    "color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;"
    "text-align:left}img{max-width:100%}figure{margin:1.5rem 0}"
)


@dataclass(frozen=True, slots=True)
class Chart:
    """A drawn chart: its file name, title and explanation."""

    name: str
    png: bytes
    title: str
    text: str


def render_page(views: Views, charts: Sequence[Chart], texts: Texts, language: str) -> str:
    def t(key: str, **values: object) -> str:
        return escape(texts.get(language, key, **values))

    summary = {str(row[0]): row[1] for row in views.summary.rows}
    parts = [
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">',
        f"<title>{t('title')}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{t('title')}</h1>",
        f"<p>{t('period', first=summary['period_from'], last=summary['period_to'])}</p>",
        f"<p>{t('anonymity', k=summary['k'])}</p>",
        f"<p>{t('departments', names=', '.join(views.departments) or '–')}</p>",
    ]
    for chart in charts:
        data = base64.b64encode(chart.png).decode("ascii")
        parts.append(
            f'<figure><img src="data:image/png;base64,{data}" alt="{escape(chart.title)}">'
            f"<figcaption><strong>{escape(chart.title)}</strong> – {escape(chart.text)}"
            "</figcaption></figure>"
        )
    parts.append(f"<h2>{t('summary')}</h2><table><tr><th>{t('figure')}</th>")
    parts.append(f"<th>{t('value')}</th></tr>")
    for name, value in views.summary.rows:
        shown = texts.get(language, "suppressed") if value is None else str(value)
        parts.append(f"<tr><td>{escape(str(name))}</td><td>{escape(shown)}</td></tr>")
    parts.append("</table>")
    files = ", ".join(f"{table.name}.csv" for table in views.files())
    parts.append(f"<p>{t('files', names=files)}</p></body></html>")
    return "\n".join(parts)
