"""Changes a vault's passphrase in a real process, so tests can SIGKILL it mid-change.

argv: VAULT_PATH OLD NEW  (passphrases as arguments: test harness only, never the app)
"""

from __future__ import annotations

import sys
from pathlib import Path

from mentorpad.models import Vault


def main() -> int:
    path, old, new = sys.argv[1:4]
    with Vault.open(Path(path), old) as vault:
        print("ready", flush=True)
        vault.change_passphrase(new, check_strength=False)
        print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
