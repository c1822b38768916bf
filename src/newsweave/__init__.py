"""newsweave: turn a pile of news reports about the same events into an audited, cited account."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsweave")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
