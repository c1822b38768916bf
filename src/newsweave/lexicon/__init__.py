"""Word lists, once per language: `for_language("en").calendar.MONTHS`.

Each language is a folder (`lexicon/en/`) of one module per purpose: `calendar` (month and weekday
names, relative-date words), `reporting` (reporting verbs and their stance, outlet and source nouns),
`denial` (what denies, refutes or refuses), `hedging` (what vouches for, hedges or frames a report),
`grammar` (closed classes: pronouns, determiners, auxiliaries, sentence openers), `figures` (number
words, counted nouns, poll shares), `names` (words in and around names, known outlets, aliases),
`titles` (honorifics and titles of office), `junk` (what page junk says). The stages' word lists live
here; dependency labels, tags, punctuation and the words inside a few regular expressions (claims'
clause openers) stay with the code that reads them.
Adding a language is adding a folder with the same modules.

Stages that compile their patterns once at import build them from `DEFAULT_LANGUAGE`, the language of
the bundled spaCy pipeline, which every document is parsed with today.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

DEFAULT_LANGUAGE = "en"


@cache
def for_language(language: str | None) -> ModuleType:
    """The lexicon of `language` (a code such as "en" or "en-GB"); English where there is none."""
    code = (language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    try:
        return importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError:
        return importlib.import_module(f"{__name__}.{DEFAULT_LANGUAGE}")
