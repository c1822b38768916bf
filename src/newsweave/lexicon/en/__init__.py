"""The English lexicon: one module per purpose."""

from newsweave.lexicon.en import calendar, junk, reporting, titles

__all__ = ["calendar", "junk", "reporting", "titles"]
