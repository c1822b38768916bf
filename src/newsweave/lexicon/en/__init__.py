"""The English lexicon: one module per purpose."""

from newsweave.lexicon.en import calendar, denial, junk, reporting, titles

__all__ = ["calendar", "denial", "junk", "reporting", "titles"]
