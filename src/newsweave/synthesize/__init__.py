"""Per-story synthesis: sentence embeddings, stance, claims, corroboration, timeline and brief."""
