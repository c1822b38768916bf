"""Annotation stages over cleaned documents: entities, quotes, attribution, dates."""
