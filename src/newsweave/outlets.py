"""Outlet names as comparable keys: "The Harbor Gazette", "harbor-gazette" and "harborgazette.com" are one outlet.

Copy detection, source counting and provenance all compare outlet names written in different
ways (a site name, a domain, a file name, a name in running text), so they share one key.
"""

from __future__ import annotations

import re

# Second-level domain labels dropped, after the top-level one, to name an outlet by its domain
# ("news.bbc.co.uk" -> "bbc").
DOMAIN_SUFFIX_LABELS = frozenset("com org net co ac gov edu".split())
_NAME_WORD = re.compile(r"[^\W_]+")


def outlet_key(source: str) -> str:
    """An outlet's name as one lowercase key: "The Harbor Gazette" and "harborgazette.com" -> "harborgazette"."""
    name = source.strip().lower()
    if "." in name and " " not in name:
        host = re.sub(r"^[a-z]+://", "", name).split("/")[0]
        labels = [label for label in host.split(".") if label and label != "www"][:-1] or [host]
        while len(labels) > 1 and labels[-1] in DOMAIN_SUFFIX_LABELS:
            labels.pop()
        name = labels[-1]
    words = _NAME_WORD.findall(name)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)
