"""The benchmark runs end to end on a tiny vault and reports every figure (make bench).

Timings are never asserted here: a test machine's load decides them. Only the shape of
bench-results.json is checked, so the figures the README quotes cannot silently vanish.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = {
    "start_to_unlock_prompt",
    "unlock_to_portfolio",
    "cold_start_with_passphrase",
    "first_keystroke_after_unlock",
    "search_top50",
    "search_first_after_unlock",
    "search_as_you_type",
    "open_mentee",
    "open_session",
    "prep_brief",
    "development_view",
    "portfolio",
    "autosave",
    "editor_keystroke_10k",
    "preview_render_2000",
    "huge_input_stall",
    "rss_vault_open",
    "sync_one_session",
    "sync_first_join",
}
KEYS = {"name", "median", "min", "max", "unit", "baseline", "ratio", "target", "ok"}


def test_bench_reports_every_figure_on_a_tiny_vault(tmp_path: Path) -> None:
    out = tmp_path / "bench-results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MENTORPAD_BENCH_MARK", None)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "bench.py"),
            "--tiny",
            "--out",
            str(out),
            "--cache",
            str(tmp_path / "cache"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(results, list)
    by_name = {r["name"]: r for r in results}
    assert set(by_name) == FIGURES
    for name, figure in by_name.items():
        assert set(figure) >= KEYS, (name, KEYS - set(figure))
        assert isinstance(figure["ok"], bool), name
        assert figure["unit"] in ("ms", "MiB"), name
        for key in ("median", "baseline", "ratio"):
            assert isinstance(figure[key], int | float), (name, key)
        assert figure["median"] > 0, name
        assert figure["target"].startswith("<="), name
    assert "figures within target" in done.stdout
