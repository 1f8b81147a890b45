"""Search: full-text search over every note, as you type, opening the place it was found."""
