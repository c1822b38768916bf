"""Word lists the line cleaner matches, kept as data apart from the code that uses them."""
