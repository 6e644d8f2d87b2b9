"""Draws the Teams app icons with Pillow: ``color.png`` (192×192, full colour) and
``outline.png`` (32×32, white on transparent, as Teams requires). Run once; the PNGs are
committed: ``.venv/bin/python manifest/make_icons.py``."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent
NAVY = (31, 78, 121, 255)
WHITE = (255, 255, 255, 255)


def _compass(draw: ImageDraw.ImageDraw, size: int, width: int, fill: bool) -> None:
    """A ring with a compass needle: the pilot ("Lotse") who shows the way."""
    margin = size * 0.16
    draw.ellipse((margin, margin, size - margin, size - margin), outline=WHITE, width=width)
    c = size / 2
    r = size / 2 - margin - width * 1.5
    needle = [(c, c - r), (c + r * 0.28, c), (c, c + r), (c - r * 0.28, c)]
    if fill:
        draw.polygon(needle, fill=WHITE)
    else:
        draw.polygon(needle, outline=WHITE, width=max(1, width - 1))


def color_icon() -> Image.Image:
    image = Image.new("RGBA", (192, 192), NAVY)
    _compass(ImageDraw.Draw(image), 192, 10, fill=True)
    return image


def outline_icon() -> Image.Image:
    image = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    _compass(ImageDraw.Draw(image), 32, 2, fill=True)
    return image


if __name__ == "__main__":
    color_icon().save(HERE / "color.png", optimize=True)
    outline_icon().save(HERE / "outline.png", optimize=True)
