"""Evaluation on the labelled sets in ../shared/eval, scored beside peers in one run (`make eval`)."""
