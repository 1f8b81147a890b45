"""Reports: Markdown that renders as intended whatever the mentor typed, a shared summary that
carries nothing private, the printable agreement, private files, PDFs, and the CLI."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentorpad import reports
from mentorpad.models import Vault
from mentorpad.models.entities import Agreement
from mentorpad.models.errors import TargetExists
from mentorpad.models.store import Store
from mentorpad.render import render_markdown
from mentorpad.reports import (
    agreement_md,
    development_report_md,
    md_cell,
    md_embed,
    md_heading,
    md_inline,
    md_plain_block,
    shared_summary_md,
    write_private_text,
)
from mentorpad.review import human_date
from tests.conftest import PASSPHRASE, ROOT, run_cli

TODAY = dt.date.today()


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def at(offset: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day(offset), dt.time(hour))


# -- escaping -----------------------------------------------------------------------------------


def test_table_cells_cannot_split_or_swallow_columns() -> None:
    evil = "a | b `c|d` \\| e\nsecond line"
    table = f"| one | two |\n|---|---|\n| {md_cell(evil)} | {md_cell('x')} |"
    html = render_markdown(table)
    assert html.count("<td>") == 2
    assert "<code>" not in html
    assert "a | b `c|d` \\| e second line" in html.replace("&#x60;", "`")


def test_headings_and_line_starts_stay_text() -> None:
    html = render_markdown(f"# Report: {md_heading('Ana ## not a heading #')}")
    assert html.count("<h1>") == 1 and "Ana ## not a heading #" in html
    for typed in ("# big", "> quote", "- item", "+ item", "1. item", "---", "===", "~~~"):
        html = render_markdown("Intro\n\n" + md_inline(typed))
        assert "<h1>" not in html and "<blockquote>" not in html and "<li>" not in html, typed
        assert "<hr" not in html and "<pre>" not in html and "<h2>" not in html, typed
    html = render_markdown(md_plain_block("line one\n# two\n\n*three*"))
    assert "<h1>" not in html and "<em>" not in html and "<br" in html


def test_embedded_markdown_keeps_formatting_but_not_the_structure() -> None:
    body = "# Big\n\nSome **bold**.\n\nSetext\n======\n\n```\nnever closed\n# inside"
    out = md_embed(body)
    html = render_markdown(f"# Doc\n\n## Summary\n\n{out}\n\n## After")
    assert html.count("<h1>") == 1 and "<h3>Big</h3>" in html and "<h3>Setext</h3>" in html
    assert "<strong>bold</strong>" in html
    assert "<h2>After</h2>" in html  # the open fence was closed before our next heading


def test_chart_markers() -> None:
    text = "# A\n\n[[chart:themes]]\n\nText\n\n[[chart:goal-3]]\n"
    assert reports.chart_keys(text) == ["themes", "goal-3"]
    assert reports.strip_chart_markers(text) == "# A\n\nText\n"


# -- a vault with sentinels ----------------------------------------------------------------------

SENTINELS = {
    "agenda": "AGENDA-SENTINEL-7Q",
    "notes": "NOTES-SENTINEL-3K",
    "reflection": "REFLECTION-SENTINEL-9Z",
    "background": "BACKGROUND-SENTINEL-2W",
    "other_name": "Zebulon Othermentee",
    "other_summary": "OTHER-SUMMARY-SENTINEL-5T",
    "other_session_summary": "EARLIER-SUMMARY-SENTINEL-8P",
    "done_commitment": "DONE-COMMITMENT-SENTINEL-4M",
    "other_session_commitment": "EARLIER-COMMITMENT-SENTINEL-6R",
    "rating_comment": "RATING-COMMENT-SENTINEL-1V",
}


def _fill(store: Store) -> dict[str, int]:
    ids: dict[str, int] = {}
    ana = store.add_mentee(
        "Ana | Code*Name",
        role="Team lead",
        stage="new",
        start_date=day(-120),
        background=SENTINELS["background"],
    )
    ids["ana"] = ana
    store.save_agreement(
        Agreement(
            mentee_id=ana,
            cadence_weeks=3,
            term_start=day(-120),
            midpoint=day(10),
            closing=day(200),
            confidentiality="What we say stays between us, also after the mentoring ends.",
            exceptions="Serious risk of harm; harassment; legal breaches.",
            reporting="HR may learn that sessions take place, never what is said.",
            conflict_of_interest="I am not in Ana's reporting line.",
            feedback="We ask each other for feedback at the mid-point.",
            exit_clause="Either of us can stop without giving reasons.",
            contact="A short message between sessions is fine.",
            agreed_on=day(-120),
        ),
        [("Delegate | the # weekly planning", "The team plans without her"), ("Speak up", "")],
    )
    goals = [g.id for g in store.goals(ana)]
    earlier = store.add_session(ana, at(-60), kind="first")
    store.save_note(ana, earlier, "summary", SENTINELS["other_session_summary"])
    store.add_commitment(
        ana, SENTINELS["other_session_commitment"], session_id=earlier, due_date=day(-40)
    )
    store.set_themes(earlier, ["new.feedback"])
    store.set_rating(earlier, goals[0], 2)
    shared = store.add_session(ana, at(-7), agenda=SENTINELS["agenda"])
    ids["shared"] = shared
    store.save_notes(
        [
            (ana, shared, "notes", SENTINELS["notes"]),
            (ana, shared, "reflection", SENTINELS["reflection"]),
            (ana, shared, "summary", "We looked at **delegation**.\n\n# Next\n\nTry it once."),
        ]
    )
    store.update_session(shared, talk_share=73, advised_first=True)
    store.set_themes(shared, ["struggling.delegation", "new.feedback"])
    store.set_rating(shared, goals[0], 4, SENTINELS["rating_comment"])
    store.add_commitment(ana, "Hand the planning to Lee", session_id=shared, due_date=day(7))
    done = store.add_commitment(ana, SENTINELS["done_commitment"], session_id=shared)
    store.set_commitment_done(done, True, on=day(-1))
    other = store.add_mentee(SENTINELS["other_name"])
    ids["other"] = other
    other_session = store.add_session(other, at(-7, 14))
    store.save_note(other, other_session, "summary", SENTINELS["other_summary"])
    store.add_commitment(other, "OTHER-COMMITMENT", session_id=other_session)
    return ids


def test_shared_summary_contains_only_what_may_leave(vault: Vault) -> None:
    store = Store(vault)
    ids = _fill(store)
    text = shared_summary_md(store, ids["shared"])
    for sentinel in SENTINELS.values():
        assert sentinel not in text
    assert "OTHER-COMMITMENT" not in text
    assert "73" not in text  # the talk share
    assert "Giving and taking" not in text and "struggling.delegation" not in text  # themes
    assert "Ana \\| Code\\*Name" in text  # the display name, escaped
    assert "**delegation**" in text and "### Next" in text  # the summary, headings demoted
    assert "Hand the planning to Lee" in text
    assert f"**Date:** {human_date(day(-7))}" in text
    html = render_markdown(text)
    assert html.count("<h1>") == 1 and "Ana | Code*Name" in html


def test_shared_summary_without_summary_or_commitments(vault: Vault) -> None:
    store = Store(vault)
    mentee = store.add_mentee("Bo")
    sid = store.add_session(mentee, at(-1), agenda="PRIVATE AGENDA")
    text = shared_summary_md(store, sid)
    assert "No summary written" in text and "PRIVATE AGENDA" not in text
    assert "Open commitments" not in text
    with pytest.raises(KeyError):
        shared_summary_md(store, 9999)


def test_development_report(vault: Vault) -> None:
    store = Store(vault)
    ids = _fill(store)
    text = development_report_md(store, ids["ana"], TODAY)
    html = render_markdown(text)
    assert html.count("<h1>") == 1
    for heading in ("Mentee", "Agreement", "Goals over time", "Themes", "Sessions", "Commitments"):
        assert f"<h2>{heading}</h2>" in html
    assert "Delegate | the # weekly planning" in html  # escaped in its heading
    assert "every 3 weeks" in text and human_date(day(10)) in text
    assert "from 2 to 4" in text  # the goal's ratings over time
    assert "Holding on to work instead of handing it over" in text  # theme titles
    assert "Hand the planning to Lee" in text
    assert SENTINELS["other_name"] not in text and SENTINELS["notes"] not in text
    for table in re.findall(r"<table>.*?</table>", html, re.DOTALL):
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)
        widths = {row.count("<td>") + row.count("<th>") for row in rows}
        assert len(widths) == 1, table  # no cell text split a row
    marked = development_report_md(store, ids["ana"], TODAY, chart_markers=True)
    assert set(reports.chart_keys(marked)) >= {"themes", "commitments"}
    with pytest.raises(KeyError):
        development_report_md(store, 9999, TODAY)


def test_agreement_contains_the_rules_and_signature_lines(vault: Vault) -> None:
    store = Store(vault)
    ids = _fill(store)
    text = agreement_md(store, ids["ana"])
    html = render_markdown(text)
    for heading in (
        "The default",
        "Named exceptions",
        "What may be reported, and by whom",
        "Conflict of interest",
        "Contact between sessions",
    ):
        assert f"<h3>{heading}</h3>" in html
    for heading in ("Goals", "How we work", "Confidentiality", "Feedback", "Signatures"):
        assert f"<h2>{heading}</h2>" in html
    assert "<h2>Ending the mentoring (no-fault exit)</h2>" in html
    assert "stays between us" in text and "Serious risk of harm" in text
    assert "never what is said" in text and "reporting line" in text
    assert "without giving reasons" in text and "short message" in text
    assert "every 3 weeks" in text and human_date(day(200)) in text
    assert "The team plans without her" in text
    assert "Delegate | the # weekly planning" in html
    assert html.count("Signature:") == 2 and "____" in html
    for sentinel in SENTINELS.values():
        assert sentinel not in text


def test_agreement_without_details_leaves_room_to_fill_in(vault: Vault) -> None:
    store = Store(vault)
    mentee = store.add_mentee("Cy")
    text = agreement_md(store, mentee)
    assert text.count("Still to be agreed") >= 8
    assert "<h3>Named exceptions</h3>" in render_markdown(text)
    with pytest.raises(KeyError):
        agreement_md(store, 9999)


# -- private files ---------------------------------------------------------------------------


def test_write_private_text_is_0600_and_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_private_text(target, "first")
    assert target.read_text() == "first"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(TargetExists):
        write_private_text(target, "second")
    assert target.read_text() == "first"
    fresh = write_private_text(tmp_path / "new.md", "x")
    assert fresh.read_text() == "x" and stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.md", "report.md"]  # no temp left


def test_pdf_starts_with_magic_and_is_0600(qtbot: QtBot, tmp_path: Path, vault: Vault) -> None:
    from mentorpad.ui.widgets.charts import BarChart
    from mentorpad.ui.widgets.exports import build_print_document, write_pdf
    from mentorpad.ui.widgets.render_view import SafeDocument

    store = Store(vault)
    ids = _fill(store)
    text = development_report_md(store, ids["ana"], TODAY, chart_markers=True)
    chart = BarChart("Test")
    qtbot.addWidget(chart)
    chart.set_data(["Jan 2025", "Feb 2025"], [("Sessions", [1.0, 3.0])])
    images = {"commitments": chart.render_to_image(400, 200)}
    path = write_pdf(tmp_path / "report.pdf", text, images, title="Report")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Subtype /Image" in data  # the chart went in
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = build_print_document("x\n\n[[chart:commitments]]\n\n[[chart:missing]]", images)
    html = document.toHtml()
    assert "mentorpad-chart:commitments" in html and "chart:missing" not in html
    assert isinstance(document, SafeDocument)
    assert document.requested == []  # nothing was loaded from anywhere


# -- the export path in the GUI ----------------------------------------------------------------


def test_export_warns_then_writes_markdown_or_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorpad.ui.widgets import exports

    chosen: list[str | None] = ["md"]
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(exports, "confirm_plaintext_export", lambda *a, **k: chosen[0])

    def fake_save(
        parent: object, title: str, folder: str, name_filter: str, suffix: str, **_: object
    ) -> str:
        asked.append((name_filter, suffix))
        return str(tmp_path / f"out.{suffix}")

    monkeypatch.setattr(exports, "ask_new_file", fake_save)
    text = "# Title\n\n[[chart:x]]\n\nBody\n"
    path = exports.export_markdown_or_pdf(
        None, title="T", suggested_name="Report: Ana/Bo", markdown_text=text
    )
    assert path == tmp_path / "out.md"
    assert path.read_text() == "# Title\n\nBody\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    chosen[0] = "pdf"
    pdf = exports.export_markdown_or_pdf(None, title="T", suggested_name="r", markdown_text=text)
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert [a[1] for a in asked] == ["md", "pdf"]
    chosen[0] = None
    assert (
        exports.export_markdown_or_pdf(None, title="T", suggested_name="r", markdown_text=text)
        is None
    )
    assert len(asked) == 2  # cancelled at the warning: no save dialog
    assert "/" not in Path(exports._suggested_path("Report: Ana/Bo", "md")).name


def test_warning_says_what_and_that_it_is_not_encrypted(qtbot: QtBot) -> None:
    from mentorpad.ui.widgets.exports import ExportWarningBox

    box = ExportWarningBox(None, title="Session summary", markdown_text="a b c", has_images=False)
    qtbot.addWidget(box)
    assert "Session summary" in box.text() and "outside your encrypted vault" in box.text()
    assert "NOT encrypted" in box.informativeText() and "3 words" in box.informativeText()
    assert box.defaultButton() is box.cancel_button
    assert box.choice() is None


def test_preview_shows_exactly_what_will_leave(
    qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorpad.ui.widgets import exports

    store = Store(vault)
    ids = _fill(store)
    text = shared_summary_md(store, ids["shared"])
    dialog = exports.PreviewDialog(None, "Session summary", text)
    qtbot.addWidget(dialog)
    assert dialog.text_view.toPlainText() == text == dialog.text()
    assert "Hand the planning to Lee" in dialog.rendered_view.toPlainText()
    monkeypatch.setattr(exports, "confirm_plaintext_export", lambda *a, **k: "md")
    monkeypatch.setattr(exports, "ask_new_file", lambda *a, **k: str(tmp_path / "summary.md"))
    dialog.save_button.click()
    assert dialog.saved_path == tmp_path / "summary.md"
    assert (tmp_path / "summary.md").read_text() == text
    assert dialog.text_view.toPlainText() == ""  # forgotten once closed


# -- the CLI ---------------------------------------------------------------------------------------


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "cli.vault"
    vault = Vault.create(path, PASSPHRASE)
    try:
        _fill(Store(vault))
    finally:
        vault.close()
    return path


def _report(vault_path: Path, name: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """The mentee's name on stdin after the passphrase (never in argv, where `ps` shows it)."""
    return run_cli(
        "report",
        "--vault",
        str(vault_path),
        "--passphrase-stdin",
        "--mentee-stdin",
        *extra,
        stdin=f"{PASSPHRASE}\n{name}\n",
    )


