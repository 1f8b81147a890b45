"""Entry point: a subcommand runs the CLI (no Qt imported); otherwise the desktop app starts."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from mentorpad import cli

    parser = cli.build_parser()
    namespace = parser.parse_args(args)
    if namespace.command is not None:
        return cli.main(args)
    from mentorpad.ui.app import run_gui

    return run_gui(namespace)


if __name__ == "__main__":
    sys.exit(main())
