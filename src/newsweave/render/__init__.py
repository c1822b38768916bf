"""Renderers: the dossier as JSON, Markdown and a self-contained HTML report."""
