"""The plaintext app config: only what is safe to keep outside the vault.

Window geometry, theme, the languages (interface and documents) and the last vault path;
nothing that could identify a mentee. Unknown keys in the file are dropped on load, so a
stray value can never linger.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from mentorpad.models import paths

THEMES = ("system", "light", "dark")
#: Languages with a shipped translation; AppConfig.language "" follows the system instead.
LANGUAGES = ("en", "nl", "fr")
CONFIG_FILENAME = "config.json"


@dataclass
class AppConfig:
    theme: str = "system"
    language: str = ""  # empty: follow the system
    document_language: str = ""  # of exported documents; empty: the interface's language
    last_vault: str = ""
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()

    @classmethod
    def load(cls, path: Path | None = None) -> AppConfig:
        path = path or default_config_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known and isinstance(v, str)}
        config = cls(**values)
        if config.theme not in THEMES:
            config.theme = "system"
        if config.language not in LANGUAGES:
            config.language = ""
        if config.document_language not in LANGUAGES:
            config.document_language = ""
        return config

    def save(self, path: Path | None = None) -> None:
        """Private and atomic, through models.files: a link, folder or FIFO at the config
        path is refused (TargetExists), never written through."""
        from mentorpad.models import files  # the writers load when first needed, not at start

        path = path or default_config_path()
        paths.make_private_dir(path.parent)
        data = json.dumps(asdict(self), indent=2, sort_keys=True)
        files.replace_own_file(path, data.encode("utf-8"))


def default_config_path() -> Path:
    return paths.config_dir() / CONFIG_FILENAME
