"""Markdown reports built from the vault, and the one way a plaintext file is written.

Qt-free: the CLI writes Markdown without importing Qt; the GUI and the CLI's PDF path turn
the same Markdown into a PDF (mentorpad.ui.widgets.exports).

Three documents with three audiences:
- the development report is for the mentor's own records;
- the shared summary is what the mentee receives: only that session's shared summary, its
  date, the mentee's display name and the session's open commitments, nothing else;
- the agreement is the printable mentoring agreement both sign.

Text the mentor typed is escaped where it could break the document's structure (headings,
table cells, line starts); a Markdown body (the shared summary) keeps its formatting, with its
headings demoted below the document's own and unbalanced code fences closed.

markdown: escaping, tables and chart markers; writing: the plaintext file; development,
summary and agreement: the three documents.
"""

from mentorpad.reports.agreement import agreement_from, agreement_md
from mentorpad.reports.development import (
    development_report_from,
    development_report_md,
    theme_titles,
)
from mentorpad.reports.markdown import (
    chart_keys,
    chart_marker,
    md_cell,
    md_embed,
    md_heading,
    md_inline,
    md_plain_block,
    strip_chart_markers,
)
from mentorpad.reports.summary import shared_summary_md
from mentorpad.reports.writing import write_private_bytes, write_private_text

__all__ = [
    "agreement_from",
    "agreement_md",
    "chart_keys",
    "chart_marker",
    "development_report_from",
    "development_report_md",
    "md_cell",
    "md_embed",
    "md_heading",
    "md_inline",
    "md_plain_block",
    "shared_summary_md",
    "strip_chart_markers",
    "theme_titles",
    "write_private_bytes",
    "write_private_text",
]
