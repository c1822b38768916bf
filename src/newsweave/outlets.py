"""Outlet names as comparable keys: "The Harbor Gazette", "harbor-gazette" and "harborgazette.com" are one outlet.

Copy detection, source counting and provenance all compare outlet names written in different
ways (a site name, a domain, a file name, a name in running text), so they share one key.
"""

from __future__ import annotations

import re

from newsweave.lexicon.en.names import OUTLET_NAME_WORDS

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


def same_outlet(a: str, b: str) -> bool:
    """Whether two names are one outlet: one key, one key and an outlet word ("BBC" and "BBC News": the
    BBC's page saying "In an interview with the BBC, Mr Obama said" cites itself), or a domain with "the"
    ("The Guardian" and "theguardian.com")."""
    short, long = sorted((outlet_key(a), outlet_key(b)), key=len)
    return short == long or long == "the" + short or (bool(short) and long.startswith(short) and long[len(short):] in OUTLET_NAME_WORDS)
