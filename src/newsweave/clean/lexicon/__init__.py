"""Whole-line matching of a cue lexicon; the word lists themselves live in `newsweave.lexicon`."""
