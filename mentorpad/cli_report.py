"""`mentorpad report`: one mentee's development report, written to a new plaintext file.

The mentee is chosen without their name in the command line, where every user of the
computer can read it (`ps`, /proc/<pid>/cmdline): by id, by name on standard input, or from
a list shown after the unlock.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from mentorpad.clock import SYSTEM_CLOCK
from mentorpad.models import files

if TYPE_CHECKING:
    from mentorpad.models.entities import Mentee
    from mentorpad.models.store import Store
    from mentorpad.review import Development

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


class Asker(Protocol):
    def ask_line(self, prompt: str) -> str: ...


class ReportUsage(Exception):
    """Wrong invocation of `report`; the CLI exits 2."""


NAME_IN_ARGV = (
    "--mentee NAME is no longer accepted: a name in the command line can be read by every "
    "user of this computer (ps, /proc). Choose the mentee with --mentee-id ID, with "
    "--mentee-stdin (the name on standard input), or from the list shown after the unlock."
)


def configure_parser(report: argparse.ArgumentParser) -> None:
    choice = report.add_mutually_exclusive_group()
    choice.add_argument(
        "--mentee-id",
        type=int,
        metavar="ID",
        help="the mentee's id, as shown in the list `report` prints when no mentee is given",
    )
    choice.add_argument(
        "--mentee-stdin",
        action="store_true",
        help="read the mentee's name from standard input (after the passphrase line with "
        "--passphrase-stdin); without either option, mentorpad lists the mentees after the "
        "unlock and asks for a number",
    )
    # Refused with an explanation: argv is readable by every user (never parsed as a name).
    choice.add_argument("--mentee", dest="mentee_in_argv", help=argparse.SUPPRESS)
    report.add_argument(
        "--format",
        choices=("pdf", "md"),
        default=None,
        help="pdf or md (default: from the suffix of --out)",
    )
    report.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="file to write; must not exist"
    )


def report_format(args: argparse.Namespace) -> str:
    """Checked before anything else, with the destination: fail fast, write nothing."""
    if args.mentee_in_argv is not None:
        raise ReportUsage(NAME_IN_ARGV)
    out: Path = args.out
    fmt = args.format or {".pdf": "pdf", ".md": "md", ".markdown": "md"}.get(out.suffix.lower())
    if fmt is None:
        raise ReportUsage("choose --format pdf or md (or name the --out file .pdf or .md)")
    files.check_folder(out.parent)
    files.refuse_existing(out, "report")
    return fmt


def choose_mentee(
    args: argparse.Namespace, store: Store, asker: Asker, stdin: TextIO, stderr: TextIO
) -> Mentee:
    """By id, by name from stdin (the line after the passphrase, if that comes from stdin
    too), or from the list, printed to stderr like the prompts."""
    if args.mentee_id is not None:
        return _by_id(store, args.mentee_id)
    if args.mentee_stdin:
        name = stdin.readline().strip()
        if not name:
            raise ReportUsage("expected the mentee's name on standard input, found none")
        mentee = store.find_mentee(name)
        if mentee is None:
            raise ReportUsage("no mentee of that name in this vault (the name is not repeated)")
        return mentee
    mentees = store.mentees(include_archived=True)
    if not mentees:
        raise ReportUsage("this vault has no mentees yet")
    print("Mentees in this vault (the id is for --mentee-id in scripts):", file=stderr)
    width = len(str(len(mentees)))
    for number, mentee in enumerate(mentees, start=1):
        archived = ", archived" if mentee.archived else ""
        print(
            f"  {number:>{width}}  {mentee.display_name}  (id {mentee.id}{archived})", file=stderr
        )
    answer = asker.ask_line("Number of the mentee to report on: ").strip()
    if not answer.isdigit() or not 1 <= int(answer) <= len(mentees):
        raise ReportUsage(f"{answer!r} is not one of the numbers listed (1 to {len(mentees)})")
    return mentees[int(answer) - 1]


def _by_id(store: Store, mentee_id: int) -> Mentee:
    mentee = store.mentee(mentee_id)
    if mentee is None:
        raise ReportUsage(f"no mentee with id {mentee_id} in this vault")
    return mentee


def write_report(
    dev: Development, mentee: Mentee, fmt: str, out: Path, stdout: TextIO, stderr: TextIO
) -> None:
    from mentorpad.reports import development_report_from, write_private_bytes

    print(
        f"mentorpad: warning: {out} is NOT encrypted; anyone who can read it can read "
        "the report, so keep it private and delete it when done.",
        file=stderr,
    )
    if fmt == "md":
        data = development_report_from(dev).encode("utf-8")
    else:
        data = _report_pdf(dev, f"Development report: {mentee.display_name}")
    write_private_bytes(out, data)
    print(f"Report written: {out}", file=stdout)


def load(store: Store, mentee: Mentee) -> Development:
    from mentorpad.review import load_development

    dev = load_development(store, mentee.id, SYSTEM_CLOCK.now().date())  # the CLI's today
    if dev is None:
        raise ReportUsage(f"no mentee with id {mentee.id} in this vault")
    return dev


def _report_pdf(dev: Development, title: str) -> bytes:
    """Qt only here, imported late; no display needed (the offscreen platform draws)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mentorpad.reports import development_report_from
    from mentorpad.ui.areas.mentees.development import development_chart_images
    from mentorpad.ui.widgets.exports import pdf_bytes

    app = QApplication.instance() or QApplication(["mentorpad"])
    images = development_chart_images(dev)
    data = pdf_bytes(development_report_from(dev, chart_markers=True), images, title=title)
    del app
    return data
