"""The one way mentorpad publishes a file: never over, or through, anything already there.

Every file the app or the CLI creates outside the vault's own SQLite writes goes through
`publish_bytes` or `publish_built`: the content is written to a temporary file in the
destination folder, fsynced and verified, then given its name by an operation that fails if
the name exists in any form (a file, a live or dangling symbolic link, a FIFO, a device, a
folder): `link()` where the file system has hard links, else `renameat2(RENAME_NOREPLACE)`
(Linux), `renamex_np(RENAME_EXCL)` (macOS) or `rename` (Windows, which never replaces).
On Linux, plaintext is staged in an anonymous `O_TMPFILE`, so a crash leaves no name behind;
elsewhere a named temporary `.mentorpad-<pid>-<random>.tmp` is used and `clean_stale_temps`
removes those of dead processes at the next start and before every publish into a folder.

destinations: what occupies a name; temps: our temporaries and their cleanup; noreplace:
naming a finished file without replacing anything; publish: the publishing primitives.
"""

from mentorpad.models.files.destinations import (
    KIND_WORDS,
    check_folder,
    describe_existing,
    existing_kind,
    os_error,
    refuse_existing,
)
from mentorpad.models.files.noreplace import link_noreplace, rename_noreplace
from mentorpad.models.files.publish import (
    out_of_room,
    publish_built,
    publish_bytes,
    publish_text,
    replace_own_file,
)
from mentorpad.models.files.temps import (
    TEMP_PREFIX,
    TEMP_SIDECARS,
    TEMP_SUFFIX,
    clean_stale_temps,
    remove_temp,
    remove_temp_sidecars,
    staged_temp,
    temp_name,
)

__all__ = [
    "KIND_WORDS",
    "TEMP_PREFIX",
    "TEMP_SIDECARS",
    "TEMP_SUFFIX",
    "check_folder",
    "clean_stale_temps",
    "describe_existing",
    "existing_kind",
    "link_noreplace",
    "os_error",
    "out_of_room",
    "publish_built",
    "publish_bytes",
    "publish_text",
    "refuse_existing",
    "remove_temp",
    "remove_temp_sidecars",
    "rename_noreplace",
    "replace_own_file",
    "staged_temp",
    "temp_name",
]
