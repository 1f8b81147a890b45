"""Mindset: take the self-assessment, results, history, and the mentee's mirror view."""
