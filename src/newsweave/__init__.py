"""newsweave: turn a pile of news reports about the same events into an audited, cited account."""

__version__ = "0.1.0"
