"""Chart colours taken from the widget's palette, so light and dark themes both read well."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class ChartColors:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    axis: QColor
    accent: QColor
    series: tuple[QColor, ...]


def blend(a: QColor, b: QColor, t: float) -> QColor:
    t = max(0.0, min(1.0, t))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def series_colors(accent: QColor, background: QColor, count: int) -> tuple[QColor, ...]:
    """Distinct hues at the accent's lightness, nudged so they contrast with the background:
    darker on light themes, lighter on dark ones."""
    hue = accent.hslHueF()
    if hue < 0:
        hue = 0.5
    saturation = max(accent.hslSaturationF(), 0.45)
    lightness = accent.lightnessF()
    if luminance(background) < 0.5:
        lightness = min(max(lightness, 0.58), 0.75)
    else:
        lightness = min(max(lightness, 0.28), 0.45)
    offsets = (0.0, 0.45, 0.12, 0.75, 0.3, 0.6)
    return tuple(
        QColor.fromHslF((hue + offsets[i % len(offsets)]) % 1.0, saturation, lightness)
        for i in range(max(count, 1))
    )


def chart_colors(palette: QPalette, series: int = 1) -> ChartColors:
    role = QPalette.ColorRole
    background = palette.color(role.Base)
    text = palette.color(role.Text)
    muted = blend(text, background, 0.35)
    accent = palette.color(role.Highlight)
    return ChartColors(
        background=background,
        text=text,
        muted=muted,
        grid=blend(background, text, 0.12),
        axis=blend(background, text, 0.45),
        accent=accent,
        series=series_colors(accent, background, series),
    )
