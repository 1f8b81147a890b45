"""The blank mentee mirror form: every statement in its mirror wording with the scale to tick.

It carries nothing from the vault (no names, no dates, no answers), only the instrument, so a
mentor can print it or send it. Numbering matches the entry screen (1 to 32, part by part).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorpad.guides.mindset import Instrument, load_mindset_instrument
from mentorpad.ui.document_language import Translate, document_language, translator_for
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.exports import export_markdown_or_pdf

BOX = "[\u00a0\u00a0]"


def _escape(text: str) -> str:
    """Statements are our own text, but keep Markdown from reading anything into them."""
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def blank_mirror_form_markdown(
    instrument: Instrument, translate: Translate = QCoreApplication.translate
) -> str:
    """The form as Markdown, from the mirror variant of the instrument only; `translate`
    gives the form's own phrases in the instrument's language."""
    if instrument.variant != "mirror":
        raise ValueError("the blank form uses the mirror wording")
    choices = [*instrument.scale_labels, instrument.not_applicable_label]
    ticks = "\u2003 ".join(f"{BOX}\u00a0{_escape(choice)}" for choice in choices)
    lines = [
        "# " + _escape(translate("MindsetArea", "How your mentor mentors: your view")),
        "",
        _escape(instrument.intro),
        "",
        "**"
        + _escape(instrument.prompt)
        + "** "
        + _escape(translate("MindsetArea", "Tick one box for each statement.")),
        "",
    ]
    number = 0
    count = len(instrument.dimensions)
    for part, dimension in enumerate(instrument.dimensions, 1):
        lines += [
            "## "
            + _escape(
                fill(
                    translate("MindsetArea", "Part %1 of %2"),
                    str(part),
                    str(count),
                )
            ),
            "",
        ]
        for item in dimension.items:
            number += 1
            lines += [f"**{number}.** {_escape(item.text)}", "", ticks, ""]
    lines += [
        "---",
        "",
        _escape(
            translate(
                "MindsetArea",
                "Thank you. Give the form back to your mentor, or talk it through together "
                "instead if you prefer. Write no names on it.",
            )
        ),
        "",
    ]
    return "\n".join(lines)


def blank_mirror_form_in(language: str) -> str:
    """The blank form as it goes to a mentee who reads `language`."""
    return blank_mirror_form_markdown(
        load_mindset_instrument("mirror", language), translator_for(language)
    )


def export_blank_mirror_form(parent: QWidget, language: str | None = None) -> Path | None:
    """Warn, ask where, write the blank form (PDF or Markdown) in the documents' language;
    None if cancelled or failed (exports told the mentor why)."""
    language = language or document_language()
    translate = translator_for(language)
    return export_markdown_or_pdf(
        parent,
        title=QCoreApplication.translate("MindsetArea", "Mentee mirror form"),
        suggested_name=translate("MindsetArea", "mentee-mirror-form"),
        markdown_text=blank_mirror_form_in(language),
    )
