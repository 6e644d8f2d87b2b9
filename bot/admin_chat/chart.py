"""The usage chart: a small PNG bar chart (matplotlib, Agg), drawn only when asked for.

matplotlib is imported here, lazily, so an idle Lotse does not carry it in memory; the
figure is drawn on a worker thread so the event loop keeps serving other chats."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Mapping

from bot.admin_chat.usage import UsageReport

WIDTH_INCHES, HEIGHT_INCHES, DPI = 6.4, 3.6, 100


def draw(report: UsageReport, names: Mapping[str, str], title: str, axis: str) -> bytes:
    """Grouped bars: one group per department, one bar per skill."""
    # No pyplot: its global figure registry is not thread-safe; the Agg canvas is all we need.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    departments = list(report.counts)
    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / max(len(report.skills), 1)
    for index, skill in enumerate(report.skills):
        offsets = [
            i + (index - (len(report.skills) - 1) / 2) * width for i in range(len(departments))
        ]
        values = [report.counts[d][skill] for d in departments]
        axes.bar(offsets, values, width, label=names.get(skill, skill))
    axes.set_xticks(range(len(departments)), departments, fontsize=8)
    axes.set_ylabel(axis)
    axes.set_title(title, fontsize=10)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # requests come whole
    axes.legend(fontsize=7)
    output = io.BytesIO()
    figure.savefig(output, format="png")
    return output.getvalue()


async def draw_png(report: UsageReport, names: Mapping[str, str], title: str, axis: str) -> bytes:
    return await asyncio.to_thread(draw, report, names, title, axis)