def test_cli_report_markdown(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "ana.md"
    result = _report(cli_vault, "ana | code*name", "--format", "md", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text()
    assert text.startswith("# Development report: Ana")
    assert "[[chart:" not in text
    warning = [line for line in result.stderr.splitlines() if "NOT encrypted" in line]
    assert len(warning) == 1 and str(out) in warning[0]
    assert "Report written" in result.stdout

    again = _report(cli_vault, "Ana | Code*Name", "--out", str(out))
    assert again.returncode == 9 and "already exists" in again.stderr
    assert out.read_text() == text  # untouched

    unknown = _report(cli_vault, "Nobody", "--out", str(tmp_path / "n.md"))
    assert unknown.returncode == 2 and "no mentee of that name" in unknown.stderr
    assert "Nobody" not in unknown.stderr  # names stay off the terminal's scrollback too
    assert not (tmp_path / "n.md").exists()

    no_format = _report(cli_vault, "Ana | Code*Name", "--out", str(tmp_path / "x"))
    assert no_format.returncode == 2 and "--format" in no_format.stderr


def test_cli_report_pdf(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "ana.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorpad",
            "report",
            "--vault",
            str(cli_vault),
            "--passphrase-stdin",
            "--mentee-stdin",
            "--format",
            "pdf",
            "--out",
            str(out),
        ],
        input=PASSPHRASE + "\nAna | Code*Name\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        start_new_session=True,
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Subtype /Image" in data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [line for line in result.stderr.splitlines() if line.strip()] == [
        line for line in result.stderr.splitlines() if "NOT encrypted" in line
    ]  # the warning, and no Qt noise


def test_cli_markdown_report_imports_no_qt(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    code = (
        "import sys\n"
        "from mentorpad.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "report",
            "--vault",
            str(cli_vault),
            "--passphrase-stdin",
            "--mentee-stdin",
            "--out",
            str(out),
        ],
        input=PASSPHRASE + "\nAna | Code*Name\n",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()


# -- the reports in the interface's language ---------------------------------------------


def _phrases_asked(store: Store, mentee_ids: list[int]) -> set[str]:
    from mentorpad.reports import agreement_md, development_report_md, shared_summary_md
    from mentorpad.reports.words import Words

    asked: set[str] = set()

    def record(phrase: str) -> str:
        asked.add(phrase)
        return phrase

    words = Words(text=record)
    for mid in mentee_ids:
        development_report_md(store, mid, dt.date(2026, 12, 7), words=words)
        agreement_md(store, mid, words=words)
        for session in store.sessions(mid):
            shared_summary_md(store, session.id, words=words)
    return asked


def test_every_report_phrase_is_in_the_interface_catalogue(qtbot: QtBot, vault: Vault) -> None:
    """The Qt-free reports ask a Words for every phrase; the GUI's catalogue must hold each
    one, or lupdate never sees it and it stays English in a Dutch or French export."""
    import ast

    from mentorpad.models.entities import SESSION_KIND_LABELS, STAGE_LABELS, STATUSES
    from mentorpad.ui.report_words import catalogue

    store = Store(vault)
    filled = _fill(store)
    ids = [filled["ana"], filled["other"], store.add_mentee("Nothing Yet")]
    one = store.add_mentee("One Commitment", stage="capable")
    store.add_commitment(one, "future step", due_date=dt.date(2027, 1, 5))
    asked = _phrases_asked(store, [*ids, one])
    literal: set[str] = set()
    for name in ("development.py", "agreement.py", "summary.py"):
        tree = ast.parse((ROOT / "mentorpad" / "reports" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "w"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                literal.add(node.args[0].value)
    labels = {*STAGE_LABELS.values(), *SESSION_KIND_LABELS.values()}
    labels |= {status.capitalize() for status in STATUSES}
    missing = (asked | literal | labels) - set(catalogue())
    assert missing == set()
