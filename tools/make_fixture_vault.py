"""Write tests/fixtures/vault-v<N>.vault for the current schema version N.

Run once when a migration is added, before changing the schema again; the file is committed
and never regenerated, so the upgrade test keeps proving that vaults of version N still open.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorpad.models import Vault, VaultKey  # noqa: E402
from mentorpad.models.entities import Agreement  # noqa: E402
from mentorpad.models.schema import SCHEMA_VERSION  # noqa: E402
from mentorpad.models.store import Store  # noqa: E402

FIXTURE_KEY = VaultKey(bytes(range(32)), bytes(range(100, 116)))  # test data only


def main() -> int:
    out = ROOT / "tests" / "fixtures" / f"vault-v{SCHEMA_VERSION}.vault"
    if out.exists():
        print(f"{out} exists; fixtures are never regenerated", file=sys.stderr)
        return 1
    with Vault.create(out, key=FIXTURE_KEY) as vault:
        store = Store(vault)
        mid = store.add_mentee(
            "Fixture Falcon",
            role="Team lead",
            stage="new",
            start_date=dt.date(2026, 1, 5),
            background="fixture background",
        )
        store.save_agreement(
            Agreement(mentee_id=mid, cadence_weeks=3),
            [("Delegate the weekly plan", "two tasks handed over")],
        )
        sid = store.add_session(
            mid, dt.datetime(2026, 1, 12, 9), kind="first", agenda="- fixture agenda"
        )
        store.save_notes([(mid, sid, "notes", "fixture notes about delegation")])
        store.set_themes(sid, ["struggling.delegation"])
        store.add_commitment(
            mid, "fixture commitment", session_id=sid, due_date=dt.date(2026, 1, 26)
        )
        store.set_rating(sid, store.goals(mid)[0].id, 2, "fixture rating")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
