"""Mentees: profiles, the agreement, sessions (prepare, notes, in session, follow-up)
and each mentee's development."""
