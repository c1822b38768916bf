"""Cleaning: encoding repair and line-level junk removal, each change recorded on the document."""
