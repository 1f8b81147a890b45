"""Filling a translated text's numbered placeholders (%1, %2, ...) in one pass.

Chained `.replace("%1", a).replace("%2", b)` is wrong for user-supplied values: a mentee
named "%2" had the second replacement applied inside their name. Here every placeholder of
the template is replaced at once and nothing inserted is looked at again, like QString::arg
with several arguments. (Qt's own `%n` for plurals is left to tr().)
"""

from __future__ import annotations

import re

__all__ = ["fill"]

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """`template` with %1 replaced by the first value, %2 by the second, and so on; a
    placeholder without a value (or %0) is left as it is."""
    texts = [str(value) for value in values]

    def one(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return texts[number - 1] if 1 <= number <= len(texts) else match.group(0)

    return _PLACEHOLDER.sub(one, template)
