"""The English lexicon: one module per purpose."""

from newsweave.lexicon.en import calendar, denial, figures, grammar, hedging, junk, names, reporting, titles

__all__ = ["calendar", "denial", "figures", "grammar", "hedging", "junk", "names", "reporting", "titles"]
