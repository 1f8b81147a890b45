"""Entry point: a subcommand runs the CLI (no Qt imported); otherwise the desktop app starts.

The app's own options (--vault, --demo, --self-test) are read here without importing the
CLI, whose parser pulls in the models and the reports: the unlock prompt must not wait for
them (docs/benchmark.md). Anything else (a command, --help, --version, a mistake) goes to
the CLI's parser, the one place that documents and checks the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def gui_arguments(args: Sequence[str]) -> argparse.Namespace | None:
    """The app's options if `args` holds nothing else, else None (the CLI's business)."""
    vault: Path | None = None
    demo = self_test = False
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo":
            demo = True
        elif arg == "--self-test":
            self_test = True
        elif arg.startswith("--vault=") and len(arg) > len("--vault="):
            vault = Path(arg.removeprefix("--vault="))
        elif arg == "--vault" and rest and not rest[0].startswith("-"):
            vault = Path(rest.pop(0))
        else:
            return None
    return argparse.Namespace(command=None, vault=vault, demo=demo, self_test=self_test)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    namespace = gui_arguments(args)
    if namespace is None:
        from mentorpad import cli

        namespace = cli.build_parser().parse_args(args)
        if namespace.command is not None:
            return cli.main(args)
    from mentorpad.ui.app import run_gui

    return run_gui(namespace)


if __name__ == "__main__":
    sys.exit(main())
