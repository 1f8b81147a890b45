"""Sync figures for make bench: one session's changes, and a first join of the whole vault.

Both run on copies of the bench vault in a temporary folder, with their own data folder (the
sync identity's machine id) so nothing of the user's is touched. Baselines from the same
run: opening the vault with the sync driver and closing it (what every sync costs at
least), and a verified backup of the vault (what copying all of it costs).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tools.bench_vault import BenchVault


def sync_figures(bv: BenchVault, key: Any, runs: int, log: Any) -> list[Any]:
    from mentorpad.models import Vault
    from mentorpad.models.store import Store
    from mentorpad.sync import join_folder, sync_vault
    from mentorpad.sync.connection import open_vault
    from tools.bench import _ms, budget_figure, ratio_figure

    with tempfile.TemporaryDirectory(prefix="mentorpad-bench-sync-") as tmp:
        root = Path(tmp)
        old_data = os.environ.get("XDG_DATA_HOME")
        os.environ["XDG_DATA_HOME"] = str(root / "data")
        try:
            home = root / "home.vault"
            shutil.copyfile(bv.path, home)
            Vault.open(home, key=key).close()  # upgrade the cached vault to today's schema
            folder = root / "sync"
            folder.mkdir()
            log("sync: first publish of the whole vault...")
            start = time.perf_counter()
            sync_vault(home, key, folder, device_name="bench home")
            publish_ms = _ms(time.perf_counter() - start)
            joins = []
            for index in range(max(1, runs // 4)):
                work = root / f"work-{index}.vault"
                start = time.perf_counter()
                join_folder(folder, work, bv.passphrase, device_name=f"bench work {index}")
                joins.append(_ms(time.perf_counter() - start))
            log(f"sync: first publish {publish_ms:.0f} ms, join {statistics.median(joins):.0f} ms")
            backups = []
            with Vault.open(home, key=key) as vault:
                for index in range(max(1, runs // 4)):
                    start = time.perf_counter()
                    vault.backup_to(root / f"backup-{index}.vault")
                    backups.append(_ms(time.perf_counter() - start))
            work = root / "work-0.vault"
            mentee = bv.busiest_mentee
            one = []
            for index in range(runs):
                with Vault.open(home, key=key) as vault:
                    store = Store(vault)
                    sid = store.add_session(mentee, dt.datetime(2031, 1, 1 + index % 28, 9))
                    store.save_note(mentee, sid, "notes", f"bench note {index} " * 200)
                start = time.perf_counter()
                sync_vault(home, key, folder)
                sync_vault(work, key, folder)
                one.append(_ms(time.perf_counter() - start))
            bare = []
            for _ in range(runs):
                start = time.perf_counter()
                open_vault(home, key).close()
                bare.append(_ms(time.perf_counter() - start))
        finally:
            if old_data is None:
                os.environ.pop("XDG_DATA_HOME", None)
            else:
                os.environ["XDG_DATA_HOME"] = old_data
    return [
        budget_figure(
            "sync_one_session",
            "one new session with a 400-word note: published by one device, applied by the "
            "other (both syncs, each diffing the whole 10k-session vault against its base); "
            "baseline: opening and closing the vault with the sync driver",
            "ms",
            one,
            statistics.median(bare),
            1000,
        ),
        ratio_figure(
            "sync_first_join",
            f"join: a new vault on a second device from the folder (the whole vault as one "
            f"journal, published in {publish_ms:.0f} ms); baseline: a verified backup",
            "ms",
            joins,
            statistics.median(backups),
            20,
        ),
    ]
